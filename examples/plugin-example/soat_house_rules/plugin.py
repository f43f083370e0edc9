"""The plugin module named by the ``soat`` entry point: it registers the office's rules."""

from __future__ import annotations

from soat_house_rules.archive_department_missing import ArchiveDepartmentMissing
from validator import hookimpl


@hookimpl
def soat_register_rules() -> list[type]:
    return [ArchiveDepartmentMissing]
