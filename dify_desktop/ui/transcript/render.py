"""Messages as rich text, safely: the customer's question as plain text, the assistant's answer
rendered from Markdown with HTML shown as text, images replaced by a note (never loaded), links
kept only for http and https (opened by the pane, after asking), control and bidi-override
characters neutralised (:func:`dify_desktop.ui.text.block`) before anything is parsed."""

from __future__ import annotations

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


def answer_document(markdown: str) -> QTextDocument:
    """The answer rendered from Markdown, with its images replaced by text and its links other
    than http/https unlinked."""
    doc = NoResourceDocument()
    doc.setMarkdown(block(markdown, TEXT_LIMIT), MARKDOWN)
    images: list[tuple[int, str]] = []
    unlinks: list[tuple[int, int]] = []
    piece = doc.begin()
    while piece.isValid():
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
    return doc


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

    def fragment(self, messages: Sequence[Message], comment: CommentOf) -> QTextDocumentFragment:
        doc = NoResourceDocument()
        cursor = QTextCursor(doc)
        for index, message in enumerate(messages):
            if index:
                cursor.insertBlock(self.customer_block, self.heading)
            self.message(cursor, message, comment)
        return QTextDocumentFragment(doc)

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
            answer = answer_document(message.answer)
            # the answer's first block keeps its format (a heading's level) only if the block
            # it is pasted into already has it
            first = answer.begin()
            cursor.insertBlock(first.blockFormat(), first.charFormat())
            cursor.insertFragment(QTextDocumentFragment(answer))
        if message.status == "error" or message.error:
            cursor.insertBlock(QTextBlockFormat(), self.error)
            cursor.insertText(texts.error_line(block(message.error or "", 2000)), self.error)
        said = texts.feedback_line(
            message.feedback_rating, message.feedback_content or comment(message.id)
        )
        if said:
            cursor.insertBlock(QTextBlockFormat(), self.note)
            cursor.insertText(block(said, 4000), self.note)
