"""The conflict dialog's fields: their value beside yours, long text in full, a choice per field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QResizeEvent, QTextOption
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from desktop_app.ui.language import translate

MAX_LINES = 10  # longer text scrolls inside its own box instead of stretching the row
_CHANGED = "#FFF1D6"


class ValueBox(QPlainTextEdit):
    """One value, read-only and selectable, as tall as its text up to MAX_LINES lines."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setPlainText(text)  # plain: names and notes may look like markup
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # lines wrap instead
        self.setMinimumWidth(200)
        self.document().documentLayout().documentSizeChanged.connect(lambda _s: self.fit())
        self.fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()  # wrapped lines depend on the width

    def fit(self) -> None:
        lines = max(1, min(MAX_LINES, int(self.document().size().height()) or 1))
        height = self.fontMetrics().lineSpacing() * lines + 2 * self.frameWidth() + 8
        self.setFixedHeight(height)


class FieldChoices(QWidget):
    """A grid of field | theirs | yours | choice; differing rows are highlighted and carry two
    radio buttons (yours chosen by default, as the user's typing is what they meant)."""

    def __init__(self, rows: list[tuple[tuple[str, str, str], tuple[str, ...]]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        for column, title in enumerate(
            (
                translate("field_choices", "Field"),
                translate("field_choices", "Their version (saved)"),
                translate("field_choices", "Your version"),
                translate("field_choices", "Keep"),
            )
        ):
            header = QLabel(title, self)
            font = QFont(header.font())
            font.setBold(True)
            header.setFont(font)
            grid.addWidget(header, 0, column)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self.rows: list[tuple[list[QWidget], bool]] = []
        self.choices: dict[tuple[str, ...], QButtonGroup] = {}
        self.mine: dict[str, QRadioButton] = {}
        self.theirs: dict[str, QRadioButton] = {}
        for line, ((label, their_text, your_text), keys) in enumerate(rows, start=1):
            differs = their_text != your_text
            name = QLabel(label, self)
            name.setTextFormat(Qt.TextFormat.PlainText)
            name.setAlignment(Qt.AlignmentFlag.AlignTop)
            theirs_box, yours_box = ValueBox(their_text, self), ValueBox(your_text, self)
            widgets: list[QWidget] = [name, theirs_box, yours_box]
            grid.addWidget(name, line, 0)
            grid.addWidget(theirs_box, line, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(yours_box, line, 2, Qt.AlignmentFlag.AlignTop)
            if differs:
                for box in (theirs_box, yours_box):
                    box.setStyleSheet(f"QPlainTextEdit {{ background: {_CHANGED}; }}")
                choice = QWidget(self)
                mine, theirs = (
                    QRadioButton(translate("field_choices", "&Mine"), choice),
                    QRadioButton(translate("field_choices", "&Theirs"), choice),
                )
                group = QButtonGroup(choice)
                group.addButton(mine)
                group.addButton(theirs)
                mine.setChecked(True)
                column = QGridLayout(choice)
                column.setContentsMargins(0, 0, 0, 0)
                column.addWidget(mine, 0, 0)
                column.addWidget(theirs, 1, 0)
                grid.addWidget(choice, line, 3, Qt.AlignmentFlag.AlignTop)
                widgets.append(choice)
                self.choices[keys] = group
                self.mine[label], self.theirs[label] = mine, theirs
            self.rows.append((widgets, differs))
        grid.setRowStretch(len(rows) + 1, 1)  # spare height below the rows, not between them

    def show_only_differences(self, only: bool) -> None:
        for widgets, differs in self.rows:
            for widget in widgets:
                widget.setVisible(differs or not only)

    def theirs_keys(self) -> set[str]:
        """The field keys whose saved (their) value the user chose to keep."""
        return {key for keys, group in self.choices.items()
                if group.checkedButton() is not None and group.checkedButton().text() == "&Theirs"
                for key in keys}
