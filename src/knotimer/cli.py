"""The command line: start the window, or export holds or a report without a display."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import NoReturn

from knotimer import __version__
from knotimer.cliargs import cannot_write, day, path_text
from knotimer.core.holdtimer import DEFAULT_HOLD_S, MAX_HOLD_S, MIN_HOLD_S
from knotimer.reportcli import add_report_command, run_report

EXIT_USAGE = 2
EXIT_FAILURE = 1
EXIT_CLOSED_PIPE = 128 + 13  # what a shell reports for a program stopped by SIGPIPE, as cat is


class OneLineParser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one clear line and exit code 2."""

    def error(self, message: str) -> NoReturn:
        """Print ``knotimer: <message> (see --help)`` and exit 2."""
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see '{self.prog} --help')\n")


def hold_seconds(text: str) -> int:
    """Parse --hold: a whole number of seconds from 10 to 30."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"--hold takes a number of seconds from {MIN_HOLD_S} to {MAX_HOLD_S}, not {text!r}"
        ) from None
    if not (MIN_HOLD_S <= value <= MAX_HOLD_S) or value != int(value):
        raise argparse.ArgumentTypeError(
            f"--hold takes whole seconds from {MIN_HOLD_S} to {MAX_HOLD_S}, not {text}"
        )
    return int(value)


def export_day(text: str) -> date | None:
    """Parse --date: today, all, or YYYY-MM-DD (None means all)."""
    if text == "all":
        return None
    try:
        return day(text)
    except argparse.ArgumentTypeError:
        raise argparse.ArgumentTypeError(
            f"--date takes today, all or a date like 2026-11-25, not {text!r}"
        ) from None


def build_parser() -> argparse.ArgumentParser:
    """The whole command line, with help for every option."""
    data_dir_help = (
        "folder holding knotimer's database (default: $KNOTIMER_DATA_DIR, "
        "else the platform's app-data folder, e.g. ~/.local/share/knotimer)"
    )
    parser = OneLineParser(
        prog="knotimer",
        description=(
            "A hold timer for calf self-massage. Click a knot on the calf diagram, press "
            "Space and hold it for 10-30 seconds; every hold is saved as it happens. "
            "Without a command, knotimer opens its window."
        ),
        epilog="Run 'knotimer export --help' or 'knotimer report --help' for their options.",
    )
    parser.add_argument("--version", action="version", version=f"knotimer {__version__}")
    menu = parser.add_mutually_exclusive_group()
    menu.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help="add knotimer (entry, icons, AppStream data) to your application menu "
        "under $XDG_DATA_HOME, then exit (no display needed)",
    )
    menu.add_argument(
        "--uninstall-desktop-entry",
        action="store_true",
        help="remove exactly what --install-desktop-entry added, then exit",
    )
    parser.add_argument(
        "--hold",
        type=hold_seconds,
        metavar="SECONDS",
        help=f"length of a hold, {MIN_HOLD_S}-{MAX_HOLD_S} seconds "
        f"(default: the last one you chose, first {DEFAULT_HOLD_S})",
    )
    parser.add_argument("--data-dir", metavar="DIR", type=path_text, help=data_dir_help)
    parser.add_argument(
        "--press-and-hold",
        action="store_true",
        help="for this run, a hold lasts while the hold key (Space, or your own) is down "
        "and ends when you let go (the preference is not changed)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineParser)
    export = commands.add_parser(
        "export",
        help="write stored holds as CSV or JSON (no display needed)",
        description="Write stored holds, one per row, as CSV or JSON. Needs no display.",
    )
    export.add_argument(
        "--format", choices=("csv", "json"), default="csv", help="output format (default: csv)"
    )
    export.add_argument(
        "--date",
        type=export_day,
        default="today",
        metavar="today|YYYY-MM-DD|all",
        help="which day's holds, by your local date (default: today)",
    )
    export.add_argument(
        "--output",
        metavar="FILE",
        type=path_text,
        help="file to write, readable by you only (default: stdout)",
    )
    export.add_argument(
        "--data-dir", metavar="DIR", type=path_text, default=argparse.SUPPRESS, help=data_dir_help
    )
    add_report_command(commands, data_dir_help)
    return parser


def run_export(args: argparse.Namespace) -> int:
    """Carry out ``knotimer export``."""
    from knotimer.core.export import write_csv, write_json
    from knotimer.core.privatefile import private_output
    from knotimer.core.store import DB_FILENAME, Store, StoreError
    from knotimer.paths import resolve_data_dir

    data_dir = resolve_data_dir(args.data_dir)
    database = data_dir / DB_FILENAME
    writer = write_csv if args.format == "csv" else write_json
    try:
        with private_output(args.output) as out:
            if not database.exists():
                writer(iter(()), out)
                return 0
            store = Store(database)
            try:
                writer(store.export_rows(args.date), out)
            finally:
                store.close()
    except StoreError as error:
        print(f"knotimer: {error}", file=sys.stderr)
        return EXIT_FAILURE
    except BrokenPipeError:
        raise  # the reader went away: main() stops quietly
    except OSError as error:
        where = "standard output" if args.output in (None, "-") else args.output
        print(cannot_write(where, error), file=sys.stderr)
        return EXIT_FAILURE
    return 0


def needs_a_display() -> str | None:
    """Why the window cannot open here (no desktop session on Linux or BSD), or None.

    Checked before Qt starts, which would otherwise abort with its own message.
    """
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd", "dragonfly")):
        return None  # macOS and Windows always have their own window system
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    chosen = {name.split(":")[0].strip() for name in platform.split(";")}
    if not chosen <= {"", "xcb", "wayland", "wayland-egl"}:
        return None  # e.g. offscreen, vnc, eglfs: Qt needs no desktop for these
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and Path(runtime, "wayland-0").exists():
        return None  # Wayland's default socket, which Qt finds without WAYLAND_DISPLAY
    return (
        "knotimer: the window needs a desktop session, and none was found (neither DISPLAY "
        "nor WAYLAND_DISPLAY is set); to try it without one, set QT_QPA_PLATFORM=offscreen"
    )


def closed_pipe() -> int:
    """Whoever read our output stopped (``knotimer export | head``): end quietly, as cat does.

    Standard output goes to the null device, so the flush when Python exits raises nothing.
    """
    with contextlib.suppress(OSError, ValueError, AttributeError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return EXIT_CLOSED_PIPE


def _run(argv: Sequence[str] | None) -> int:
    args = build_parser().parse_args(argv)
    if args.install_desktop_entry or args.uninstall_desktop_entry:
        from knotimer import desktop

        return desktop.install() if args.install_desktop_entry else desktop.uninstall()
    if args.command == "export":
        return run_export(args)
    if args.command == "report":
        return run_report(args)
    problem = needs_a_display()
    if problem is not None:
        print(problem, file=sys.stderr)
        return EXIT_FAILURE
    from knotimer.ui.start.app import run_window

    return run_window(hold_s=args.hold, data_dir=args.data_dir, press_and_hold=args.press_and_hold)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``knotimer`` command and ``python -m knotimer``."""
    try:
        try:
            return _run(argv)
        finally:  # also after --help or --version, which end in SystemExit
            if sys.stdout is not None:  # None under pythonw on Windows
                sys.stdout.flush()
    except BrokenPipeError:
        return closed_pipe()
