"""The transcript pane: a conversation's messages (answers rendered from Markdown, safely), its
variables, older pages as the person scrolls up."""
