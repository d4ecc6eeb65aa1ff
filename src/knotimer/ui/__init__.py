"""The Qt layer of knotimer: windows and widgets that adapt the Qt-free core."""
