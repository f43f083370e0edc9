"""Read a .docx package into the document model, as Word shows it.

One pass over the package's XML with lxml (python-docx's table-cell access is quadratic and
it hides numbering, text boxes and revisions). The package splits by document part, as
python-docx's ``oxml``/``parts`` do:

- :mod:`~validator.loader.package`: the zip read defensively (limits, safe XML), namespaces;
- :mod:`~validator.loader.styles` and :mod:`~validator.loader.numbering`: styles, theme fonts,
  automatic numbering definitions and counters;
- :mod:`~validator.loader.body`: a story's paragraphs and runs; :mod:`~validator.loader.tables`;
- :mod:`~validator.loader.notes`, :mod:`~validator.loader.stories` (text boxes, headers,
  footers), :mod:`~validator.loader.comments`, :mod:`~validator.loader.properties` (core
  properties, page setup);
- :mod:`~validator.loader.freeze`: drafts into model objects (clean text, mapped offsets);
- :mod:`~validator.loader.document`: the loader putting them together.

The outline (labels, heading levels, section paths) is :mod:`validator.outline`.
"""

from __future__ import annotations

import zipfile
import zlib

from validator.loader.document import DocumentLoader
from validator.loader.package import Limits, LoadError, Package, _fail
from validator.model import Document

__all__ = ["DocumentLoader", "Limits", "LoadError", "Package", "load_bytes", "load_path"]


def load_bytes(data: bytes, path: str = "<bytes>", limits: Limits | None = None) -> Document:
    """Build the model of a .docx held in memory. Raises :class:`LoadError`."""
    pkg = Package(bytes(data), limits or Limits())
    try:
        return DocumentLoader(pkg, path).load()
    except LoadError:
        raise
    except RecursionError:
        raise _fail("corrupt", "cấu trúc lồng nhau quá sâu") from None
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as e:
        raise _fail("corrupt", str(e)) from None


def load_path(path: str, limits: Limits | None = None) -> Document:
    """Read a file (opened read-only, never written) and build its model. Raises
    :class:`LoadError`, also for a file that cannot be read: only a regular file is read (a
    FIFO or a device is refused unopened) and never past the size limit, as the engine reads."""
    from validator.engine import read_file

    data = read_file(path)
    if not isinstance(data, bytes):
        assert data.error is not None
        raise LoadError(data.error.code, data.error.message)
    return load_bytes(data, path, limits)
