# Names vulture cannot see being used, each with the reason it is alive. vulture reads this file
# with dify_desktop (pyproject.toml [tool.vulture]; run by `.ci/quickstart test`). Add a name only
# with its reason; remove it when the reason goes. vulture matches names, not objects: `_.name`.
# ruff: noqa
from typing import Any

_: Any

# Called by a library through its protocol
_.auth_flow  # httpx.Auth: httpx calls it for every request (api.client)
_.install_signal_handlers  # uvicorn.Server: overridden so the demo in a thread installs none
_.force_exit  # uvicorn.Server reads it: stops a demo server whose handler is stuck
_.redirect_slashes  # starlette's Router reads it: the demo answers /path/ as Dify does
_.exc_text  # logging.Formatter prints it instead of the (redacted away) exc_info (core.logs)
_.exc_type, _.tb  # the signature of __exit__ / __aexit__
_.signum, _.frame  # the signature of a signal handler (demo.__main__)
_.source_parent  # the signature of QSortFilterProxyModel.filterAcceptsRow
_.__getattr__  # a module's (PEP 562): api re-exports api.detail_models' classes on first use

# Qt virtual methods: Qt calls them
_.columnCount, _.headerData, _.flags, _.filterAcceptsRow  # the conversation models
_.createEditor, _.setEditorData, _.updateEditorGeometry, _.setModelData  # the rename delegate
_.closeEvent  # the main window
_.currentMessage  # QStatusBar's reader: StatusBar answers with the whole message shown (tests)

# The Service API the next issues use (feedback inbox, end users, the app's input variables);
# tests call every one of them today against the demo server
_.get_parameters, _.get_site, _.get_meta
_.send_feedback, _.list_app_feedbacks, _.get_end_user
# Fields of the server's answers, kept in the models as Dify sends them (contract tests read them)
_.tags, _.feedback_rating, _.icon_background

# The demo server's control side: the tests set up and check their scenarios through it
_.rotate_api_key, _.wait_for_requests, _.get_conversation, _.rename_direct, _.bulk
_.add_message, _.messages_of, _.get_message, _.fired, _.Handler, _.EMPTY_USER

# Interfaces of core that the window reads (the notice of a profile store kept aside; the one
# declared list of settings keys; whether a key is kept for this session only)
_.moved_aside, _.settings_backup, _.recovery, _.KEYS, _.is_session_only

# The demo console's session controls: tests expire access tokens and revoke refresh tokens to
# reproduce an hour's and a sign-out's effect, and read which refresh tokens are live (rotation)
_.expire_access_tokens, _.revoke_refresh_tokens, _.live_refresh_tokens
# The window's "All end users" part, reached through the window by tests (like its other parts)
_.all_users
# The transcript view: Qt calls these overrides (no resource is ever loaded, no link navigates
# the view); the feedback inbox opens a conversation at a message (show_message)
_.loadResource, _.setSource, _.show_message
# The job runner and the local database as other parts read them (the search index of issue 11
# reuses both; the tests check what remains and where the data lives)
_.remaining, _.in_memory
# The search results' delegate: Qt calls paint() to draw each hit
_.paint
# The list's delegate fills Qt's style options, which Qt reads when it paints (ui/row_delegate.py)
_.features, _.backgroundBrush
