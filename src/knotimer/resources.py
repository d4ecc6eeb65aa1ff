"""Find ``assets/``: inside the installed package, or beside ``src/`` in a checkout."""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def assets_dir() -> Path:
    """The folder holding knotimer's assets (diagram, sounds, icons)."""
    # The package's own folder, as importlib.resources.files() gives it for a package on
    # disk (the only kind whose assets Qt can open by path), without loading that module.
    packaged = Path(__file__).resolve().parent / "assets"
    if packaged.is_dir():
        return packaged
    # Editable install or a source checkout: <repo>/src/knotimer -> <repo>/assets
    checkout = Path(__file__).resolve().parent.parent.parent / "assets"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"knotimer's assets are missing (looked in {packaged} and {checkout})")


def asset(relative: str) -> Path:
    """The path of one asset, e.g. ``asset("diagram/calves.svg")``; FileNotFoundError if absent."""
    path = assets_dir() / relative
    if not path.is_file():
        raise FileNotFoundError(f"knotimer asset missing: {path}")
    return path
