"""Write files only the user can read, atomically: a temporary file renamed into place."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO


@contextlib.contextmanager
def private_output(target: str | None) -> Iterator[TextIO]:
    """Stdout, or a new file (mode 0600) written beside ``target`` and renamed into place."""
    if target is None or target == "-":
        yield sys.stdout
        return
    path = Path(target).expanduser()
    if path.is_symlink():
        path = path.resolve()  # write where the link points; the link itself stays
    if path.exists() and not path.is_file():
        raise OSError(f"{path} is not a regular file; choose a file name to write to")
    descriptor, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent or ".")
    try:
        with open(descriptor, "w", encoding="utf-8", newline="") as handle:  # noqa: PTH123
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        Path(temp_name).replace(path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
