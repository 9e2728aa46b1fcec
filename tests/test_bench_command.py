"""`sigap bench <what>`: one command for every benchmark, only ever on a scratch database."""

import os
import subprocess
import sys

SIGAP = [sys.executable, "-m", "sigap"]


def sigap(tmp_path_factory, *args):
    # Not tmp_path: it is named after the test, and these tests' names contain "bench".
    folder = tmp_path_factory.mktemp("kantor")
    env = {
        **os.environ,
        "SIGAP_DEBUG": "1",
        "SIGAP_DATABASE_URL": f"sqlite:///{folder}/sigap.sqlite3",
        "SIGAP_DATA_DIR": str(folder / "data"),
    }
    return subprocess.run([*SIGAP, "bench", *args], env=env, capture_output=True, text=True, timeout=300)


def test_bench_refuses_a_database_whose_name_lacks_bench(tmp_path_factory):
    result = sigap(tmp_path_factory, "search", "--docs", "10")
    assert result.returncode == 1
    assert "arahkan SIGAP_DATABASE_URL ke basis data yang namanya memuat 'bench'" in result.stderr


def test_bench_help_lists_every_benchmark(tmp_path_factory):
    result = sigap(tmp_path_factory, "--help")
    assert result.returncode == 0
    for what in (
        "import",
        "search",
        "dashboard",
        "latency",
        "issues-rescore",
        "issues-latency",
        "alerts",
        "text",
        "all",
    ):
        assert f"\n    {what} " in result.stdout
