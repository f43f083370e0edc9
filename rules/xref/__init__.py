"""xref rules."""

RULES: tuple[type, ...] = ()
