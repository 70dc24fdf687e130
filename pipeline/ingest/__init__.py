"""Ingestion: turn files, feeds and pages into cleaned `Article`s, recording every failure."""

from pipeline.ingest.articles import Article, IngestError, IngestResult
from pipeline.ingest.local import ingest_folder

__all__ = ["Article", "IngestError", "IngestResult", "ingest_folder"]
