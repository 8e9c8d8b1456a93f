"""The dismissal reason dialog: it stays open, with a message, until a reason is written."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from desktop_app.domain.fields import Severity
from desktop_app.ui.forms.fields import STYLE, mark
from desktop_app.ui.forms.keyboard import reserve_space
from desktop_app.ui.language import translate

REASON_REQUIRED = translate(
    "dismiss_dialog", "Write why this exposure does not matter: the reason is kept with the dismissal."
)


class DismissDialog(QDialog):
    """Asks why an exposure does not matter; OK with a blank reason keeps the dialog open."""

    def __init__(self, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("dismiss_dialog", "Dismiss exposure"))
        self.setStyleSheet(STYLE)
        self.question = QLabel(question, self)
        self.question.setTextFormat(Qt.TextFormat.PlainText)  # names may look like markup
        self.question.setWordWrap(True)
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        reserve_space(self.message, 2)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("dismiss_dialog", "Dismiss"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.reason, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._typed)
        self.reason.setFocus()
        self.resize(480, 260)

    def text(self) -> str:
        return self.reason.toPlainText().strip()

    def _typed(self) -> None:
        if self.text():
            self.message.hide()
            mark(self.reason, None)

    def accept(self) -> None:
        if not self.text():
            self.message.setText(REASON_REQUIRED)
            mark(self.message, Severity.ERROR)
            mark(self.reason, Severity.ERROR, REASON_REQUIRED)
            self.message.show()
            self.reason.setFocus()
            return
        super().accept()
