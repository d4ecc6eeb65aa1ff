"""The calf diagram: the drawing, its regions, and the spots on it as a view of a model."""
