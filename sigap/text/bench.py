"""``sigap text bench``: throughput of the text pipeline on social-post-length texts.

Two parts:

1. **Stages**: docs/s of each stage on ``--docs`` synthetic posts (policy tweets from the
   bundled evaluation set with three words swapped for random lexicon words, seeded, so
   that many tokens are unseen, as in a live stream), and of the whole pipeline.
2. **Scale**: the whole pipeline (:class:`sigap.text.pipeline.Pipeline`) on a synthetic
   stream of ``--scale`` documents (30,000 a day; 70 % belong to events of ~25 posts
   that share topic words, 10 % are retweets of recent posts, the rest unrelated), with
   docs/s over the last stretch before 10k, 100k, 1M ... documents seen, the number of
   live stories, and the process's resident memory (current and peak). The stream is
   generated batch by batch, so the texts themselves do not inflate the memory figure.

Every figure is printed twice: wall-clock docs/s, and docs per CPU-second of this process
(``cpu``), which is steadier on a shared machine. Batches of ``--batch`` documents. The
"within it" lines split the whole pipeline's wall time by stage. ``--processes 2`` also
runs the pipeline with the entity tagger in a helper process (see
:class:`sigap.text.pipeline.Pipeline`); its CPU time is not in the ``cpu`` figure.
"""

from __future__ import annotations

import random
import resource
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sigap.text import MODELS_DIR
from sigap.text._artifact import load_json
from sigap.text.dedup import NearDupIndex
from sigap.text.lang import LanguageModel
from sigap.text.normalize import normalize
from sigap.text.pipeline import Pipeline
from sigap.text.sentiment import SentimentModel
from sigap.text.stories import StoryClusterer

EVAL = Path(__file__).resolve().parent / "evaldata" / "policy_tweets.tsv"
DOCS_PER_DAY = 30_000


def _base_and_words() -> tuple[list[str], list[str]]:
    base = [line.split("\t")[0] for line in EVAL.read_text(encoding="utf-8").splitlines()]
    words = sorted(load_json(MODELS_DIR / "lexicon.json")["words"])
    return base, words


