"""Words for looking back, shared by History and the report: knot names, changes, dates."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from knotimer.app.labels import Counts, region_name, seconds_text
from knotimer.app.localformat import count_text, number_text, span_text
from knotimer.core.anatomy import Region
from knotimer.core.knotnames import Edge, Level, Place
from knotimer.core.release import ReleaseChange
from knotimer.core.tenderness import Comparison, Group, TendernessChange


def place_name(place: Place) -> str:
    """Where on the muscle, e.g. 'upper, inner edge', 'middle' or 'usual spot TP1'."""
    if place.trigger_point is not None:
        return QCoreApplication.translate("knots", "usual spot TP{n}").format(n=place.trigger_point)
    names = {
        (Level.UPPER, Edge.INNER): QCoreApplication.translate("knots", "upper, inner edge"),
        (Level.UPPER, Edge.CENTRE): QCoreApplication.translate("knots", "upper part"),
        (Level.UPPER, Edge.OUTER): QCoreApplication.translate("knots", "upper, outer edge"),
        (Level.MIDDLE, Edge.INNER): QCoreApplication.translate("knots", "middle, inner edge"),
        (Level.MIDDLE, Edge.CENTRE): QCoreApplication.translate("knots", "middle"),
        (Level.MIDDLE, Edge.OUTER): QCoreApplication.translate("knots", "middle, outer edge"),
        (Level.LOWER, Edge.INNER): QCoreApplication.translate("knots", "lower, inner edge"),
        (Level.LOWER, Edge.CENTRE): QCoreApplication.translate("knots", "lower part"),
        (Level.LOWER, Edge.OUTER): QCoreApplication.translate("knots", "lower, outer edge"),
    }
    return names[(place.level, place.edge)]


def knot_name(region: Region, place: Place) -> str:
    """E.g. 'Left · medial gastrocnemius · upper, inner edge'."""
    return QCoreApplication.translate("knots", "{region} · {place}").format(
        region=region_name(region), place=place_name(place)
    )


def group_text(group: Group, seconds: bool = False) -> str:
    """One reading as it is ('6', '18 s'); an average marked as one ('avg 5.5')."""
    text = seconds_text(group.value) if seconds else number_text(group.value)
    if group.is_summary:
        return QCoreApplication.translate("knots", "avg {value}").format(value=text)
    return text


def comparison_text(comparison: Comparison, seconds: bool = False) -> str:
    """First window → latest: '6 → 4', 'avg 6.2 → 3.5' (both averages), '6 → avg 4.5'.

    One reading stands alone ('25 s'); '' when there is nothing to show.
    """
    early, late = comparison.early, comparison.late
    if early is None:
        return ""
    if late is None:
        return group_text(early, seconds)
    if early.is_summary and late.is_summary:
        plain = (seconds_text(g.value) if seconds else number_text(g.value) for g in (early, late))
        return QCoreApplication.translate("knots", "avg {value}").format(value=" → ".join(plain))
    return f"{group_text(early, seconds)} → {group_text(late, seconds)}"


def windows_text(comparison: Comparison) -> str:
    """What is compared: 'first week → latest week' or 'first day → latest day'."""
    if comparison.weeks:
        return QCoreApplication.translate("knots", "first week → latest week")
    return QCoreApplication.translate("knots", "first day → latest day")


def _window_line(group: Group, what: str, seconds: bool) -> str:
    return Counts.tr(
        "{what}: {value} ({n} of %n hold(s), {span})",
        "n: the holds this reading comes from; %n: the holds in that window",
        group.holds,
    ).format(
        what=what,
        value=group_text(group, seconds),
        n=count_text(group.count),
        span=span_text(group.first, group.last),
    )


def tenderness_explained(change: TendernessChange) -> str:
    """The tenderness comparison in full sentences, for a tooltip or a screen reader."""
    before = change.before
    if before.early is None:
        return QCoreApplication.translate("knots", "Not rated before a hold yet.")
    lines = [QCoreApplication.translate("knots", "Tenderness just before a hold, 0–10.")]
    lines.append(_window_line(before.early, QCoreApplication.translate("knots", "First"), False))
    if before.late is not None:
        lines.append(
            _window_line(before.late, QCoreApplication.translate("knots", "Latest"), False)
        )
    if change.relief is not None:
        lines.append(relief_text(change))
    return "\n".join(lines)


def relief_text(change: TendernessChange) -> str:
    """How much one hold eases it, e.g. 'A hold eased it by 2.1 on average (12 holds).'."""
    if change.relief is None:
        return ""
    return Counts.tr(
        "A hold eased it by {value} on average (%n hold(s) rated before and after).",
        None,
        change.relief_holds,
    ).format(value=number_text(change.relief))


def release_explained(change: ReleaseChange) -> str:
    """The time-to-release comparison in full sentences."""
    times = change.times
    if times.early is None:
        return QCoreApplication.translate(
            "knots", "It has not let go before the end of a hold yet (Enter ends a hold early)."
        )
    lines = [QCoreApplication.translate("knots", "Time until it let go (holds ended with Enter).")]
    lines.append(_window_line(times.early, QCoreApplication.translate("knots", "First"), True))
    if times.late is not None:
        lines.append(_window_line(times.late, QCoreApplication.translate("knots", "Latest"), True))
    lines.append(
        Counts.tr("It let go early in {n} of %n hold(s).", None, change.holds).format(
            n=count_text(change.released)
        )
    )
    return "\n".join(lines)
