"""The "before you start" dialog: five yes/no questions, and what a yes means."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from knotimer.app.safety import SafetyState
from knotimer.core.safety import RedFlag, SafetyCheck

YES, NO = 1, 0


def questions() -> dict[RedFlag, str]:
    """The questions, in plain words."""
    return {
        RedFlag.SWOLLEN_WARM_RED: QCoreApplication.translate(
            "SafetyDialog", "Is one calf swollen, warm or red?"
        ),
        RedFlag.IMMOBILE: QCoreApplication.translate(
            "SafetyDialog",
            "In the last few weeks, have you had an operation, been in bed or in a cast for "
            "days, or sat through a long flight?",
        ),
        RedFlag.BLOOD_THINNERS: QCoreApplication.translate(
            "SafetyDialog", "Do you take medicine that thins your blood?"
        ),
        RedFlag.PREVIOUS_CLOT: QCoreApplication.translate(
            "SafetyDialog", "Have you ever had a blood clot in a leg or a lung?"
        ),
        RedFlag.SUDDEN_PAIN: QCoreApplication.translate(
            "SafetyDialog", "Did the pain start suddenly and sharply, like a snap or a kick?"
        ),
    }


class SafetyDialog(QDialog):
    """About twenty seconds of questions before massaging a sore calf."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("SafetyDialog", "Before you start"))
        self._today = today
        intro = QLabel(
            QCoreApplication.translate(
                "SafetyDialog",
                "Calf pain is usually a tired muscle, but now and then it is something a "
                "doctor should see first. Five quick questions:",
            ),
            self,
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        self.groups: dict[RedFlag, QButtonGroup] = {}
        for row, (flag, text) in enumerate(questions().items()):
            label = QLabel(text, self)
            label.setWordWrap(True)
            yes = QRadioButton(QCoreApplication.translate("SafetyDialog", "Yes"), self)
            no = QRadioButton(QCoreApplication.translate("SafetyDialog", "No"), self)
            yes.setAccessibleName(
                QCoreApplication.translate("SafetyDialog", "Yes: {question}").format(question=text)
            )
            no.setAccessibleName(
                QCoreApplication.translate("SafetyDialog", "No: {question}").format(question=text)
            )
            group = QButtonGroup(self)
            group.addButton(yes, YES)
            group.addButton(no, NO)
            group.idClicked.connect(self._update)
            self.groups[flag] = group
            grid.addWidget(label, row, 0)
            grid.addWidget(yes, row, 1)
            grid.addWidget(no, row, 2)
        grid.setColumnStretch(0, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.buttons)
        self.resize(560, 360)
        self._update()

    def _update(self) -> None:
        answered = all(group.checkedId() in (YES, NO) for group in self.groups.values())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(answered)

    def result_check(self) -> SafetyCheck:
        """The answers as given."""
        yes = frozenset(flag for flag, group in self.groups.items() if group.checkedId() == YES)
        return SafetyCheck(self._today, yes)


def explain_red_flags(parent: QWidget) -> None:
    """What a yes means, said plainly and once."""
    QMessageBox.information(
        parent,
        QCoreApplication.translate("SafetyDialog", "Please see a doctor first"),
        QCoreApplication.translate(
            "SafetyDialog",
            "With that answer, the pain could come from something other than a tight muscle, "
            "such as a blood clot or a torn muscle. Massage could make that worse. Please "
            "ask a doctor before massaging this calf.\n\n"
            "The guided routine stays off for now. The timer itself is still there if your "
            "doctor says massage is fine.",
        ),
    )


def run_safety_check(parent: QWidget, safety: SafetyState) -> bool | None:
    """Ask the questions now; True if all clear, False if a yes, None if dismissed."""
    dialog = SafetyDialog(safety.today(), parent)
    if dialog.exec() != SafetyDialog.DialogCode.Accepted:
        return None
    check = dialog.result_check()
    safety.record(check)
    if not check.clear:
        explain_red_flags(parent)
    return check.clear
