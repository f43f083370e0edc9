"""Vietnamese text as the analyses compare it: tone placement and normalised case."""

from __future__ import annotations

import unicodedata

from validator import recache

TONES = "\u0300\u0301\u0309\u0303\u0323"  # grave, acute, hook, tilde, dot below
# "hoá", "khoẻ", "uỷ": the tone on the second vowel of a final "oa"/"oe"/"uy" (old placement)
OLD_TONE_RE = recache.compile(
    r"(?<![qQ])([oOuU])([aAeEyY])([\u0300\u0301\u0309\u0303\u0323])(?!\w)"
)


def new_tone(text: str) -> str:
    """Move the tone of a final "oa"/"oe"/"uy" to the first vowel ("hoá" -> "hóa"), NFC."""
    nfd = unicodedata.normalize("NFD", text)
    moved = OLD_TONE_RE.sub(lambda m: m.group(1) + m.group(3) + m.group(2), nfd)
    return unicodedata.normalize("NFC", moved)


def norm(text: str) -> str:
    """Lower-case NFC text with the new tone placement ("hoá" -> "hóa", "uỷ" -> "ủy")."""
    return new_tone(text).lower()
