"""formatting rules."""

RULES: tuple[type, ...] = ()
