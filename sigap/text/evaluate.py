"""Evaluation commands: ``sigap text evaluate sentiment FILE``."""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sigap.text import criticism
from sigap.text._data import SENTIMENT_LABELS, read_labelled
from sigap.text.entities import EntityTagger, bio_spans, entity_scores, read_bio
from sigap.text.lang import LANGS, UNDETERMINED, LanguageModel
from sigap.text.metrics import classification_report
from sigap.text.normalize import normalize
from sigap.text.sentiment import LABELS, MAX_CHARS, SentimentModel
from sigap.text.stories import MODEL_NAME, MODEL_VERSION, StoryClusterer, to_hours


def evaluate_sentiment(path: Path | str, model_path: Path | None = None) -> dict[str, object]:
    data = read_labelled(path, SENTIMENT_LABELS)
    texts, gold = data.texts, data.labels
    model = SentimentModel.load(model_path)
    model.predict(texts[:10])  # warm the caches before timing
    start = time.perf_counter()
    pred = [s.label for s in model.predict(texts)]
    elapsed = time.perf_counter() - start
    report = classification_report(gold, pred, LABELS)
    report.update(
        {
            "docs": len(texts),
            "docs_per_s": len(texts) / elapsed if elapsed else 0.0,
            "model": f"{model.name} {model.version}",
            "problems": data.problems,
            "predicted_neutral": sum(p == "netral" for p in pred),
        }
    )
    return report


def print_problems(problems: object) -> None:
    assert isinstance(problems, list)  # noqa: S101 - narrows the type
    if problems:
        print(f"{len(problems)} baris tidak dinilai:")
        for line, reason in problems[:50]:
            print(f"  baris {line}: {reason}")
        if len(problems) > 50:
            print(f"  … dan {len(problems) - 50} baris lain")


def print_sentiment_report(report: dict[str, object], path: str) -> None:
    per = report["per_class"]
    assert isinstance(per, dict)  # noqa: S101 - narrows the type
    print(f"file      {path}")
    print(f"model     {report['model']}")
    print(f"docs      {report['docs']}")
    print_problems(report.get("problems", []))
    print(f"{'class':<10}{'precision':>10}{'recall':>10}{'f1':>10}{'support':>10}")
    for lab, row in per.items():
        print(f"{lab:<10}{row['precision']:>10.3f}{row['recall']:>10.3f}{row['f1']:>10.3f}{int(row['support']):>10d}")
    print(f"accuracy  {report['accuracy']:.3f}")
    print(f"netral    {report.get('predicted_neutral', 0)} predicted")
    print(f"docs/s    {report['docs_per_s']:.0f}")
    print(f"macro-F1 {report['macro_f1']:.3f}")


CRITICISM_LABELS = {"kritik": "kritik", "bukan": "bukan", "1": "kritik", "0": "bukan", "ya": "kritik", "tidak": "bukan"}


def evaluate_criticism(path: Path | str) -> dict[str, object]:
    """Criticism of government against ``kritik``/``bukan`` labels, beside plain negativity
    (the sentiment model's "negatif") as the baseline it must beat."""
    data = read_labelled(path, CRITICISM_LABELS)
    model = SentimentModel.load()
    normalized = [normalize(t[:MAX_CHARS]) for t in data.texts]
    sentiments = model.predict_normalized(normalized)
    scored = criticism.score(normalized, data.texts, [s.negative for s in sentiments])
    pred = ["kritik" if c.critical else "bukan" for c in scored]
    negative = ["kritik" if s.label == "negatif" else "bukan" for s in sentiments]
    report = classification_report(data.labels, pred, ("kritik", "bukan"))
    baseline = classification_report(data.labels, negative, ("kritik", "bukan"))
    report.update({"docs": len(data.texts), "problems": data.problems, "negativity": baseline})
    report["model"] = f"{criticism.MODEL_NAME} {criticism.MODEL_VERSION}"
    return report


def print_criticism_report(report: dict[str, object], path: str) -> None:
    per = report["per_class"]
    base = report["negativity"]
    assert isinstance(per, dict)  # noqa: S101 - narrows the type
    assert isinstance(base, dict)  # noqa: S101 - narrows the type
    print(f"file      {path}")
    print(f"model     {report['model']}")
    print(f"docs      {report['docs']}")
    print_problems(report.get("problems", []))
    print(f"{'':<22}{'precision':>10}{'recall':>10}{'f1':>10}")
    for name, rep in (("kritik (model)", per), ("negatif (baseline)", base["per_class"])):
        row = rep["kritik"]
        print(f"{name:<22}{row['precision']:>10.3f}{row['recall']:>10.3f}{row['f1']:>10.3f}")
    print(f"macro-F1 {report['macro_f1']:.3f} (negativity {base['macro_f1']:.3f})")


