"""Shared pieces of the window: actions, countdown, cues, speech, theme."""
