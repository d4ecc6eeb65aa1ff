"""History: past days on a calendar and the knots that keep coming back."""
