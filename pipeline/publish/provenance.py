"""Where a release came from and under which terms it may be reused.

The manifest names the pipeline version already; the git commit pins the exact code that made a
release, which is what a reader needs to reproduce it. The licence facts live here once so the
manifest, the release page and the README say the same thing.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]

DATA_LICENSE = "CC-BY-4.0"
DATA_LICENSE_NAME = "Creative Commons Attribution 4.0 International"
DATA_LICENSE_URL = "https://creativecommons.org/licenses/by/4.0/"
CODE_LICENSE = "Apache-2.0"
DATASET_TITLE = "Open incident dataset"


def git_commit(repo: Path = REPO_ROOT) -> str | None:
    """The commit the code runs from, with a `-dirty` suffix for uncommitted changes.

    None outside a git checkout (an installed wheel, a tarball) or when git is missing: the
    release is still valid, it just cannot name its commit.
    """
    try:
        head = subprocess.run(["git", "-C", str(repo), "rev-parse", "HEAD"], capture_output=True,
                              text=True, timeout=10, check=True).stdout.strip()
        status = subprocess.run(["git", "-C", str(repo), "status", "--porcelain",
                                 "--untracked-files=no"], capture_output=True, text=True,
                                timeout=10, check=True).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    if not head:
        return None
    return f"{head}-dirty" if status else head


def license_statement() -> dict[str, str]:
    """The licence block written into every manifest."""
    return {"data": DATA_LICENSE, "data_url": DATA_LICENSE_URL, "code": CODE_LICENSE}
