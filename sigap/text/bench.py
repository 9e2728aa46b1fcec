"""``sigap text bench``: throughput of the text components on social-post-length texts.

The texts are synthesised from the bundled policy-tweet evaluation set with words swapped
from the lexicon (seeded), so that many tokens are unseen, as in a live stream.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from pathlib import Path

from sigap.text import MODELS_DIR
from sigap.text._artifact import load_json

EVAL = Path(__file__).resolve().parent / "evaldata" / "policy_tweets.tsv"


def synth_posts(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    base = [line.split("\t")[0] for line in EVAL.read_text(encoding="utf-8").splitlines()]
    words = sorted(load_json(MODELS_DIR / "lexicon.json")["words"])
    out: list[str] = []
    for _ in range(n):
        toks = rng.choice(base).split()
        for _ in range(3):
            toks[rng.randrange(len(toks))] = rng.choice(words)
        out.append(" ".join(toks))
    return out


def _rate(fn: Callable[[list[str]], object], docs: list[str], batch: int = 1000) -> float:
    start = time.perf_counter()
    for i in range(0, len(docs), batch):
        fn(docs[i : i + batch])
    return len(docs) / (time.perf_counter() - start)


def run_bench(n_docs: int = 20_000) -> dict[str, float]:
    from sigap.text.dedup import NearDupIndex
    from sigap.text.lang import LanguageModel
    from sigap.text.normalize import normalize
    from sigap.text.sentiment import SentimentModel

    docs = synth_posts(n_docs)
    sent = SentimentModel.load()
    lang = LanguageModel.load()
    sent.predict(docs[:100])
    lang.predict(docs[:100])
    idx = NearDupIndex()
    counter = iter(range(10**12))
    figures = {
        "normalize": _rate(lambda b: [normalize(t) for t in b], docs),
        "sentiment (incl. normalize)": _rate(sent.predict, docs),
        "language": _rate(lang.predict, docs),
        "near-dup (incl. normalize)": _rate(lambda b: [idx.add(next(counter), t) for t in b], docs),
    }
    avg = sum(map(len, docs)) / max(len(docs), 1)
    print(f"docs {len(docs)}, mean length {avg:.0f} chars")
    for name, rate in figures.items():
        print(f"{name:<30}{rate:>10.0f} docs/s")
    return figures
