"""Hands-free beyond the window: press-and-hold, media keys, shortcuts, screen awake, notices."""
