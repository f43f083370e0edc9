"""numbering rules."""

RULES: tuple[type, ...] = ()
