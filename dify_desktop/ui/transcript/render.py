"""Messages as rich text, safely: the customer's question as plain text, the assistant's answer
rendered from Markdown with HTML shown as text, images replaced by a note (never loaded), links
kept only for http and https (opened by the pane, after asking), control and bidi-override
characters neutralised (:func:`dify_desktop.ui.text.block`) before anything is parsed."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from PySide6.QtCore import QUrl
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
)

from dify_desktop.api import Message
from dify_desktop.ui.text import block, plain
from dify_desktop.ui.transcript import texts
from dify_desktop.ui.transcript.links import openable

#: the Markdown Qt renders: GitHub's dialect (tables, strikethrough), raw HTML shown as text
MARKDOWN = (
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub
    | QTextDocument.MarkdownFeature.MarkdownNoHTML
)
#: longest question or answer shown (longer ones are cut with an ellipsis)
TEXT_LIMIT = 100_000

#: ``comment(message_id)``: the feedback comment of a rated message, if known
CommentOf = Callable[[str], "str | None"]


class NoResourceDocument(QTextDocument):
    """A document that never loads anything: no file, no network, no data: URL."""

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        return None


#: an answer without any of these cannot hold an image or a link other than http(s): Markdown
#: images and links need "[", HTML and autolinks "<", e-mail autolinks "@", ftp autolinks "ftp:"
_MAY_LINK = ("[", "<", "@", "ftp:")
#: an ATX heading on the answer's first line ("## Refund steps")
_OPENING_HEADING = re.compile(r"\s*(?:\n|^) {0,3}(#{1,6})(?:[ \t]|$)")


def insert_answer(cursor: QTextCursor, markdown: str) -> None:
    """The answer rendered from Markdown at ``cursor``, with its images replaced by text and
    its links other than http/https unlinked."""
    text = block(markdown, TEXT_LIMIT)
    start = cursor.position()
    cursor.insertMarkdown(text, MARKDOWN)
    heading = _OPENING_HEADING.match(text)
    if heading:
        # pasted into the cursor's block, the first block keeps that block's format: a heading
        # there would lose its level
        first = QTextCursor(cursor.document().findBlock(start))
        fmt = first.blockFormat()
        fmt.setHeadingLevel(len(heading.group(1)))
        first.setBlockFormat(fmt)
    if any(mark in text for mark in _MAY_LINK):
        _defuse(cursor.document(), start, cursor.position())


def _defuse(doc: QTextDocument, start: int, end: int) -> None:
    images: list[tuple[int, str]] = []
    unlinks: list[tuple[int, int]] = []
    piece = doc.findBlock(start)
    while piece.isValid() and piece.position() <= end:
        it = piece.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.isImageFormat():
                images.append((fragment.position(), fmt.toImageFormat().name()))
            elif fmt.isAnchor() and not openable(QUrl(fmt.anchorHref())):
                unlinks.append((fragment.position(), fragment.length()))
            it += 1
        piece = piece.next()
    cursor = QTextCursor(doc)
    for position, length in unlinks:
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        plain_format = QTextCharFormat()
        plain_format.setAnchor(False)
        plain_format.setAnchorHref("")
        plain_format.setFontUnderline(False)
        plain_format.setForeground(QBrush())
        cursor.mergeCharFormat(plain_format)
    for position, source in reversed(images):  # from the end: earlier positions stay valid
        cursor.setPosition(position)
        cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
        note = QTextCharFormat()
        note.setFontItalic(True)
        cursor.insertText(texts.image_placeholder(plain(source, 100)), note)


class Renderer:
    """Turns messages into a fragment of the pane's document (one per batch)."""

    def __init__(self, palette: QPalette) -> None:
        self.heading = QTextCharFormat()
        self.heading.setFontWeight(QFont.Weight.Bold)
        self.heading_block = QTextBlockFormat()
        self.heading_block.setTopMargin(10)
        # the customer's part on a tinted band, so question and answer stand apart
        self.customer_block = QTextBlockFormat(self.heading_block)
        self.customer_block.setBackground(palette.color(QPalette.ColorRole.AlternateBase))
        self.query_block = QTextBlockFormat()
        self.query_block.setBackground(palette.color(QPalette.ColorRole.AlternateBase))
        self.query_block.setBottomMargin(4)
        self.body = QTextCharFormat()
        self.note = QTextCharFormat()
        self.note.setFontItalic(True)
        self.note.setForeground(palette.color(QPalette.ColorRole.PlaceholderText))
        self.error = QTextCharFormat()
        self.error.setForeground(QColor("#b3261e"))
        self.error.setFontWeight(QFont.Weight.DemiBold)

    def batch(self, comment: CommentOf) -> Batch:
        return Batch(self, comment)

    def message(self, cursor: QTextCursor, message: Message, comment: CommentOf) -> None:
        cursor.setBlockFormat(self.customer_block)
        anchor = QTextCharFormat(self.heading)
        anchor.setAnchor(True)
        anchor.setAnchorNames([message.id])  # for scrollToAnchor (show_message)
        cursor.insertText(texts.customer_heading(message.created_at), anchor)
        cursor.insertBlock(self.query_block, self.body)
        cursor.insertText(block(message.query, TEXT_LIMIT), self.body)
        cursor.insertBlock(self.heading_block, self.heading)
        cursor.insertText(texts.assistant_heading(), self.heading)
        if message.answer:
            cursor.insertBlock(QTextBlockFormat(), self.body)
            insert_answer(cursor, message.answer)
        if message.status == "error" or message.error:
            cursor.insertBlock(QTextBlockFormat(), self.error)
            cursor.insertText(texts.error_line(block(message.error or "", 2000)), self.error)
        said = texts.feedback_line(
            message.feedback_rating, message.feedback_content or comment(message.id)
        )
        if said:
            cursor.insertBlock(QTextBlockFormat(), self.note)
            cursor.insertText(block(said, 4000), self.note)


class Batch:
    """A batch of messages built a few at a time (the event loop runs in between), then handed
    to the pane's document as one fragment."""

    def __init__(self, renderer: Renderer, comment: CommentOf) -> None:
        self._renderer = renderer
        self._comment = comment
        self._doc = NoResourceDocument()
        self._cursor = QTextCursor(self._doc)
        self._empty = True

    def add(self, messages: Sequence[Message]) -> None:
        for message in messages:
            if not self._empty:
                self._cursor.insertBlock(self._renderer.customer_block, self._renderer.heading)
            self._renderer.message(self._cursor, message, self._comment)
            self._empty = False

    def fragment(self) -> QTextDocumentFragment:
        return QTextDocumentFragment(self._doc)
