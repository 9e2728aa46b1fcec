"""Evaluation commands: ``sigap text evaluate sentiment FILE``."""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path


def classification_report(gold: Sequence[str], pred: Sequence[str],
                          labels: Sequence[str]) -> dict[str, object]:
    per: dict[str, dict[str, float]] = {}
    for lab in labels:
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == lab and p == lab)
        fp = sum(1 for g, p in zip(gold, pred, strict=True) if g != lab and p == lab)
        fn = sum(1 for g, p in zip(gold, pred, strict=True) if g == lab and p != lab)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        per[lab] = {"precision": prec, "recall": rec, "f1": f1, "support": tp + fn}
    present = [lab for lab in labels if per[lab]["support"] > 0] or list(labels)
    macro = sum(per[lab]["f1"] for lab in present) / len(present)
    acc = sum(1 for g, p in zip(gold, pred, strict=True) if g == p) / max(len(gold), 1)
    return {"per_class": per, "macro_f1": macro, "accuracy": acc}


def evaluate_sentiment(path: Path | str, model_path: Path | None = None) -> dict[str, object]:
    from sigap.text._data import read_sentiment
    from sigap.text.sentiment import LABELS, SentimentModel

    texts, gold = read_sentiment(path)
    model = SentimentModel.load(model_path)
    model.predict(texts[:10])  # warm the caches before timing
    start = time.perf_counter()
    pred = [s.label for s in model.predict(texts)]
    elapsed = time.perf_counter() - start
    report = classification_report(gold, pred, LABELS)
    report.update({"docs": len(texts), "docs_per_s": len(texts) / elapsed if elapsed else 0.0,
                   "model": f"{model.name} {model.version}"})
    return report


def print_sentiment_report(report: dict[str, object], path: str) -> None:
    per = report["per_class"]
    assert isinstance(per, dict)
    print(f"file      {path}")
    print(f"model     {report['model']}")
    print(f"docs      {report['docs']}")
    print(f"{'class':<10}{'precision':>10}{'recall':>10}{'f1':>10}{'support':>10}")
    for lab, row in per.items():
        print(f"{lab:<10}{row['precision']:>10.3f}{row['recall']:>10.3f}{row['f1']:>10.3f}"
              f"{int(row['support']):>10d}")
    print(f"accuracy  {report['accuracy']:.3f}")
    print(f"docs/s    {report['docs_per_s']:.0f}")
    print(f"macro-F1 {report['macro_f1']:.3f}")


def evaluate_lang(path: Path | str) -> dict[str, object]:
    """``text<TAB>code`` lines (codes id, en, jv, su, und)."""
    from sigap.text.lang import LANGS, UNDETERMINED, LanguageModel

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
    report.update({"docs": len(texts), "docs_per_s": len(texts) / elapsed if elapsed else 0.0,
                   "model": "sigap-langid-nb"})
    return report


def print_lang_report(report: dict[str, object], path: str) -> None:
    print_sentiment_report(report, path)