def synth_posts(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    base, words = _base_and_words()
    out: list[str] = []
    for _ in range(n):
        toks = rng.choice(base).split()
        for _ in range(3):
            toks[rng.randrange(len(toks))] = rng.choice(words)
        out.append(" ".join(toks))
    return out


def synth_stream(n: int, batch: int = 1000, seed: int = 11) -> Iterator[list[dict[str, Any]]]:
    """Batches of document dicts (id, text, published_at in epoch seconds) of a stream.

    A post is a 4-8-token slice of a policy tweet plus 4-7 words drawn by corpus frequency
    from the lexicon; 70 % of posts belong to one of ~200 concurrent events (about 25 posts
    each) and add 3 of the event's 5 topic words; 10 % are retweets of recent posts.
    """
    rng = random.Random(seed)
    base, _ = _base_and_words()
    counts = load_json(MODELS_DIR / "lexicon.json")["words"]
    vocab = sorted(counts)
    cum: list[float] = []
    total = 0.0
    for w in vocab:
        total += counts[w]
        cum.append(total)
    base_toks = [b.split() for b in base]
    events: list[list[Any]] = []  # [topic words, posts left, event id]
    recent: list[tuple[int, str]] = []
    t = 1_740_000_000.0
    step = 86_400.0 / DOCS_PER_DAY
    for start in range(0, n, batch):
        docs: list[dict[str, Any]] = []
        for i in range(start, min(n, start + batch)):
            t += rng.expovariate(1.0 / step)
            r = rng.random()
            if r < 0.1 and recent:
                ev_id, text = rng.choice(recent)
                text = "RT @akun: " + text
            else:
                ev_id = -1 - i
                src = rng.choice(base_toks)
                k = rng.randint(2, 4)
                j = rng.randrange(max(1, len(src) - k + 1))
                toks = src[j : j + k] + rng.choices(vocab, cum_weights=cum, k=rng.randint(5, 9))
                if r < 0.8:
                    while len(events) < 200:
                        events.append([rng.sample(vocab, 5), int(rng.expovariate(1 / 25)) + 1, i + len(events)])
                    ev = events[rng.randrange(len(events))]
                    ev_id = ev[2]
                    for w in rng.sample(ev[0], 3):
                        toks.insert(rng.randrange(len(toks) + 1), w)
                    ev[1] -= 1
                    if ev[1] <= 0:
                        events.remove(ev)
                text = " ".join(toks)
                recent.append((ev_id, text))
                if len(recent) > 500:
                    recent.pop(0)
            docs.append({"id": i, "text": text, "published_at": t, "event": ev_id})
        yield docs


def _rss_mb() -> float:
    try:
        with open("/proc/self/statm") as f:
            pages = int(f.read().split()[1])
        return pages * resource.getpagesize() / 2**20
    except (OSError, ValueError, IndexError):
        return float("nan")


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # KB on Linux


def _rate(fn: Callable[[list[Any]], object], docs: list[Any], batch: int) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    for i in range(0, len(docs), batch):
        fn(docs[i : i + batch])
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return len(docs) / max(wall, 1e-9), len(docs) / max(cpu, 1e-9)


def _line(name: str, rate: tuple[float, float]) -> str:
    cpu = "" if rate[1] != rate[1] else f"   (cpu {rate[1]:>7.0f})"
    return f"{name:<38}{rate[0]:>8.0f} docs/s{cpu}"


def run_bench(n_docs: int = 20_000, scale: int = 0, batch: int = 1000, processes: int = 1) -> dict[str, float]:
    """Print the figures; returns {name: wall docs/s}."""
    import gc

    out = run_stages(n_docs, batch, processes) if n_docs > 0 else {}
    gc.collect()  # the stage objects are gone before the scale run measures memory
    if scale > 0:
        out.update(run_scale(scale, batch, processes))
    return out


def run_stages(n_docs: int = 20_000, batch: int = 1000, processes: int = 1) -> dict[str, float]:
    """Docs/s of each stage and of the whole pipeline on ``n_docs`` posts."""
    docs = synth_posts(n_docs)
    fresh = synth_posts(n_docs, seed=8)  # unseen posts for the stages that normalise
    stream = [d for b in synth_stream(n_docs, batch) for d in b]
    sent = SentimentModel.load()
    lang = LanguageModel.load()
    warm = synth_posts(200, seed=99)
    sent.predict(warm)
    lang.predict(warm)
    avg = sum(map(len, docs)) / max(len(docs), 1)
    avg_s = sum(len(d["text"]) for d in stream) / max(len(stream), 1)
    print(
        f"stages: {len(docs)} posts (mean {avg:.0f} chars; near-dup, stories and the whole "
        f"pipeline on {len(stream)} stream posts, mean {avg_s:.0f} chars), batches of {batch}"
    )
    figures: dict[str, tuple[float, float]] = {}
    figures["normalize (cold caches)"] = _rate(lambda b: [normalize(t) for t in b], docs, batch)
    normed = [normalize(t) for t in docs]
    figures["sentiment (normalised input)"] = _rate(sent.predict_normalized, normed, batch)
    figures["sentiment (incl. normalize)"] = _rate(sent.predict, fresh, batch)
    figures["language"] = _rate(lang.predict, docs, batch)
    pipe = Pipeline(keep_normalized=False)
    if pipe.tagger is not None:
        figures["entities"] = _rate(pipe.tagger.extract_many, docs, batch)
    s_texts = [d["text"] for d in stream]
    s_norm = [normalize(t) for t in s_texts]
    s_ids = [d["id"] for d in stream]
    s_times = [d["published_at"] for d in stream]
    idx = NearDupIndex()
    pos = iter(range(0, len(stream), batch))
    figures["near-dup (normalised input)"] = _rate(
        lambda b: idx.add_batch(s_ids[(i := next(pos)) : i + len(b)], b, b), s_norm, batch
    )
    sc = StoryClusterer()
    pos = iter(range(0, len(stream), batch))
    figures["stories (normalised input)"] = _rate(
        lambda b: sc.add_batch(s_ids[(i := next(pos)) : i + len(b)], b, s_times[i : i + len(b)], b), s_norm, batch
    )
    figures["whole pipeline"] = _rate(pipe.analyse_batch, stream, batch)
    for stage, seconds in pipe.timings.items():
        figures[f"  within it: {stage}"] = (len(stream) / max(seconds, 1e-9), float("nan"))
    if processes > 1 and pipe.tagger is not None:
        with Pipeline(keep_normalized=False, processes=processes) as multi:
            multi.analyse_batch(stream[:batch])  # start the helpers
            figures[f"whole pipeline, {processes} processes"] = _rate(multi.analyse_batch, stream, batch)
    if pipe.tagger is None:
        print("(entity model not installed: the pipeline ran without entities)")
    for name, rate in figures.items():
        print(_line(name, rate))
    pipe.close()
    return {name: rate[0] for name, rate in figures.items()}


def run_scale(n: int, batch: int = 1000, processes: int = 1) -> dict[str, float]:
    """Whole pipeline on a stream of ``n`` documents; figures at 10k, 100k, 1M, ... seen."""
    pipe = Pipeline(keep_normalized=False, processes=processes)
    print(
        f"scale: whole pipeline ({processes} process{'es' if processes > 1 else ''}) on a "
        f"stream of {n} posts ({DOCS_PER_DAY} a day), batches of {batch}"
        + ("" if pipe.tagger is not None else "; no entity model installed")
    )
    marks = [m for m in (10_000, 100_000, 200_000, 500_000, 1_000_000, 2_000_000, 5_000_000, 10_000_000) if m <= n] or [
        n
    ]
    if marks[-1] != n:
        marks.append(n)
    out: dict[str, float] = {}
    seen = 0
    last_seen = 0
    wall0, cpu0 = time.perf_counter(), time.process_time()
    gen_wall = gen_cpu = 0.0
    stream = synth_stream(n, batch)
    while True:
        g_wall, g_cpu = time.perf_counter(), time.process_time()
        docs = next(stream, None)
        gen_wall += time.perf_counter() - g_wall
        gen_cpu += time.process_time() - g_cpu
        if docs is None:
            break
        pipe.analyse_batch(docs)
        seen += len(docs)
        if seen >= marks[0]:
            mark = marks.pop(0)
            wall = time.perf_counter() - wall0 - gen_wall
            cpu = time.process_time() - cpu0 - gen_cpu
            rate = (seen - last_seen) / max(wall, 1e-9), (seen - last_seen) / max(cpu, 1e-9)
            print(
                _line(f"pipeline, docs {last_seen + 1}-{seen}", rate)
                + f"  stories live {len(pipe.stories):>6}  rss {_rss_mb():.0f} MB"
                + f"  peak {_peak_mb():.0f} MB"
            )
            out[f"pipeline at {mark}"] = rate[0]
            last_seen = seen
            wall0, cpu0 = time.perf_counter(), time.process_time()
            gen_wall = gen_cpu = 0.0
            if not marks:
                break
    print(
        f"peak RSS {_peak_mb():.0f} MB after {seen} documents"
        + (" (this process; entity helpers not counted)" if processes > 1 else "")
    )
    out["peak_rss_mb"] = _peak_mb()
    pipe.close()
    return out
