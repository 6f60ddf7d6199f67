"""Dify's service-API semantics, in memory.

The store is what the demo server serves: end users, their conversations, messages, Chatflow
conversation variables and feedback, and the app's settings (from
:class:`~dify_desktop.demo.app_settings.AppSettings`). It reproduces the real server's behaviour,
quirks included (see the project's notes on the service API):

* every conversation belongs to one end user (the ``user`` string); other users see nothing;
* unknown user strings silently create end users; an omitted user is ``DEFAULT-USER``;
* keyset paging on the sort field alone (:mod:`~dify_desktop.demo.paging`);
* manual renames set ``updated_at``; auto-generated names do not, and can fail silently.

All public methods are thread-safe (one re-entrant lock): tests mutate the store from their own
thread while the server reads it on its event loop.

Errors a route must answer are raised as :class:`~dify_desktop.demo.errors.ApiError`.
"""

from __future__ import annotations

import random
import threading
import time
import uuid
from collections.abc import Callable, Iterable

from dify_desktop.demo.app_settings import AppSettings
from dify_desktop.demo.errors import CONVERSATION_NOT_EXISTS, ApiError, invalid_param, not_found
from dify_desktop.demo.paging import (
    ConversationOrder,
    conversation_page,
    message_page,
    variable_page,
)
from dify_desktop.demo.records import (
    EndUser,
    JsonObject,
    JsonValue,
    StoredConversation,
    StoredFeedback,
    StoredMessage,
    StoredVariable,
)
from dify_desktop.demo.rules import (
    DEFAULT_USER_ID,
    MAX_NAME_LENGTH,
    demo_answer,
    generate_title,
    naming_from_query,
    type_matches,
)


