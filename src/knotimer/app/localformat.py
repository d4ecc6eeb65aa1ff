"""Dates, times and numbers as the window's language writes them (QLocale, never strftime)."""

from __future__ import annotations

from datetime import date, datetime
from datetime import time as clock_time
from enum import Enum

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

# The context of the date patterns in the .ts files: patterns, not words, so a translation
# reorders them ("d. MMMM yyyy") and the pseudo-translation of the tests leaves them alone.
DATES_CONTEXT = "dates"


class DayFormat(Enum):
    """The shapes a date takes in knotimer."""

    SHORT = "short"  # 25 Nov 2026
    LONG = "long"  # 25 November 2026
    WEEKDAY_SHORT = "weekday_short"  # Wed 25 Nov 2026
    WEEKDAY_LONG = "weekday_long"  # Wednesday, 25 November 2026
    MONTH = "month"  # November 2026


def day_pattern(shape: DayFormat) -> str:
    """The QLocale date pattern for ``shape``, as the chosen language orders it."""
    patterns = {
        DayFormat.SHORT: QCoreApplication.translate(
            "dates", "d MMM yyyy", "QLocale date pattern: 25 Nov 2026 (keep the letters d M y)"
        ),
        DayFormat.LONG: QCoreApplication.translate(
            "dates", "d MMMM yyyy", "QLocale date pattern: 25 November 2026"
        ),
        DayFormat.WEEKDAY_SHORT: QCoreApplication.translate(
            "dates", "ddd d MMM yyyy", "QLocale date pattern: Wed 25 Nov 2026"
        ),
        DayFormat.WEEKDAY_LONG: QCoreApplication.translate(
            "dates", "dddd, d MMMM yyyy", "QLocale date pattern: Wednesday, 25 November 2026"
        ),
        DayFormat.MONTH: QCoreApplication.translate(
            "dates", "MMMM yyyy", "QLocale date pattern: November 2026"
        ),
    }
    return patterns[shape]


def day_text(day: date, shape: DayFormat = DayFormat.SHORT) -> str:
    """A date with its year, month and weekday names in the window's language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), day_pattern(shape))


def span_text(first: date, last: date, shape: DayFormat = DayFormat.SHORT) -> str:
    """Two dates, each with its year, between an en dash; one date when they are the same."""
    if first == last:
        return day_text(first, shape)
    return f"{day_text(first, shape)} – {day_text(last, shape)}"


def time_text(moment: datetime | clock_time, *, seconds: bool = False) -> str:
    """A time of day as the locale writes it: '14:05' in German, '2:05 PM' in US English."""
    locale = QLocale()
    qtime = QTime(moment.hour, moment.minute, moment.second)
    if not seconds:
        return locale.toString(qtime, QLocale.FormatType.ShortFormat)
    pattern = locale.timeFormat(QLocale.FormatType.ShortFormat)
    return locale.toString(qtime, pattern.replace("mm", "mm:ss", 1))


def count_text(count: int) -> str:
    """A whole number with the locale's digit grouping: '15,460' or '15.460'."""
    return QLocale().toString(count)


def number_text(value: float) -> str:
    """A rating or an average of ratings with the locale's decimal sign: '6', '5.5' or '5,5'."""
    decimals = 0 if abs(value - round(value)) < 0.05 else 1
    return QLocale().toString(float(value), "f", decimals)


def decimal_text(value: float, decimals: int = 1) -> str:
    """A number with a fixed count of decimals and the locale's decimal sign: '2.5' or '2,5'."""
    return QLocale().toString(float(value), "f", decimals)
