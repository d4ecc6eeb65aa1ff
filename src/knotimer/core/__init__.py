"""The Qt-free core of knotimer: anatomy, spots, holds, the hold timer and the store."""
