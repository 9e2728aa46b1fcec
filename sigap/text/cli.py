"""``sigap text ...`` (also ``python -m sigap.text ...``).

sigap text train lexicon|sentiment|lang [--data DIR] [--seed N]
sigap text lodo [--C 3] [--no-baseline]   (sentiment, leave one data set out)
sigap text evaluate sentiment FILE
sigap text evaluate criticism FILE      (text<TAB>kritik|bukan)
sigap text evaluate lang FILE
sigap text train entities [--data DIR] [--seed N]
sigap text train background [--data DIR]
sigap text train regions --data IDN_AREA_DATA_CSV_DIR
sigap text evaluate entities FILE [--gazetteer]
sigap text evaluate stories FILE|DIR      (JSONL: id, event, published_at, text)
sigap text evaluate places FILE|DIR [--errors]  (JSONL: id, kind, text, places)
sigap text bench [--docs N] [--scale N] [--batch N] [--processes N]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from sigap.text import background, evaluate, train
from sigap.text.bench import run_bench
from sigap.text.train import DEFAULT_DATA


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="sigap text", description="Indonesian text pipeline")
    sub = p.add_subparsers(dest="command", required=True)
    tr = sub.add_parser("train", help="train a bundled artifact into sigap/text/models/")
    tr.add_argument(
        "what",
        choices=["lexicon", "sentiment", "sentiment-candidate", "lang", "entities", "regions", "background", "all"],
    )
    tr.add_argument("--out", type=Path, help="sentiment-candidate: where to write the artifact (.npz)")
    tr.add_argument("--data", type=Path, default=DEFAULT_DATA, help="training data folder")
    tr.add_argument("--seed", type=int, default=13)
    lo = sub.add_parser("lodo", help="sentiment: leave one data set out, beside a TF-IDF baseline")
    lo.add_argument("--data", type=Path, default=DEFAULT_DATA, help="training data folder")
    lo.add_argument("--C", type=float, default=3.0)
    lo.add_argument("--no-baseline", action="store_true")
    ev = sub.add_parser("evaluate", help="evaluate a model on a labelled file")
    ev.add_argument("what", choices=["sentiment", "criticism", "lang", "entities", "stories", "places"])
    ev.add_argument("file", type=Path)
    ev.add_argument("--model", type=Path, help="sentiment: score with this artifact instead of the shipped one")
    ev.add_argument(
        "--gazetteer", action="store_true", help="entities: also apply the gazetteer rules used by extract_entities"
    )
    ev.add_argument(
        "--errors", action="store_true", help="places: list false links and missed places (use on dev data only)"
    )
    add_bench_arguments(sub.add_parser("bench", help="print throughput figures (docs/s)"))
    return p


def add_bench_arguments(be: argparse.ArgumentParser) -> None:
    """The options of ``sigap text bench``, also those of ``sigap bench text``."""
    be.add_argument("--docs", type=int, default=20_000)
    be.add_argument("--scale", type=int, default=100_000, help="whole pipeline on a stream of N documents (0: skip)")
    be.add_argument("--batch", type=int, default=1000)
    be.add_argument(
        "--processes", type=int, default=1, help="also run the pipeline with entities in N-1 helper processes"
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(list(argv) if argv is not None else None)
    if args.command == "train":
        jobs = ["lexicon", "sentiment", "lang", "entities", "background"] if args.what == "all" else [args.what]
        for job in jobs:
            if job == "lexicon":
                print(train.train_lexicon(args.data))
            elif job == "sentiment":
                print(train.train_sentiment(args.data, seed=args.seed))
            elif job == "sentiment-candidate":
                if args.out is None:
                    print(
                        "sentiment-candidate needs --out FILE.npz (the shipped model is not replaced)", file=sys.stderr
                    )
                    return 2
                print(train.train_sentiment_candidate(args.out, args.data, seed=args.seed))
            elif job == "lang":
                print(train.train_lang(args.data))
            elif job == "entities":
                print(train.train_entities(args.data, seed=args.seed))
            elif job == "background":
                print(background.train(args.data))
            elif job == "regions":
                if not (args.data / "provinces.csv").exists():
                    print(
                        "--data must be the data/ folder of the idn-area-data npm package "
                        "(npm pack idn-area-data@4.0.1; tar xzf ...; see "
                        "sigap/text/models/regions.md)",
                        file=sys.stderr,
                    )
                    return 2
                print(train.train_regions(args.data))
        return 0
    if args.command == "lodo":
        from sigap.text import lodo

        lodo.print_table(lodo.run(args.data, C=args.C, baseline=not args.no_baseline))
        return 0
    if args.command == "evaluate":
        if not args.file.exists():
            print(f"no such file: {args.file}", file=sys.stderr)
            return 2

        if args.what == "places":
            report = evaluate.evaluate_places(args.file)
            evaluate.print_places_report(report, str(args.file), errors=args.errors)
        elif args.what == "stories":
            report = evaluate.evaluate_stories(args.file)
            evaluate.print_stories_report(report, str(args.file))
        elif args.what == "entities":
            report = evaluate.evaluate_entities(args.file, postprocess=args.gazetteer)
            evaluate.print_entities_report(report, str(args.file))
        elif args.what == "sentiment":
            report = evaluate.evaluate_sentiment(args.file, args.model)
            evaluate.print_sentiment_report(report, str(args.file))
        elif args.what == "criticism":
            report = evaluate.evaluate_criticism(args.file)
            evaluate.print_criticism_report(report, str(args.file))
        else:
            report = evaluate.evaluate_lang(args.file)
            evaluate.print_lang_report(report, str(args.file))
        return 0
    if args.command == "bench":
        run_bench(args.docs, scale=args.scale, batch=args.batch, processes=args.processes)
        return 0
    return 2  # pragma: no cover


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
