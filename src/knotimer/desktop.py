"""Put knotimer in the user's application menu (desktop entry, icons, AppStream), or take it out."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from knotimer.resources import asset

DESKTOP_ID = "knotimer.desktop"
COMPONENT_ID = "io.github.knotimer.knotimer"
METAINFO_NAME = f"{COMPONENT_ID}.metainfo.xml"
ICON_NAME = "knotimer"
ICON_SIZES = (16, 32, 48, 64, 128, 256)

# Characters that make the Desktop Entry spec require an Exec argument to be quoted.
_NEEDS_QUOTES = frozenset(" \t\n\"'\\><~|&;$*?#()`")
# Inside a quoted Exec argument these four are escaped with a backslash.
_ESCAPED_IN_QUOTES = frozenset('"`$\\')

Report = Callable[[str], None]


@dataclass(frozen=True)
class MenuFile:
    """One file knotimer puts under the data folder: where it goes and what it holds."""

    target: Path
    content: bytes


def data_home() -> Path:
    """``$XDG_DATA_HOME`` if it is set to an absolute path, else ``~/.local/share``."""
    configured = os.environ.get("XDG_DATA_HOME", "")
    if configured and Path(configured).is_absolute():
        return Path(configured)
    return Path.home() / ".local" / "share"


def launch_command() -> list[str]:
    """How the menu should start this knotimer: the running ``knotimer`` script, else ``-m``."""
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if (
        script is not None
        and script.name == "knotimer"
        and script.is_file()
        and os.access(script, os.X_OK)
    ):
        # absolute(), not resolve(): a venv's script or a /usr/local/bin symlink stays as is.
        return [str(script.absolute())]
    return [str(Path(sys.executable).absolute()), "-m", "knotimer"]


def _string_value(text: str) -> str:
    """Escape a Desktop Entry string value (backslash and line breaks)."""
    if "\n" in text or "\r" in text:
        raise ValueError(f"a desktop entry value cannot hold a line break: {text!r}")
    return text.replace("\\", "\\\\")


def exec_argument(argument: str) -> str:
    """One argument of an Exec line, quoted and escaped as the Desktop Entry spec asks."""
    if not argument:
        return '""'
    if not _NEEDS_QUOTES.intersection(argument):
        quoted = argument
    else:
        inner = "".join("\\" + c if c in _ESCAPED_IN_QUOTES else c for c in argument)
        quoted = f'"{inner}"'
    return _string_value(quoted.replace("%", "%%"))


def exec_line(command: Sequence[str]) -> str:
    """The value of the Exec key that runs ``command``."""
    return " ".join(exec_argument(argument) for argument in command)


def desktop_entry(command: Sequence[str]) -> bytes:
    """The shipped desktop entry with Exec and TryExec pointing at ``command``."""
    lines = []
    template = asset("desktop/knotimer.desktop").read_text(encoding="utf-8")
    for line in template.splitlines():
        if line.startswith("Exec="):
            lines.append("Exec=" + exec_line(command))
        elif line.startswith("TryExec="):
            lines.append("TryExec=" + _string_value(command[0]))
        else:
            lines.append(line)
    return ("\n".join(lines) + "\n").encode("utf-8")


def menu_files(home: Path, command: Sequence[str]) -> list[MenuFile]:
    """Every file an install writes under ``home``, with its content."""
    icons = home / "icons" / "hicolor"
    files = [MenuFile(home / "applications" / DESKTOP_ID, desktop_entry(command))]
    files += [
        MenuFile(
            icons / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png",
            asset(f"icons/knotimer-{size}.png").read_bytes(),
        )
        for size in ICON_SIZES
    ]
    files.append(
        MenuFile(
            icons / "scalable" / "apps" / f"{ICON_NAME}.svg",
            asset("icons/knotimer.svg").read_bytes(),
        )
    )
    files.append(
        MenuFile(home / "metainfo" / METAINFO_NAME, asset(f"desktop/{METAINFO_NAME}").read_bytes())
    )
    return files


def _write(target: Path, content: bytes) -> None:
    """Replace ``target`` in one step, so a menu never reads half a file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(content)
        Path(temporary).chmod(0o644)
        Path(temporary).replace(target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def install(
    home: Path | None = None, command: Sequence[str] | None = None, report: Report = print
) -> int:
    """Write (or refresh) the menu files; says what it did; 0, or 1 if a file cannot be written."""
    home = home or data_home()
    command = list(command or launch_command())
    try:
        files = menu_files(home, command)
        for item in files:
            if item.target.is_file() and item.target.read_bytes() == item.content:
                report(f"unchanged  {item.target}")
                continue
            existed = item.target.exists()
            _write(item.target, item.content)
            report(f"{'updated' if existed else 'installed':<9}  {item.target}")
    except OSError as error:
        print(f"knotimer: cannot install the menu entry: {error}", file=sys.stderr)
        return 1
    report(f"knotimer is in your application menu; it starts: {exec_line(command)}")
    return 0


def _prune_empty_parents(path: Path, home: Path) -> None:
    """Remove folders left empty below ``home`` (never ``home`` itself or anything outside)."""
    folder = path.parent
    while folder != home and home in folder.parents:
        try:
            folder.rmdir()
        except OSError:
            return  # not empty (or not ours to remove): stop here
        folder = folder.parent


def uninstall(home: Path | None = None, report: Report = print) -> int:
    """Remove exactly the files an install writes; says what it did; 0, or 1 on an error."""
    home = home or data_home()
    removed = 0
    try:
        for item in menu_files(home, ["knotimer"]):
            if not (item.target.is_file() or item.target.is_symlink()):
                continue
            item.target.unlink()
            _prune_empty_parents(item.target, home)
            report(f"removed    {item.target}")
            removed += 1
    except OSError as error:
        print(f"knotimer: cannot remove the menu entry: {error}", file=sys.stderr)
        return 1
    if removed:
        report(f"knotimer is no longer in your application menu ({removed} files removed)")
    else:
        report(f"nothing to remove: knotimer's menu entry is not installed in {home}")
    return 0
