"""Content-addressed, append-only archive of fetched bytes.

Any release can be re-extracted later (with a better extractor) without refetching, and a
re-fetch of identical bytes costs no disk: the object is named by its sha256 and never rewritten.
"""

from __future__ import annotations

import gzip
import hashlib
import os
from pathlib import Path


class Archive:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, digest: str) -> Path:
        return self.root / "objects" / digest[:2] / f"{digest}.gz"

    def put(self, data: bytes) -> str:
        digest = hashlib.sha256(data).hexdigest()
        path = self.path_for(digest)
        if path.exists():
            return digest
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        # mtime=0 keeps the compressed bytes a pure function of the content.
        tmp.write_bytes(gzip.compress(data, compresslevel=6, mtime=0))
        tmp.replace(path)
        return digest

    def get(self, digest: str) -> bytes:
        data = gzip.decompress(self.path_for(digest).read_bytes())
        if hashlib.sha256(data).hexdigest() != digest:
            raise ValueError(f"archive object {digest} is corrupt")
        return data

    def __contains__(self, digest: str) -> bool:
        return self.path_for(digest).exists()
