"""`sigap issues evaluate DIR`: replay labelled scenarios into scratch databases and measure
the early warning (events detected, false alarms, purity, fragmentation, levels on time).

``scenario.py`` reads a scenario, ``runner.py`` plays one into the current database,
``metrics.py`` scores it, ``report.py`` writes it for people, and ``evaluate_dir`` gives each
scenario a new SQLite database in a child process, so nothing touches the real database.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from django.conf import settings

from . import metrics
from .runner import run
from .scenario import ScenarioError, find, load

__all__ = ["ScenarioError", "evaluate_dir", "evaluate_one"]


def _env(database: Path, data_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update({
        "SIGAP_DATABASE_URL": f"sqlite:///{database}", "SIGAP_DATA_DIR": str(data_dir), "SIGAP_TASKS_BACKEND": "db",
        "SIGAP_SECRET_KEY": settings.SECRET_KEY, "SIGAP_SMTP_HOST": "", "SIGAP_LOG_LEVEL": "WARNING",
        "DJANGO_SETTINGS_MODULE": "sigap.settings",
    })  # fmt: skip
    env.pop("SIGAP_REDIS_URL", None)
    return env


def _sigap(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "sigap", *args], env=env, capture_output=True, text=True)  # noqa: S603 - our own CLI


def evaluate_dir(
    directory: Path, *, jobs: int = 2, only: list[str] | None = None, progress: Callable[[dict], None] | None = None
) -> tuple[list[dict], list[str]]:
    """Every scenario of ``directory`` replayed in its own new SQLite database (children run
    ``jobs`` at a time); returns the results in name order and the files that make no scenario."""
    configs, problems = find(directory)
    if only:
        configs = [c for c in configs if c.stem in only]
    results: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="sigap-evaluate-") as tmp:
        tmp_path = Path(tmp)
        template = tmp_path / "template.sqlite3"
        done = _sigap("migrate", "--noinput", "-v", "0", env=_env(template, tmp_path / "data"))
        if done.returncode != 0:
            raise ScenarioError(f"basis data sementara tidak dapat disiapkan: {done.stderr.strip()[-500:]}")

        def one(config: Path) -> dict:
            database = tmp_path / f"{config.stem}.sqlite3"
            shutil.copyfile(template, database)
            out = tmp_path / f"{config.stem}.json"
            child = _sigap(
                "issues",
                "evaluate-one",
                str(config),
                "--out",
                str(out),
                env=_env(database, tmp_path / f"data-{config.stem}"),
            )
            if child.returncode != 0 or not out.exists():
                lines = (child.stderr or child.stdout).strip().splitlines()
                result = {"name": config.stem, "error": lines[-1] if lines else "gagal tanpa pesan", "scored": False}
            else:
                result = json.loads(out.read_text(encoding="utf-8"))
            database.unlink(missing_ok=True)
            if progress:
                progress(result)
            return result

        with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
            results = list(pool.map(one, configs))
    return results, problems


def evaluate_one(config: Path) -> dict:
    """Replay one scenario into the current database (a scratch one) and score it."""
    try:
        scenario = load(config)
    except ScenarioError as exc:
        return {"name": config.stem, "error": str(exc), "scored": False}
    return run(scenario)


def totals(results: list[dict]) -> dict:
    return metrics.totals(results)
