"""structure rules."""

RULES: tuple[type, ...] = ()
