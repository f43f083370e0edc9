"""House rules of a drafting office, as a soat plugin (an example to copy)."""
