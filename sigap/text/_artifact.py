"""Deterministic, pickle-free artifact files: JSON and zip-of-.npy (readable by numpy.load).

``numpy.savez_compressed`` stamps the current time into the zip, so the same arrays give a
different file on every run; :func:`save_npz` writes fixed timestamps and sorted members so
that the same data and seed give a byte-identical artifact.

:func:`load_model` is how the models (sentiment, language, entities) load their artifact: once
per process and file, shared by every thread.
"""

from __future__ import annotations

import io
import json
import threading
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

T = TypeVar("T")
_models: dict[tuple[type, Path], Any] = {}
_models_lock = threading.RLock()  # a build may load another model


def save_npz(path: Path, arrays: dict[str, np.ndarray]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for name in sorted(arrays):
            arr = np.ascontiguousarray(arrays[name])
            member = io.BytesIO()
            np.lib.format.write_array(member, arr, allow_pickle=False)
            info = zipfile.ZipInfo(name + ".npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, member.getvalue(), compresslevel=9)
    path.write_bytes(buf.getvalue())


def load_npz(path: Path) -> dict[str, np.ndarray]:
    with np.load(path, allow_pickle=False) as data:
        return {k: data[k] for k in data.files}


def save_json(path: Path, obj: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(obj, ensure_ascii=False, sort_keys=True, indent=0, separators=(",", ":"))
    path.write_text(text + "\n", encoding="utf-8")


def load_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def load_model(kind: type[T], path: Path, build: Callable[[dict[str, np.ndarray], dict[str, Any]], T]) -> T:
    """The ``kind`` model of the artifact at ``path`` (arrays) and the ``.json`` beside it
    (metadata), made by ``build(arrays, meta)`` on first use, then the same object every time."""
    path = Path(path)
    with _models_lock:
        model = _models.get((kind, path))
        if model is None:
            missing = [p for p in (path, path.with_suffix(".json")) if not p.is_file()]
            if missing:
                raise FileNotFoundError(
                    f"{kind.__name__}: model artifact {', '.join(map(str, missing))} not found "
                    f"(the bundled ones are built with `sigap text train`)"
                )
            model = build(load_npz(path), load_json(path.with_suffix(".json")))
            _models[(kind, path)] = model
        return model
