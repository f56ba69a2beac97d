"""Benchmarks of the frozen bundle (``python packaging/build.py`` first; skipped without it).

- start-up: a new process of the bundle (each run a fresh start, the disk cache warm as
  after the first start of the day) to its window showing the demo events, against
  the installed package started the same way in the same run (the same entry script,
  ``packaging/coopdesk_entry.py``, run by this environment's Python, with bytecode as
  an installed package has it) (target ≤ 1.2x);
- size: the bundle unpacked on disk, against the 200 MB budget. Its "times" are
  megabytes / 1000, so the ratio reads like the others (target ≤ 1.0x).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "coopdesk"
ENTRY = ROOT / "packaging" / "coopdesk_entry.py"
BUDGET_MB = 200.0


def _program() -> Path | None:
    for name in ("coopdesk.exe", "coopdesk"):
        if (BUNDLE / name).is_file():
            return BUNDLE / name
    print("  (no bundle in dist/coopdesk: python packaging/build.py builds it)")
    return None


def _start(command: list[str], url: str, home: Path) -> float:
    """Seconds from before the process starts to its window showing the events."""
    with tempfile.TemporaryDirectory() as out:
        env = dict(
            os.environ,
            COOPDESK_HOME=str(home),
            QT_QPA_PLATFORM="offscreen",
            COOPDESK_SELFTEST=out,
            COOPDESK_SELFTEST_QUICK="1",
            PYTHONPYCACHEPREFIX=str(home.parent / "bundle-pycache"),
        )
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["COOPDESK_SELFTEST_T0"] = repr(time.time())
        subprocess.run(
            [*command, "--database", url], env=env, check=True, capture_output=True, timeout=120
        )
        report = json.loads((Path(out) / "selftest.json").read_text("utf-8"))
    if not report.get("ok"):
        raise RuntimeError(report.get("error"))
    return float(report["window_after"])


def _demo(workdir: Path) -> str:
    from coopdesk.core.db import open_database
    from coopdesk.core.demo import has_events, load_demo

    url = f"sqlite:///{workdir / 'bundle-demo.sqlite3'}"
    db = open_database(url)
    if not has_events(db):
        load_demo(db)
    db.dispose()
    return url


def bench_bundle_startup(workdir: Path, repeat: int) -> tuple[float, float] | None:
    program = _program()
    if program is None:
        return None
    url = _demo(workdir)
    home = workdir / "bundle-home"
    frozen = [str(program)]
    installed = [sys.executable, str(ENTRY)]
    _start(frozen, url, home)  # untimed: the installed package's bytecode cache, the disk
    _start(installed, url, home)
    ours, base = [], []
    for _ in range(repeat):  # alternated, so that both see the same load
        ours.append(_start(frozen, url, home))
        base.append(_start(installed, url, home))
    return statistics.median(ours), statistics.median(base)


def bench_bundle_size(workdir: Path, repeat: int) -> tuple[float, float] | None:
    if _program() is None:
        return None
    size = sum(p.stat().st_size for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink())
    megabytes = size / 1e6
    print(f"  bundle: {megabytes:.1f} MB unpacked in {BUNDLE}")
    return megabytes / 1000, BUDGET_MB / 1000


BENCHMARKS = [
    (
        "bundle: process start to the window showing the demo events",
        "the installed package started the same way",
        bench_bundle_startup,
        1.2,
    ),
    (
        "bundle: size unpacked (MB/1000)",
        f"the {BUDGET_MB:.0f} MB budget",
        bench_bundle_size,
        1.0,
    ),
]
