"""Near-duplicate articles (syndicated wire copy under another headline), found with MinHash LSH.

Exact copies are caught by the content hash; near copies differ in a headline, a byline or a
sentence. They are linked to the first copy (`duplicate_of`) and not extracted again, so one
wire story carried by forty outlets does not become forty reports of an incident.
"""

from __future__ import annotations

import re

from datasketch import MinHash, MinHashLSH

THRESHOLD = 0.7
NUM_PERM = 128
SHINGLE = 5
_WORD = re.compile(r"\w+")


def signature(text: str) -> MinHash:
    words = _WORD.findall(text.lower())
    shingles = {" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    sig = MinHash(num_perm=NUM_PERM, seed=1)
    sig.update_batch([s.encode() for s in shingles])
    return sig


def find_near_duplicates(docs: list[tuple[str, str]]) -> dict[str, str]:
    """{article_id: id of the earlier article it copies} for (article_id, text) in order."""
    index = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    signatures: dict[str, MinHash] = {}
    links: dict[str, str] = {}
    order: dict[str, int] = {}
    for article_id, text in docs:
        sig = signature(text)
        matches = [m for m in index.query(sig) if sig.jaccard(signatures[m]) >= THRESHOLD]
        if matches:
            original = min(matches, key=lambda m: order[m])
            links[article_id] = original
        else:
            index.insert(article_id, sig)
            signatures[article_id] = sig
        order.setdefault(article_id, len(order))
    return links