class Store(AppSettings):
    """Everything the demo server knows. See the module docstring."""

    def __init__(self, *, id_seed: int = 20260301, clock: Callable[[], float] = time.time) -> None:
        self.lock = threading.RLock()
        self._default_clock = clock
        self.clock: Callable[[], float] = clock
        self._id_seed = id_seed
        self._order = ConversationOrder()
        self._init_state()

    def _init_state(self) -> None:
        self.clock = self._default_clock
        self._rng = random.Random(self._id_seed)
        self._seq = 0
        self._version = 0
        self._order.clear()
        self.end_users: dict[str, EndUser] = {}
        self.conversations: dict[str, StoredConversation] = {}
        self._by_user: dict[str, list[StoredConversation]] = {}
        self.messages: dict[str, StoredMessage] = {}
        self.feedbacks: list[StoredFeedback] = []
        self._reset_settings()

    def reset(self) -> None:
        """Forget every record and setting; seeding is the caller's job."""
        with self.lock:
            self._init_state()

    # ------------------------------------------------------------------ basics

    def now(self) -> int:
        return int(self.clock())

    def new_id(self) -> str:
        with self.lock:
            return str(uuid.UUID(int=self._rng.getrandbits(128), version=4))

    def _next_seq(self) -> int:
        self._seq += 1
        return self._seq

    def _touch(self) -> None:
        self._version += 1

    # ------------------------------------------------------------------ end users

    def end_user(self, user: str | None, *, created_at: int | None = None) -> EndUser:
        """The end user for a ``user`` string, created silently when unknown (like the server)."""
        external = user or DEFAULT_USER_ID
        with self.lock:
            found = self.end_users.get(external)
            if found is None:
                ts = self.now() if created_at is None else created_at
                found = EndUser(
                    id=self.new_id(),
                    external_user_id=external,
                    created_at=ts,
                    updated_at=ts,
                    is_anonymous=external == DEFAULT_USER_ID,
                )
                self.end_users[external] = found
            return found

    def end_user_by_id(self, end_user_id: str) -> EndUser | None:
        with self.lock:
            for u in self.end_users.values():
                if u.id == end_user_id:
                    return u
            return None

    # ------------------------------------------------------------------ conversations

    def add_conversation(
        self,
        user: str,
        name: str = "New conversation",
        *,
        created_at: int | None = None,
        updated_at: int | None = None,
        messages: Iterable[tuple[str, str]] = (),
        inputs: JsonObject | None = None,
        introduction: str | None = None,
        conversation_id: str | None = None,
    ) -> str:
        """Create a conversation for ``user`` (with ``(query, answer)`` messages); its id."""
        pairs = list(messages)
        with self.lock:
            owner = self.end_user(user, created_at=created_at)
            created = self.now() if created_at is None else int(created_at)
            if updated_at is None:
                updated = created + 45 * max(len(pairs) - 1, 0)
            else:
                updated = int(updated_at)
            cid = conversation_id or self.new_id()
            conv = StoredConversation(
                id=cid,
                user=owner.external_user_id,
                end_user_id=owner.id,
                name=name,
                inputs=dict(inputs or {}),
                introduction=self.opening_statement if introduction is None else introduction,
                created_at=created,
                updated_at=updated,
                seq=self._next_seq(),
            )
            self.conversations[cid] = conv
            self._by_user.setdefault(owner.external_user_id, []).append(conv)
            n = len(pairs)
            for i, (query, answer) in enumerate(pairs):
                if n <= 1:
                    at = created
                else:
                    span = max(updated - created, 0)
                    at = created + (span * i) // (n - 1)
                self._append_message(conv, query, answer, at)
            self._touch()
            return cid

    def get_conversation(self, conversation_id: str) -> StoredConversation | None:
        with self.lock:
            return self.conversations.get(conversation_id)

    def conversations_of(self, user: str) -> list[StoredConversation]:
        """The user's conversations that are not deleted, in creation order."""
        with self.lock:
            return [c for c in self._by_user.get(user or DEFAULT_USER_ID, []) if not c.deleted]

    def visible_conversation(self, conversation_id: str, user: str | None) -> StoredConversation:
        """The conversation if ``user`` may see it; else 404 ``Conversation Not Exists.``."""
        external = user or DEFAULT_USER_ID
        with self.lock:
            self.end_user(external)
            conv = self.conversations.get(conversation_id)
            if conv is None or conv.deleted or conv.user != external:
                raise not_found(CONVERSATION_NOT_EXISTS)
            return conv

    def list_conversations(
        self,
        user: str | None,
        *,
        last_id: str | None = None,
        limit: int = 20,
        sort_by: str = "-updated_at",
    ) -> tuple[list[StoredConversation], bool]:
        """One page exactly as the real server computes it: ``(rows, has_more)``.

        ``last_id`` must already be a canonical UUID (or None); rows tied with it are skipped.
        """
        external = user or DEFAULT_USER_ID
        with self.lock:
            self.end_user(external)
            rows, keys = self._order.sorted(external, sort_by, self._version, self.conversations_of)
            after = None
            if last_id:
                after = self.conversations.get(last_id)
                if after is None or after.deleted or after.user != external:
                    raise not_found("Last Conversation Not Exists.")
            return conversation_page(rows, keys, sort_by, after, limit)

    def rename(
        self, conversation_id: str, user: str | None, name: str | None, auto_generate: bool
    ) -> StoredConversation:
        """Rename as the server does (validation of ``name`` is the route's job)."""
        with self.lock:
            conv = self.visible_conversation(conversation_id, user)
            if auto_generate:
                first = self._first_message(conv)
                if first is None:
                    raise invalid_param("")
                mode = self.auto_generate_mode
                if mode == "model":
                    conv.name = generate_title(first.query)
                elif mode == "blank":
                    conv.name = ""
                # "silent": the model call failed; the conversation stays as it was.
                self._touch()
                return conv
            assert name is not None
            if len(name) > MAX_NAME_LENGTH:
                # The database column is 255 characters: the real server fails with a 500.
                raise ApiError(500, "unknown", "Internal Server Error")
            conv.name = name
            conv.updated_at = self.now()
            self._touch()
            return conv

    def rename_direct(self, conversation_id: str, name: str) -> None:
        """Change a name behind the client's back (for tests); ``updated_at`` stays."""
        with self.lock:
            self.conversations[conversation_id].name = name
            self._touch()

    def delete_conversation(self, conversation_id: str, user: str | None = None) -> None:
        """Soft-delete; with ``user`` the user must see it (else 404)."""
        with self.lock:
            if user is not None:
                conv = self.visible_conversation(conversation_id, user)
            else:
                found = self.conversations.get(conversation_id)
                if found is None or found.deleted:
                    raise not_found(CONVERSATION_NOT_EXISTS)
                conv = found
            conv.deleted = True
            self._touch()

    # ------------------------------------------------------------------ messages

    def _append_message(
        self, conv: StoredConversation, query: str, answer: str, created_at: int
    ) -> StoredMessage:
        parent = conv.messages[-1].id if conv.messages else None
        msg = StoredMessage(
            id=self.new_id(),
            conversation_id=conv.id,
            parent_message_id=parent,
            query=query,
            answer=answer,
            inputs=dict(conv.inputs),
            created_at=created_at,
            seq=self._next_seq(),
        )
        conv.messages.append(msg)
        self.messages[msg.id] = msg
        return msg

    def add_message(
        self,
        conversation_id: str,
        query: str,
        answer: str,
        *,
        created_at: int | None = None,
        bump_updated_at: bool = True,
    ) -> str:
        """Append a message to a conversation; its id."""
        with self.lock:
            conv = self.conversations[conversation_id]
            at = self.now() if created_at is None else created_at
            msg = self._append_message(conv, query, answer, at)
            if bump_updated_at:
                conv.updated_at = max(conv.updated_at, at)
            self._touch()
            return msg.id

    def _first_message(self, conv: StoredConversation) -> StoredMessage | None:
        if not conv.messages:
            return None
        return min(conv.messages, key=lambda m: (m.created_at, m.seq))

    def messages_of(self, conversation_id: str) -> list[StoredMessage]:
        """All messages of a conversation, oldest first."""
        with self.lock:
            conv = self.conversations[conversation_id]
            return sorted(conv.messages, key=lambda m: (m.created_at, m.seq))

    def get_message(self, message_id: str) -> StoredMessage | None:
        with self.lock:
            return self.messages.get(message_id)

    def list_messages(
        self, conversation_id: str, user: str | None, *, first_id: str | None, limit: int
    ) -> tuple[list[StoredMessage], bool]:
        """A page of messages, oldest to newest (:func:`~dify_desktop.demo.paging.message_page`)."""
        with self.lock:
            conv = self.visible_conversation(conversation_id, user)
            return message_page(conv.messages, first_id, limit)

    # ------------------------------------------------------------------ feedback

    def set_feedback(
        self,
        message_id: str,
        rating: str | None,
        content: str | None = None,
        *,
        user: str | None = None,
        created_at: int | None = None,
    ) -> None:
        """Like/dislike a message (None removes the feedback). With ``user``, scoped (404)."""
        with self.lock:
            msg = self.messages.get(message_id)
            conv = self.conversations.get(msg.conversation_id) if msg else None
            if (
                msg is None
                or conv is None
                or conv.deleted
                or (user is not None and conv.user != (user or DEFAULT_USER_ID))
            ):
                raise not_found("Message Not Exists.")
            at = self.now() if created_at is None else created_at
            if rating is None:
                if msg.feedback is None:
                    raise invalid_param("rating cannot be None when feedback not exists")
                self.feedbacks.remove(msg.feedback)
                msg.feedback = None
            elif msg.feedback is not None:
                msg.feedback.rating = rating
                msg.feedback.content = content
                msg.feedback.updated_at = at
            else:
                fb = StoredFeedback(
                    id=self.new_id(),
                    message_id=msg.id,
                    conversation_id=msg.conversation_id,
                    rating=rating,
                    content=content,
                    from_end_user_id=conv.end_user_id,
                    created_at=at,
                    updated_at=at,
                )
                msg.feedback = fb
                self.feedbacks.append(fb)
            self._touch()

    def list_feedbacks(self, page: int, limit: int) -> list[StoredFeedback]:
        with self.lock:
            ordered = sorted(self.feedbacks, key=lambda f: (-f.created_at, f.id))
            start = (page - 1) * limit
            return ordered[start : start + limit]

    # ------------------------------------------------------------------ variables

    def add_variable(
        self,
        conversation_id: str,
        name: str,
        value_type: str,
        value: JsonValue,
        description: str = "",
        *,
        created_at: int | None = None,
    ) -> str:
        """Add a Chatflow conversation variable; its id."""
        with self.lock:
            conv = self.conversations[conversation_id]
            at = conv.created_at if created_at is None else created_at
            var = StoredVariable(
                id=self.new_id(),
                conversation_id=conversation_id,
                name=name,
                value_type=value_type,
                value=value,
                description=description,
                created_at=at,
                updated_at=at,
                seq=self._next_seq(),
            )
            conv.variables.append(var)
            self._touch()
            return var.id

    def list_variables(
        self,
        conversation_id: str,
        user: str | None,
        *,
        last_id: str | None,
        limit: int,
        variable_name: str | None,
    ) -> tuple[list[StoredVariable], bool]:
        with self.lock:
            conv = self.visible_conversation(conversation_id, user)
            return variable_page(conv.variables, last_id, limit, variable_name)

    def update_variable(
        self, conversation_id: str, variable_id: str, user: str | None, value: JsonValue
    ) -> StoredVariable:
        with self.lock:
            conv = self.visible_conversation(conversation_id, user)
            var = next((v for v in conv.variables if v.id == variable_id), None)
            if var is None:
                raise not_found("Conversation Variable Not Exists.")
            if not type_matches(var.value_type, value):
                raise ApiError(
                    400,
                    "bad_request",
                    f"Type mismatch: variable '{var.name}' expects {var.value_type}, "
                    f"but got {type(value).__name__} value",
                )
            var.value = value
            var.updated_at = self.now()
            self._touch()
            return var

    # ------------------------------------------------------------------ chat

    def chat(
        self,
        user: str | None,
        query: str,
        inputs: JsonObject,
        conversation_id: str | None,
        *,
        auto_generate_name: bool = True,
    ) -> tuple[StoredConversation, StoredMessage]:
        """Record one exchange (creating the conversation when ``conversation_id`` is None)."""
        with self.lock:
            now = self.now()
            if conversation_id:
                conv = self.visible_conversation(conversation_id, user)
            else:
                name = naming_from_query(query) if auto_generate_name else "New conversation"
                cid = self.add_conversation(
                    user or DEFAULT_USER_ID, name, created_at=now, updated_at=now, inputs=inputs
                )
                conv = self.conversations[cid]
            msg = self._append_message(conv, query, demo_answer(query), now)
            conv.updated_at = max(conv.updated_at, now)
            self._touch()
            return conv, msg

    def bulk(self, fn: Callable[[Store], None]) -> None:
        """Run ``fn(store)`` under the lock (for several mutations that must look atomic)."""
        with self.lock:
            fn(self)
