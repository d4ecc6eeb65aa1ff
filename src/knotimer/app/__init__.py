"""The application layer: the one session state (on QtCore, never QtWidgets) that views show."""
