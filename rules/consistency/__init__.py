"""consistency rules."""

RULES: tuple[type, ...] = ()
