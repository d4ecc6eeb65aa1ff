"""The hold controls and the views of a hold: panel, mini timer, tray."""
