"""knotimer: a hold timer for calf self-massage, with a diagram and a record of every hold."""

__version__ = "0.2.0"
APP_NAME = "knotimer"
