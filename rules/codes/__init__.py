"""codes rules."""

RULES: tuple[type, ...] = ()
