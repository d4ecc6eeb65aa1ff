"""The guided routine in the window: its panel, its start, its cues and pictures."""
