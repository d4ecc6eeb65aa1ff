"""Preferences: the dialog, the Cues menu, and applying what was chosen."""
