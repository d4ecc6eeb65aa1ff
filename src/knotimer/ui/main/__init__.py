"""The main window: its layout, menus and the edits started from it."""
