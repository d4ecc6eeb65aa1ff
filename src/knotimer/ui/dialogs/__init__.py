"""Small dialogs used from several places: about, help, recovery, safety check, export."""
