"""Document profiles: a kind of document's required frame and sections, as data (placeholder)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Profile:
    name: str
    title: str = ""
    system: str = "state"  # "party" | "state"
    settings: dict[str, Any] = field(default_factory=dict)
