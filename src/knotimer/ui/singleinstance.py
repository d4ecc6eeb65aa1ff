"""One knotimer per data folder: a lock file, and a local socket that brings the first forward."""

from __future__ import annotations

import contextlib
import hashlib
import time
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QThread, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

LOCK_NAME = "knotimer.lock"
REQUEST = b"activate\n"
REPLY = b"ok\n"
ANSWER_WAIT_S = 4.0  # how long a second launch keeps asking the first one


class Claim(StrEnum):
    """What a launch found when it tried to become the knotimer for its data folder."""

    FIRST = "first"  # this is the only knotimer on this folder
    FORWARDED = "forwarded"  # another one is running and has brought its window forward
    NO_ANSWER = "no-answer"  # another one holds the lock but did not answer
    NO_LOCK = "no-lock"  # the lock cannot be made here (a read-only folder, say)


def server_name(folder: Path) -> str:
    """The local socket's name: the same for every launch on this folder by this user."""
    key = f"{Path.home()}|{folder.resolve()}".encode(errors="surrogateescape")
    return f"knotimer-{hashlib.sha256(key).hexdigest()[:20]}"


class SingleInstance(QObject):
    """Holds the data folder's lock for the whole session and answers later launches."""

    activated = Signal()  # a later launch asked this one to come forward

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.name = server_name(folder)
        self.other_pid = 0
        self._lock = QLockFile(str(folder / LOCK_NAME))
        # Never call a lock stale for its age: only when its process is gone (after kill -9).
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None

    def claim(self, wait_s: float = ANSWER_WAIT_S) -> Claim:
        """Take the lock, or ask the knotimer that has it to come forward.

        A launch that does not become the first writes nothing at all.
        """
        deadline = time.monotonic() + wait_s
        while True:
            if self._lock.tryLock(0):
                with contextlib.suppress(OSError):  # it names this process: keep it private too
                    (self.folder / LOCK_NAME).chmod(0o600)
                self._listen()
                return Claim.FIRST
            if self._lock.error() != QLockFile.LockError.LockFailedError:
                return Claim.NO_LOCK
            info = self._lock.getLockInfo()
            self.other_pid = int(info[0]) if info else 0
            if self._ask_other_forward():
                return Claim.FORWARDED
            if time.monotonic() >= deadline:
                return Claim.NO_ANSWER
            QThread.msleep(100)  # the other may be starting, or just exiting: ask again

    def release(self) -> None:
        """Stop answering and give the lock back (at the end of the session)."""
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    # -- the first instance ----------------------------------------------
    def _listen(self) -> None:
        # We hold the lock, so a socket file left under this name is from a killed knotimer.
        QLocalServer.removeServer(self.name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if server.listen(self.name):
            server.newConnection.connect(self._accept)
            self._server = server

    @Slot()
    def _accept(self) -> None:
        while self._server is not None and self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            connection.readyRead.connect(self._answer)

    @Slot()
    def _answer(self) -> None:
        connection = self.sender()
        if not isinstance(connection, QLocalSocket):
            return
        if bytes(connection.readAll().data()).startswith(REQUEST.strip()):
            self.activated.emit()
            connection.write(REPLY)
            connection.flush()
        connection.disconnectFromServer()
        connection.deleteLater()

    # -- a later launch --------------------------------------------------
    def _ask_other_forward(self) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        try:
            if not socket.waitForConnected(500):
                return False
            socket.write(REQUEST)
            socket.flush()
            reply = b""
            while not reply.endswith(b"\n") and socket.waitForReadyRead(1500):
                reply += bytes(socket.readAll().data())
            return reply.startswith(REPLY.strip())
        finally:
            socket.abort()
