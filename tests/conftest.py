"""Test session settings."""

from __future__ import annotations

import os
import tempfile

# The CLI keeps compiled regular expressions in the user's cache folder (validator.recache);
# tests, and the soat processes they start, use a folder of their own.
os.environ["SOAT_CACHE_DIR"] = tempfile.mkdtemp(prefix="soat-test-cache-")
