"""Holds carried over from a damaged record into the one that replaces it."""

from __future__ import annotations

from dataclasses import dataclass

from knotimer.app.unsaved import PendingHold
from knotimer.core.records import Spot
from knotimer.core.store import Store


@dataclass(frozen=True, slots=True)
class CarriedHold:
    """A hold not yet saved when the record was found damaged, with the spot it was on."""

    spot: Spot
    pending: PendingHold


def save_carried(store: Store, carried: list[CarriedHold], run_id: str) -> int:
    """Save holds kept from a damaged record into ``store``; how many were saved.

    A spot that is not in this record (a backup from before it was marked) is marked
    again where it was, so the hold has its place.
    """
    saved = 0
    for item in carried:
        spot = item.spot
        try:
            found = store.spot(spot.id)
            spot_id = (
                found.id if (found.region, found.created) == (spot.region, spot.created) else None
            )
        except KeyError:
            spot_id = None
        if spot_id is None:
            spot_id = store.add_spot(spot.region, spot.x, spot.y, spot.created).id
        store.record_hold(
            spot_id,
            item.pending.result,
            tenderness_before=item.pending.tenderness_before,
            run_id=run_id,
        )
        saved += 1
    return saved
