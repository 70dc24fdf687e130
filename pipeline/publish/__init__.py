"""Versioned, immutable, checksummed releases."""

from pipeline.publish.release import PublishResult, list_releases, publish_release
from pipeline.publish.tables import to_arrow

__all__ = ["PublishResult", "list_releases", "publish_release", "to_arrow"]
