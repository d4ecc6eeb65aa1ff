"""The regions of the calf diagram: which side, which muscle, and what to keep in mind there."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Side(StrEnum):
    """The user's own leg, as seen from behind."""

    LEFT = "left"
    RIGHT = "right"


class Muscle(StrEnum):
    """A named part of the lower leg on the diagram (stable ids, stored and exported)."""

    GASTROCNEMIUS_MEDIAL = "gastrocnemius-medial"
    GASTROCNEMIUS_LATERAL = "gastrocnemius-lateral"
    SOLEUS = "soleus"
    FIBULARIS = "fibularis"
    ACHILLES = "achilles"
    POPLITEAL = "popliteal"
    HEEL = "heel"


class Advice(StrEnum):
    """What the app gently points out when a spot lands on a region."""

    NONE = "none"
    DEEP_MUSCLE = "deep-muscle"  # soleus: gentle pressure, a therapist reaches it better
    NO_DEEP_PRESSURE = "no-deep-pressure"  # back of the knee: nerves and vessels
    NOT_A_KNOT = "not-a-knot"  # the Achilles tendon: a tendon, not a muscle
    NO_MUSCLE = "no-muscle"  # the heel: bone under a pad, nothing to hold


ADVICE_BY_MUSCLE: dict[Muscle, Advice] = {
    Muscle.GASTROCNEMIUS_MEDIAL: Advice.NONE,
    Muscle.GASTROCNEMIUS_LATERAL: Advice.NONE,
    Muscle.FIBULARIS: Advice.NONE,
    Muscle.SOLEUS: Advice.DEEP_MUSCLE,
    Muscle.POPLITEAL: Advice.NO_DEEP_PRESSURE,
    Muscle.ACHILLES: Advice.NOT_A_KNOT,
    Muscle.HEEL: Advice.NO_MUSCLE,
}


@dataclass(frozen=True, slots=True)
class Region:
    """One clickable region of the diagram: a muscle on one side."""

    side: Side
    muscle: Muscle

    @property
    def element_id(self) -> str:
        """The id of this region's element in the diagram SVG."""
        return f"{self.side.value}-{self.muscle.value}"

    @property
    def advice(self) -> Advice:
        """What to keep in mind when pressing here."""
        return ADVICE_BY_MUSCLE[self.muscle]

    @property
    def holdable(self) -> bool:
        """Whether a hold makes sense here at all (not on the heel: there is no muscle)."""
        return self.advice is not Advice.NO_MUSCLE

    @property
    def routine_starts_holds(self) -> bool:
        """Whether the guided routine may start a hold here by itself.

        Not behind the knee, on the Achilles tendon or the heel: there the user decides,
        after reading the note, by pressing Space.
        """
        return self.advice in (Advice.NONE, Advice.DEEP_MUSCLE)

    @classmethod
    def from_element_id(cls, element_id: str) -> Region:
        """Parse ``left-gastrocnemius-medial`` and the like; ValueError if unknown."""
        side_text, _, muscle_text = element_id.partition("-")
        return cls(Side(side_text), Muscle(muscle_text))


# Paint order of the diagram, bottom to top; also the hit-test priority (last wins).
ALL_REGIONS: tuple[Region, ...] = tuple(
    Region(side, muscle)
    for side in Side
    for muscle in (
        Muscle.POPLITEAL,
        Muscle.SOLEUS,
        Muscle.FIBULARIS,
        Muscle.GASTROCNEMIUS_LATERAL,
        Muscle.GASTROCNEMIUS_MEDIAL,
        Muscle.ACHILLES,
        Muscle.HEEL,
    )
)
