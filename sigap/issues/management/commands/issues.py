"""`sigap issues evaluate DIR`: measure the early warning on labelled scenarios (docs/scenarios.md)."""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from sigap.issues.evaluation import ScenarioError, evaluate_dir, evaluate_one, totals
from sigap.issues.evaluation.metrics import summary_line
from sigap.issues.evaluation.report import scenario_lines


class Command(BaseCommand):
    help = "Peringatan dini: ukur pada skenario berlabel (sigap issues evaluate FOLDER)."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        evaluate = sub.add_parser("evaluate", help="replay every scenario in DIR into a scratch database and score it")
        evaluate.add_argument("directory", type=Path)
        evaluate.add_argument("--jobs", type=int, default=2, help="scenarios replayed at once")
        evaluate.add_argument("--scenario", action="append", help="only this scenario (file name without suffix)")
        evaluate.add_argument("--json", type=Path, help="also write every result to this JSON file")
        one = sub.add_parser("evaluate-one", help="(internal) replay one scenario into the current database")
        one.add_argument("config", type=Path)
        one.add_argument("--out", type=Path, required=True)

    def handle(self, *args, action, **options):
        if action == "evaluate-one":
            result = evaluate_one(options["config"])
            options["out"].write_text(json.dumps(result, ensure_ascii=False, default=str), encoding="utf-8")
            return
        directory = options["directory"]
        if not directory.is_dir():
            raise CommandError(f"Folder tidak ditemukan: {directory}")

        def progress(result):
            self.stderr.write(f"selesai: {result['name']}")

        try:
            results, problems = evaluate_dir(
                directory, jobs=options["jobs"], only=options["scenario"], progress=progress
            )
        except ScenarioError as exc:
            raise CommandError(str(exc)) from None
        for problem in problems:
            self.stderr.write(f"dilewati: {problem}")
        if not results:
            raise CommandError(f"Tidak ada skenario (NAMA.jsonl + NAMA.yaml) di {directory}.")
        for result in results:
            self.stdout.write("\n".join(scenario_lines(result)))
        if options["json"]:
            options["json"].write_text(json.dumps(results, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
        self.stdout.write(summary_line(totals(results)))
