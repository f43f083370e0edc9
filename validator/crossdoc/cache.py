"""The contributions of documents, cached by content hash in the drafting repository.

Like ruff's ``.ruff_cache`` and mypy's ``.mypy_cache``: a folder ``.soat_cache/`` at the top of
the repository (else in the current folder), holding its own ``.gitignore`` (``*``) and a
``CACHEDIR.TAG``, which the user may delete at any time. A contribution is filed under the git
blob id of the document's bytes (:func:`validator.crossdoc.digest`), in a sub-folder named
after what it was computed with (soat's version, the contribution format and the run's
vocabulary): another version of soat or another vocabulary starts afresh.

The cache never costs a run: a folder that cannot be made, written or read (read-only
repository, a file in its place, a damaged entry) is ignored and the contribution computed
again. Entries are written atomically (a temporary file renamed), so a concurrent run never
reads half an entry; a symlink in place of the folder is not followed.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

import msgspec

from validator.crossdoc.model import FORMAT, Contribution

if TYPE_CHECKING:
    from validator.vocabulary import Vocabulary

DIR_NAME = ".soat_cache"
GITIGNORE = "# Tạo bởi soat: thư mục đệm, có thể xoá bất cứ lúc nào.\n*\n"
CACHEDIR_TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This file is a cache directory tag created by soat.\n"
    "# For information about cache directory tags see https://bford.info/cachedir/\n"
)
_ENCODER = msgspec.msgpack.Encoder()
_DECODER = msgspec.msgpack.Decoder(Contribution)


def salt(vocabulary: Vocabulary | None) -> str:
    """What contributions depend on besides the document: soat's version, the contribution
    format and the vocabulary the frame and citations are read with."""
    from validator import __version__

    try:
        from _sha1 import sha1
    except ImportError:  # pragma: no cover
        from hashlib import sha1
    parts: list[object] = [__version__, FORMAT]
    if vocabulary is not None:
        parts += [vocabulary.document_types, sorted(vocabulary.party_issuers),
                  vocabulary.party_issuer_suffixes, sorted(vocabulary.state_issuers),
                  vocabulary.issuer_words, vocabulary.signer_titles, vocabulary.joint_suffixes,
                  vocabulary.joint_types]
    return str(sha1(repr(parts).encode("utf-8")).hexdigest()[:12])


class Cache:
    """Contributions by digest under ``root/.soat_cache/crossdoc/<salt>/``."""

    def __init__(self, root: str | os.PathLike[str], salt: str) -> None:
        self.top = Path(root) / DIR_NAME
        self.dir = self.top / "crossdoc" / salt
        self.usable = True
        self.hits = self.misses = 0

    def _entry(self, digest: str) -> Path:
        return self.dir / digest[:2] / digest[2:]

    def get(self, digest: str, path: str) -> Contribution | None:
        """The contribution filed under ``digest``, given ``path``; None if there is none."""
        if not self.usable or not digest:
            return None
        try:
            data = self._entry(digest).read_bytes()
            found = _DECODER.decode(data)
        except (OSError, msgspec.DecodeError, msgspec.ValidationError, ValueError):
            self.misses += 1
            return None
        if found.format != FORMAT or found.digest != digest:
            self.misses += 1
            return None
        self.hits += 1
        return found if found.path == path else msgspec.structs.replace(found, path=path)

    def put(self, contribution: Contribution) -> None:
        if not self.usable or not contribution.digest or not self._ready():
            return
        target = self._entry(contribution.digest)
        try:
            target.parent.mkdir(exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
            try:
                with os.fdopen(fd, "wb") as fh:
                    fh.write(_ENCODER.encode(contribution))
                os.replace(tmp, target)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise
        except OSError:
            self.usable = False

    def _ready(self) -> bool:
        """Make the folders (the top one with its .gitignore and CACHEDIR.TAG) once."""
        if self.dir.is_dir() and not self.top.is_symlink():
            return True
        try:
            if self.top.is_symlink() or (self.top.exists() and not self.top.is_dir()):
                raise OSError("not a cache folder")
            fresh = not self.top.exists()
            self.top.mkdir(exist_ok=True)
            if fresh:
                (self.top / ".gitignore").write_text(GITIGNORE, encoding="utf-8")
                (self.top / "CACHEDIR.TAG").write_text(CACHEDIR_TAG, encoding="utf-8")
            self.dir.mkdir(parents=True, exist_ok=True)
        except OSError:
            self.usable = False
        return self.usable


__all__ = ["DIR_NAME", "Cache", "salt"]