def evaluate_lang(path: Path | str) -> dict[str, object]:
    """``text<TAB>code`` lines (codes id, en, jv, su, und)."""
    texts: list[str] = []
    gold: list[str] = []
    for line in Path(path).read_text(encoding="utf-8", errors="replace").splitlines():
        text, sep, code = line.rpartition("\t")
        if sep:
            texts.append(text)
            gold.append(code.strip())
    model = LanguageModel.load()
    start = time.perf_counter()
    pred = [r.code for r in model.predict(texts)]
    elapsed = time.perf_counter() - start
    report = classification_report(gold, pred, [*LANGS, UNDETERMINED])
    report.update(
        {"docs": len(texts), "docs_per_s": len(texts) / elapsed if elapsed else 0.0, "model": "sigap-langid-nb"}
    )
    return report


def print_lang_report(report: dict[str, object], path: str) -> None:
    print_sentiment_report(report, path)


# --- entities ------------------------------------------------------------------------------


def evaluate_entities(path: Path | str, model_path: Path | None = None, postprocess: bool = False) -> dict[str, object]:
    """BIO file (``token<TAB>tag`` / ``token tag`` / ``token POS tag`` a line, blank line
    between sentences) -> entity-level exact-span P/R/F1 per type (PER, ORG, LOC)."""
    sentences = read_bio(path)
    tokens = [toks for toks, _ in sentences]
    gold = [tags for _, tags in sentences]
    model = EntityTagger.load(model_path)
    model.tag(tokens[:20], postprocess=postprocess)  # warm the word cache before timing
    start = time.perf_counter()
    pred = model.tag(tokens, postprocess=postprocess)
    elapsed = time.perf_counter() - start
    report = entity_scores(gold, pred)
    report.update(
        {
            "shouted_false": shouted_false_entities(tokens, gold, pred),
            "sentences": len(tokens),
            "tokens": sum(map(len, tokens)),
            "docs_per_s": len(tokens) / elapsed if elapsed else 0.0,
            "model": f"{model.name} {model.version}",
            "mode": "tagger + gazetteer rules" if postprocess else "tagger",
        }
    )
    return report


def shouted_false_entities(
    tokens: Sequence[Sequence[str]], gold: Sequence[Sequence[str]], pred: Sequence[Sequence[str]]
) -> int:
    """Predicted entities that are wrong and hold an ALL-CAPS word (two letters or more)
    that is outside every gold entity: names made of shouting (``VIRAL``, ``Demak JEBOL``)."""
    count = 0
    for toks, g_tags, p_tags in zip(tokens, gold, pred, strict=True):
        g = set(bio_spans(g_tags))
        inside = {i for _, s, e in g for i in range(s, e)}
        for span in bio_spans(p_tags):
            _, s, e = span
            if span not in g and any(
                i not in inside and toks[i].isalpha() and toks[i].isupper() and len(toks[i]) > 1 for i in range(s, e)
            ):
                count += 1
    return count


def print_entities_report(report: dict[str, object], path: str) -> None:
    per = report["per_type"]
    overall = report["overall"]
    assert isinstance(per, dict) and isinstance(overall, dict)  # noqa: S101, PT018 - narrows the types
    print(f"file      {path}")
    print(f"model     {report['model']} ({report['mode']})")
    print(f"sentences {report['sentences']}  tokens {report['tokens']}")
    print(f"{'type':<10}{'precision':>10}{'recall':>10}{'f1':>10}{'support':>10}")
    for typ, row in [*per.items(), ("overall", overall)]:
        print(f"{typ:<10}{row['precision']:>10.3f}{row['recall']:>10.3f}{row['f1']:>10.3f}{int(row['support']):>10d}")
    print(f"false entities on ALL-CAPS words outside names {report['shouted_false']}")
    print(f"docs/s    {report['docs_per_s']:.0f} (sentences)")
    print(f"entity-F1 {overall['f1']:.3f}")


# --- stories -----------------------------------------------------------------------------


def read_stories(path: Path | str) -> list[dict[str, Any]]:
    """Labelled story documents from a JSONL file (``id``, ``event``, ``published_at``,
    ``text``; optional ``title``) or from every ``*.jsonl`` file of a directory, sorted by
    publication time (then id)."""
    import json

    path = Path(path)
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    rows: list[dict[str, Any]] = []
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                row["_t"] = to_hours(row.get("published_at"))
                rows.append(row)
    rows.sort(key=lambda r: (r["_t"] if r["_t"] is not None else float("inf"), str(r["id"])))
    return rows


