"""One knotimer per data folder: an OS lock, and a local socket that brings the first forward."""

from __future__ import annotations

import sys
import time
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QCryptographicHash,
    QLockFile,
    QObject,
    QThread,
    Signal,
    Slot,
)

from knotimer.core.folderlock import FolderLock, Holder, Taken, stand_in_folder

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

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
    REFUSED = "refused"  # the lock path is a link or not a file: left alone, do not start


def server_name(folder: Path) -> str:
    """The local socket's name: the same for every launch on this folder by this user."""
    key = f"{Path.home()}|{folder.resolve()}".encode(errors="surrogateescape")
    # SHA-256 by Qt, already loaded (hashlib would load OpenSSL's library at start-up).
    digest = QCryptographicHash.hash(QByteArray(key), QCryptographicHash.Algorithm.Sha256)
    return f"knotimer-{bytes(digest.toHex().data()).decode('ascii')[:20]}"


class _Lock(Protocol):
    path: Path
    holder: Holder
    problem: str

    def acquire(self) -> Taken: ...
    def write_holder(self) -> None: ...
    def release(self) -> None: ...


class _QtLockFile:
    """Windows: QLockFile (a crashed holder's file is found stale by Qt itself)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.holder = Holder()
        self.problem = ""
        self._lock = QLockFile(str(path))
        self._lock.setStaleLockTime(0)  # never stale for its age: only when its process is gone

    def acquire(self) -> Taken:
        if self._lock.tryLock(0):
            return Taken.LOCKED
        if self._lock.error() != QLockFile.LockError.LockFailedError:
            self.problem = str(self._lock.error())
            return Taken.CANNOT_OPEN
        info = self._lock.getLockInfo()
        self.holder = Holder(int(info[0]), str(info[1])) if info else Holder()
        return Taken.BUSY

    def write_holder(self) -> None:
        """QLockFile writes its own content."""

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()


def _lock_for(path: Path) -> _Lock:
    return _QtLockFile(path) if sys.platform == "win32" else FolderLock(path)


class SingleInstance(QObject):
    """Holds the data folder's lock for the whole session and answers later launches.

    On a file system without locks (some network ones) a stand-in lock in a private local
    folder keeps a second knotimer on this computer out; that is said once, on stderr.
    """

    activated = Signal()  # a later launch asked this one to come forward

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.name = server_name(folder)
        self.other_pid = 0  # after NO_ANSWER: the holder's process, if its lock file says
        self.other_host = ""  # ... and its computer, if that is another one
        self.problem = ""  # after REFUSED: the message for the user
        self.notice = ""  # a weaker lock than usual is in use: why (said once on stderr)
        self._lock = _lock_for(folder / LOCK_NAME)
        self._stand_in: _Lock | None = None
        self._server: QLocalServer | None = None

    def claim(self, wait_s: float = ANSWER_WAIT_S, *, listen: bool = True) -> Claim:
        """Take the lock, or ask the knotimer that has it to come forward.

        A launch that does not become the first writes nothing at all. With ``listen``
        False the first one answers later launches only once :meth:`listen` is called (the
        window's first frame comes first; a later launch keeps asking for a while).
        """
        deadline = time.monotonic() + wait_s
        while True:
            taken = self._take()
            if taken is Taken.LOCKED:
                self._lock.write_holder()
                if self._stand_in is not None:
                    self._stand_in.write_holder()
                if listen:
                    self.listen()
                return Claim.FIRST
            if taken is Taken.REFUSED:
                refused = self._stand_in or self._lock
                self.problem = QCoreApplication.translate(
                    "SingleInstance",
                    "knotimer's lock file {path} is not a plain file (it is a link, a folder "
                    "or a device). knotimer has not opened it, has left it as it is, and has "
                    "not started. Please remove it, then start knotimer again.",
                ).format(path=refused.path)
                return Claim.REFUSED
            if taken is Taken.CANNOT_OPEN:
                return Claim.NO_LOCK
            if taken is Taken.BUSY:
                holder = (self._stand_in or self._lock).holder
                self.other_pid = holder.pid
                self.other_host = holder.host if holder.elsewhere else ""
            if self._ask_other_forward():
                self._drop_stand_in()
                return Claim.FORWARDED
            if taken is Taken.UNSUPPORTED:  # no lock at all can be had: the socket is all
                self.listen()
                return Claim.FIRST
            if time.monotonic() >= deadline:
                self._drop_stand_in()
                return Claim.NO_ANSWER
            QThread.msleep(100)  # the other may be starting, or just exiting: ask again

    def release(self) -> None:
        """Stop answering and give the lock back (at the end of the session)."""
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.release()
        self._drop_stand_in()

    # -- the lock --------------------------------------------------------
    def _take(self) -> Taken:
        if self._stand_in is not None:
            return self._stand_in.acquire()
        taken = self._lock.acquire()
        if taken is not Taken.UNSUPPORTED:
            return taken
        # No locks on this file system: leave the folder's lock file alone, lock a stand-in.
        self._lock = _Unlocked(self._lock)
        where = stand_in_folder()
        if where is None:
            self._say_once(
                QCoreApplication.translate(
                    "SingleInstance",
                    "the folder {folder} does not support file locks ({reason}); knotimer "
                    "cannot make sure that it is open only once on it",
                ).format(folder=self.folder, reason=self._lock.problem)
            )
            return Taken.UNSUPPORTED
        self._say_once(
            QCoreApplication.translate(
                "SingleInstance",
                "the folder {folder} does not support file locks ({reason}); knotimer makes "
                "sure it is open only once on this computer, but cannot tell if it is open "
                "on another one",
            ).format(folder=self.folder, reason=self._lock.problem)
        )
        self._stand_in = _lock_for(where / f"{self.name}.lock")
        return self._stand_in.acquire()

    def _drop_stand_in(self) -> None:
        if self._stand_in is not None:
            self._stand_in.release()
            self._stand_in = None

    def _say_once(self, text: str) -> None:
        if not self.notice:
            self.notice = text
            print(f"knotimer: {text}", file=sys.stderr)

    # -- the first instance ----------------------------------------------
    def listen(self) -> None:
        """Answer later launches (once, after the lock is ours)."""
        from PySide6.QtNetwork import QLocalServer

        if self._server is not None:
            return
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
        from PySide6.QtNetwork import QLocalSocket

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
        from PySide6.QtNetwork import QLocalSocket

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


class _Unlocked:
    """The folder's lock where its file system has no locks: never held, never written."""

    def __init__(self, failed: _Lock) -> None:
        self.path = failed.path
        self.holder = Holder()
        self.problem = failed.problem

    def acquire(self) -> Taken:
        return Taken.LOCKED

    def write_holder(self) -> None:
        """Nothing: a file that cannot be locked must not look like a live lock."""

    def release(self) -> None:
        """Nothing was taken."""
