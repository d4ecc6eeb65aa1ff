"""The PDF report for a therapist: its data, its pages, and writing it."""
