"""dates rules."""

RULES: tuple[type, ...] = ()
