"""The start-up floor: a bare QApplication + QMainWindow that reports its first paint."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class FirstPaint(QObject):
    """Writes time.monotonic() once the first paint is done, then quits (as knotimer's probe)."""

    def __init__(self, target: Path) -> None:
        super().__init__()
        self._target = target
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On the first paint event, report once the paint has been done."""
        if not self._seen and event.type() == QEvent.Type.Paint:
            self._seen = True
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        peak = 0
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("VmHWM:"):
                peak = int(line.split()[1])
        self._target.write_text(f"{time.monotonic():.6f}\n{peak}\n", encoding="utf-8")
        if os.environ.get("KNOTIMER_QUIT_AFTER_FIRST_PAINT") == "1":
            QApplication.quit()


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("floor")
    window.resize(1100, 760)
    probe = FirstPaint(Path(os.environ["KNOTIMER_FIRST_PAINT_FILE"]))
    window.installEventFilter(probe)
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
