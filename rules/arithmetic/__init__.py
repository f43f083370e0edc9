"""arithmetic rules."""

RULES: tuple[type, ...] = ()
