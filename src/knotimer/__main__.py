"""Allow ``python -m knotimer``."""

from knotimer.cli import main

raise SystemExit(main())
