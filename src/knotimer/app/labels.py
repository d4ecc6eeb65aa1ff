"""Translatable words for the core's ids: sides, muscles, outcomes, advice."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from knotimer.core.anatomy import Advice, Muscle, Region, Side
from knotimer.core.holdtimer import Outcome


class Counts:
    """Texts with a count, outside a QObject: ``Counts.tr("%n hold(s)", None, n)``.

    Qt picks the plural form from n ('1 hold', '2 holds'; Polish has three forms).
    pyside6-lupdate reads n from a ``Class.tr(text, comment, n)`` call; from
    ``QCoreApplication.translate`` it takes only a literal number. The context is "Counts".
    """

    @staticmethod
    def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """``text`` translated in the "Counts" context, in the plural form for ``n``."""
        return QCoreApplication.translate("Counts", text, disambiguation, n)


def side_name(side: Side) -> str:
    """'Left' or 'Right': the user's own leg."""
    return (
        QCoreApplication.translate("labels", "Left")
        if side is Side.LEFT
        else QCoreApplication.translate("labels", "Right")
    )


def muscle_name(muscle: Muscle) -> str:
    """The everyday-anatomy name of a region."""
    names = {
        Muscle.GASTROCNEMIUS_MEDIAL: QCoreApplication.translate("labels", "medial gastrocnemius"),
        Muscle.GASTROCNEMIUS_LATERAL: QCoreApplication.translate("labels", "lateral gastrocnemius"),
        Muscle.SOLEUS: QCoreApplication.translate("labels", "soleus"),
        Muscle.FIBULARIS: QCoreApplication.translate("labels", "fibularis longus"),
        Muscle.ACHILLES: QCoreApplication.translate("labels", "Achilles tendon"),
        Muscle.POPLITEAL: QCoreApplication.translate("labels", "back of the knee"),
        Muscle.HEEL: QCoreApplication.translate("labels", "heel"),
    }
    return names[muscle]


def region_name(region: Region) -> str:
    """E.g. 'Left · medial gastrocnemius'."""
    return QCoreApplication.translate("labels", "{side} · {muscle}").format(
        side=side_name(region.side), muscle=muscle_name(region.muscle)
    )


def outcome_name(outcome: Outcome) -> str:
    """How a hold ended, in words."""
    names = {
        Outcome.COMPLETED: QCoreApplication.translate("labels", "completed"),
        Outcome.RELEASED: QCoreApplication.translate("labels", "released early"),
        Outcome.CANCELLED: QCoreApplication.translate("labels", "cancelled"),
        Outcome.INTERRUPTED: QCoreApplication.translate("labels", "interrupted"),
    }
    return names[outcome]


def advice_text(advice: Advice) -> str:
    """A short, friendly note for spots on regions that need care ('' when none)."""
    texts = {
        Advice.NONE: "",
        Advice.DEEP_MUSCLE: QCoreApplication.translate(
            "labels",
            "The soleus lies deep under the calf: press gently here. "
            "A massage therapist can reach it better.",
        ),
        Advice.NO_DEEP_PRESSURE: QCoreApplication.translate(
            "labels", "Nerves and blood vessels run behind the knee: please no deep pressure here."
        ),
        Advice.NOT_A_KNOT: QCoreApplication.translate(
            "labels",
            "The Achilles tendon is a tendon, not a muscle: gentle strokes suit it better "
            "than a long, firm hold.",
        ),
        Advice.NO_MUSCLE: QCoreApplication.translate(
            "labels",
            "The heel is bone under a thick pad: there is no muscle knot to hold here.",
        ),
    }
    return texts[advice]


def seconds_text(seconds: float) -> str:
    """A duration: '45 s', '2 min 05 s' or '4 h 50 min'."""
    total = round(seconds)
    if total < 60:
        return QCoreApplication.translate("labels", "{n} s").format(n=total)
    if total < 3600:
        return QCoreApplication.translate("labels", "{m} min {s:02d} s").format(
            m=total // 60, s=total % 60
        )
    return QCoreApplication.translate("labels", "{h} h {m:02d} min").format(
        h=total // 3600, m=total % 3600 // 60
    )


def short_muscle_name(muscle: Muscle) -> str:
    """A name short enough to print on the muscle in the diagram."""
    names = {
        Muscle.GASTROCNEMIUS_MEDIAL: QCoreApplication.translate("labels", "medial\ngastroc."),
        Muscle.GASTROCNEMIUS_LATERAL: QCoreApplication.translate("labels", "lateral\ngastroc."),
        Muscle.SOLEUS: QCoreApplication.translate("labels", "soleus"),
        Muscle.FIBULARIS: QCoreApplication.translate("labels", "fibul."),
        Muscle.ACHILLES: QCoreApplication.translate("labels", "Achilles"),
        Muscle.POPLITEAL: QCoreApplication.translate("labels", "knee"),
        Muscle.HEEL: QCoreApplication.translate("labels", "heel"),
    }
    return names[muscle]


def hint_text(muscle: str, point: int) -> str:
    """One line on where a usual calf knot lies (Travell & Simons), for the hints overlay."""
    texts = {
        ("gastrocnemius", 1): QCoreApplication.translate(
            "labels",
            "Gastrocnemius TP1, the most common calf knot: inner calf, a little above the "
            "middle of the muscle. It can ache in the instep and behind the knee.",
        ),
        ("gastrocnemius", 2): QCoreApplication.translate(
            "labels",
            "Gastrocnemius TP2: outer calf, about the same height as TP1. Usually aches "
            "just around itself.",
        ),
        ("gastrocnemius", 3): QCoreApplication.translate(
            "labels", "Gastrocnemius TP3: high on the inner calf, just below the back of the knee."
        ),
        ("gastrocnemius", 4): QCoreApplication.translate(
            "labels", "Gastrocnemius TP4: high on the outer calf, just below the back of the knee."
        ),
        ("soleus", 1): QCoreApplication.translate(
            "labels",
            "Soleus TP1: a few centimetres below the calf bulge, slightly to the inside. "
            "It can ache in the heel and the Achilles tendon.",
        ),
        ("soleus", 2): QCoreApplication.translate(
            "labels", "Soleus TP2 (less common): high on the outer calf."
        ),
        ("soleus", 3): QCoreApplication.translate(
            "labels", "Soleus TP3 (rare): above and to the outside of TP1."
        ),
    }
    return texts.get(
        (muscle, point),
        QCoreApplication.translate("labels", "A place where calf knots are often found."),
    )


def holds_text(count: int) -> str:
    """'1 hold' or '3 holds' (the plural forms come from the translation, English too)."""
    return Counts.tr("%Ln hold(s)", None, count)


def sessions_count_text(count: int) -> str:
    """'1 session' or '2 sessions'."""
    return Counts.tr("%Ln session(s)", None, count)


def spots_text(count: int) -> str:
    """'1 spot' or '4 spots'."""
    return Counts.tr("%Ln spot(s)", None, count)
