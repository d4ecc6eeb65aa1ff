"""``knotimer report``: a PDF of one day or a period to hand a therapist, with no display needed."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from datetime import date
from pathlib import Path
from typing import Any

from knotimer.cliargs import cannot_write, day, path_text
from knotimer.core.privatefile import check_target

EXIT_FAILURE = 1


def report_day(text: str) -> date:
    """Parse --date: today or YYYY-MM-DD."""
    return day(text)


def period_day(text: str) -> date:
    """Parse --from and --to: YYYY-MM-DD."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"--from and --to take a date like 2026-11-25, not {text!r}"
        ) from None


def add_report_command(commands: Any, data_dir_help: str) -> None:
    """Add the ``report`` subcommand to the parser's subcommands."""
    report = commands.add_parser(
        "report",
        help="write a PDF report of one day or a period, to hand a therapist (no display needed)",
        description=(
            "Write a PDF report: the calves with the spots (one day) or recurring knots "
            "(a period) numbered, a table of holds, time held, outcomes and tenderness, and "
            "for a period the tenderness over time. Needs no display."
        ),
        epilog="Example: knotimer report --from 2026-11-01 --to 2026-11-30 --output november.pdf",
    )
    report.add_argument(
        "--date",
        type=report_day,
        metavar="today|YYYY-MM-DD",
        help="report on this day, by your local date (default: today); not with --from/--to",
    )
    report.add_argument(
        "--from",
        dest="first",
        type=period_day,
        metavar="YYYY-MM-DD",
        help="first day of a period to report on (give --to as well)",
    )
    report.add_argument(
        "--to",
        dest="last",
        type=period_day,
        metavar="YYYY-MM-DD",
        help="last day of the period, included (give --from as well)",
    )
    report.add_argument(
        "--output",
        required=True,
        type=path_text,
        metavar="FILE.pdf",
        help="the PDF to write; created readable by you only, replacing FILE.pdf only once "
        "the report is complete",
    )
    report.add_argument(
        "--data-dir", metavar="DIR", type=path_text, default=argparse.SUPPRESS, help=data_dir_help
    )
    report.set_defaults(report_parser=report)


def _period(args: argparse.Namespace) -> tuple[date, date]:
    parser: argparse.ArgumentParser = args.report_parser
    if args.date is not None and (args.first is not None or args.last is not None):
        parser.error("give either --date or --from and --to, not both")
    if (args.first is None) != (args.last is None):
        parser.error("--from and --to go together: give both")
    if args.first is not None:
        if args.first > args.last:
            parser.error(f"--from {args.first} is after --to {args.last}")
        return args.first, args.last
    day = args.date or report_day("today")
    return day, day


def run_report(args: argparse.Namespace) -> int:
    """Carry out ``knotimer report``."""
    first, last = _period(args)
    if args.output == "-":
        args.report_parser.error(
            "a report is a PDF file and cannot go to standard output: give --output a file name"
        )
    output = Path(args.output).expanduser()
    try:
        check_target(output)  # refused here as by export, before Qt is even loaded
    except OSError as error:
        print(cannot_write(args.output, error), file=sys.stderr)
        return EXIT_FAILURE
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    import tempfile

    from PySide6.QtGui import QGuiApplication

    from knotimer.core.store import DB_FILENAME, Store, StoreError
    from knotimer.paths import resolve_data_dir
    from knotimer.ui.report.pdf import write_report
    from knotimer.ui.start.translations import install_translations

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # fonts, painting
    install_translations(app)  # the report in the window's language, dates by its locale
    try:
        database = resolve_data_dir(args.data_dir) / DB_FILENAME
    except OSError as error:
        print(f"knotimer: {error}", file=sys.stderr)
        return EXIT_FAILURE
    try:
        with contextlib.ExitStack() as stack:
            if not database.exists():  # nothing recorded yet: an empty record, thrown away after
                scratch = stack.enter_context(tempfile.TemporaryDirectory(prefix="knotimer-"))
                database = Path(scratch) / DB_FILENAME
            store = Store(database)
            try:
                pages = write_report(store, first, last, output)
            finally:
                store.close()
    except StoreError as error:
        print(f"knotimer: {error}", file=sys.stderr)
        return EXIT_FAILURE
    except OSError as error:
        print(cannot_write(args.output, error), file=sys.stderr)
        return EXIT_FAILURE
    print(f"knotimer: wrote {output} ({pages} {'page' if pages == 1 else 'pages'})")
    return 0
