"""Domain library of the open incident dataset: plain Python, no Dagster import."""

__version__ = "0.1.0"
