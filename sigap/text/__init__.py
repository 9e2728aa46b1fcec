"""Sigap's pure Indonesian text pipeline.

Plain data in, plain data out: nothing in this package imports Django, reads settings or
downloads anything. Trained artifacts live in ``sigap/text/models/`` next to their model
cards. Public entry points:

- :func:`sigap.text.normalize.normalize` - informal Indonesian normalisation
- :class:`sigap.text.sentiment.SentimentModel` - positif / negatif / netral
- :func:`sigap.text.lang.detect_language` - id / en / jv / su / und
- :class:`sigap.text.dedup.NearDupIndex` - MinHash + LSH near-duplicate groups
"""

from __future__ import annotations

from pathlib import Path

MODELS_DIR = Path(__file__).resolve().parent / "models"

__all__ = ["MODELS_DIR"]
