"""Start-up: one instance, the checked record, signals and damage, then the window."""