def bcubed(pred: Sequence[object], gold: Sequence[object]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a clustering against gold classes."""
    from collections import Counter

    n = len(gold)
    if n == 0:
        return 0.0, 0.0, 0.0
    pairs = Counter(zip(pred, gold, strict=True))
    size_p = Counter(pred)
    size_g = Counter(gold)
    prec = sum(c * c / size_p[p] for (p, _), c in pairs.items()) / n
    rec = sum(c * c / size_g[g] for (_, g), c in pairs.items()) / n
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return prec, rec, f1


def evaluate_stories(path: Path | str, **params: object) -> dict[str, object]:
    """Cluster the documents online in time order and score against their events."""
    rows = read_stories(path)
    clusterer = StoryClusterer(**params)  # type: ignore[arg-type]
    normalize("warm up the lexicon")
    start = time.perf_counter()
    pred = clusterer.add_batch(
        [r["id"] for r in rows],
        [(f"{r['title']}\n\n" if r.get("title") else "") + str(r.get("text") or "") for r in rows],
        [r.get("published_at") for r in rows],
    )
    elapsed = time.perf_counter() - start
    gold = [r["event"] for r in rows]
    prec, rec, f1 = bcubed(pred, gold)
    stories: dict[object, list[str]] = {}
    for p, g in zip(pred, gold, strict=True):
        stories.setdefault(p, []).append(g)
    biggest = sorted(stories.items(), key=lambda kv: (-len(kv[1]), str(kv[0])))
    top = [(len(g), max(set(g), key=g.count), clusterer.label(sid)) for sid, g in biggest]
    return {
        "docs": len(rows),
        "events": len(set(gold)),
        "stories": len(stories),
        "precision": prec,
        "recall": rec,
        "f1": f1,
        "docs_per_s": len(rows) / elapsed if elapsed else 0.0,
        "model": f"{MODEL_NAME} {MODEL_VERSION}",
        "top": top,
    }


def print_stories_report(report: dict[str, object], path: str, top: int = 10) -> None:
    print(f"file      {path}")
    print(f"model     {report['model']}")
    print(f"docs      {report['docs']} in {report['events']} events -> {report['stories']} stories")
    biggest = report["top"]
    assert isinstance(biggest, list)  # noqa: S101 - narrows the type
    for size, event, label in biggest[:top]:
        print(f"  {size:>4}  {event:<32} {label}")
    print(f"B-cubed precision {report['precision']:.3f}")
    print(f"B-cubed recall    {report['recall']:.3f}")
    print(f"docs/s    {report['docs_per_s']:.0f}")
    print(f"B-cubed-F1 {report['f1']:.3f}")


# --- places (region linking) ---------------------------------------------------------------


def read_places(path: Path | str) -> list[dict[str, Any]]:
    """Labelled texts from a JSONL file (or every ``*.jsonl`` of a directory): ``id``,
    ``kind`` (social | news | headline), ``text``, ``places`` = list of ``{text, start, end,
    code, sense}`` where ``code`` is the Kemendagri code the mention should link to and is
    empty for a word used in a non-place sense (``sense: word``) or a place that is no
    administrative region (``sense: place``: a village, a landmark, Puncak in Bogor)."""
    import json

    path = Path(path)
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    rows: list[dict[str, Any]] = []
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rows.append(json.loads(line))
    return rows


def _level(code: str) -> str:
    if len(code) == 2:
        return "provinsi"
    if len(code) == 5:
        return "kota" if code[3] == "7" else "kabupaten"
    return "kecamatan"


def _prf(tp_p: int, n_pred: int, tp_g: int, n_gold: int) -> dict[str, float]:
    prec = tp_p / n_pred if n_pred else 0.0
    rec = tp_g / n_gold if n_gold else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"precision": prec, "recall": rec, "f1": f1, "predicted": n_pred, "gold": n_gold}


def evaluate_places(path: Path | str) -> dict[str, object]:
    """Place linking as the map sees it: every entity of :func:`extract_entities_many`
    that carries a region code (places and regional offices) is a predicted
    ``(span, code)`` pair. A prediction is correct when its code is the code of a gold
    place of the same text; a gold place is found when some prediction of its text has its
    code. Also: the same per gold/predicted level (provinsi, kabupaten, kota, kecamatan)
    and per kind of text, a strict variant (the spans must overlap too), and the number of
    links made on words used in a non-place sense."""
    rows = read_places(path)
    tagger = EntityTagger.load()
    texts = [str(r.get("text") or "") for r in rows]
    tagger.extract_many(texts[:10])  # warm the word cache before timing
    start = time.perf_counter()
    preds = tagger.extract_many(texts)
    elapsed = time.perf_counter() - start
    groups: dict[str, list[int]] = {}  # key -> [tp_pred, n_pred, tp_gold, n_gold]

    def add(key: str, tp_p: int, n_p: int, tp_g: int, n_g: int) -> None:
        acc = groups.setdefault(key, [0, 0, 0, 0])
        for i, v in enumerate((tp_p, n_p, tp_g, n_g)):
            acc[i] += v

    strict = [0, 0, 0, 0]
    word_links = 0
    errors: list[tuple[str, str, str]] = []  # (id, "FP"|"FN", description)
    for row, ents in zip(rows, preds, strict=True):
        gold = [p for p in row.get("places", []) if p.get("code")]
        gold_codes = {p["code"] for p in gold}
        linked = [e for e in ents if e.region_code]
        pred_codes = {e.region_code for e in linked}
        kind = str(row.get("kind") or "other")
        for e in linked:
            ok = e.region_code in gold_codes
            add("all", int(ok), 1, 0, 0)
            add("kind:" + kind, int(ok), 1, 0, 0)
            add("level:" + _level(str(e.region_code)), int(ok), 1, 0, 0)
            hit = any(p["code"] == e.region_code and p["start"] < e.end and e.start < p["end"] for p in gold)
            strict[0] += int(hit)
            strict[1] += 1
            if not ok:
                errors.append((row["id"], "FP", f"{e.text!r} -> {e.region_code} ({e.type})"))
            for p in row.get("places", []):
                if p.get("sense") == "word" and p["start"] < e.end and e.start < p["end"]:
                    word_links += 1
                    break
        for p in gold:
            ok = p["code"] in pred_codes
            add("all", 0, 0, int(ok), 1)
            add("kind:" + kind, 0, 0, int(ok), 1)
            add("level:" + _level(p["code"]), 0, 0, int(ok), 1)
            hit = any(e.region_code == p["code"] and p["start"] < e.end and e.start < p["end"] for e in linked)
            strict[2] += int(hit)
            strict[3] += 1
            if not ok:
                errors.append((row["id"], "FN", f"{p['text']!r} = {p['code']}"))
    report: dict[str, object] = {key: _prf(*acc) for key, acc in sorted(groups.items())}
    report.update(
        {
            "docs": len(rows),
            "strict": _prf(*strict),
            "word_links": word_links,
            "word_senses": sum(1 for r in rows for p in r.get("places", []) if p.get("sense") == "word"),
            "errors": errors,
            "texts": {r["id"]: r["text"] for r in rows},
            "docs_per_s": len(rows) / elapsed if elapsed else 0.0,
            "model": f"{tagger.name} {tagger.version} + {tagger.gazetteer.version}",
        }
    )
    return report


def print_places_report(report: dict[str, object], path: str, errors: bool = False) -> None:
    print(f"file      {path}")
    print(f"model     {report['model']}")
    print(f"docs      {report['docs']}")
    print(f"{'group':<18}{'precision':>10}{'recall':>10}{'f1':>8}{'predicted':>10}{'gold':>6}")
    keys = [k for k in report if k.startswith(("kind:", "level:"))]
    for key in [*keys, "strict", "all"]:
        row = report.get(key)
        if not isinstance(row, dict):
            continue
        print(
            f"{key:<18}{row['precision']:>10.3f}{row['recall']:>10.3f}{row['f1']:>8.3f}"
            f"{row['predicted']:>10d}{row['gold']:>6d}"
        )
    print(f"links on non-place words {report['word_links']} of {report['word_senses']}")
    if errors:
        texts = report["texts"]
        assert isinstance(texts, dict)  # noqa: S101 - narrows the type
        for doc_id, what, desc in report["errors"]:  # type: ignore[attr-defined]
            print(f"  {what} {doc_id} {desc}  | {texts[doc_id]}")
    print(f"docs/s    {report['docs_per_s']:.0f}")
    overall = report["all"]
    assert isinstance(overall, dict)  # noqa: S101 - narrows the type
    print(f"places-P {overall['precision']:.3f} R {overall['recall']:.3f}")
    print(f"places-F1 {overall['f1']:.3f}")
