"""Benchmarks: the pipeline's stages timed at real volume on a synthetic, deterministic corpus.

`python -m benchmarks.run --articles N` (or `make bench ARTICLES=N`); results go to
`benchmarks/results/` (git-ignored). Nothing here is imported by `pipeline/` or `assets/`.
"""
