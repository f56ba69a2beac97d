"""Build coopdesk's one-folder bundle for the platform this runs on, and its packages.

    python packaging/build.py [--tarball] [--installer] [--check-installer]

1. installs coopdesk (``pip install --no-deps --target``) into ``build/stage``:
   PyInstaller does not follow editable installs, and the bundle then holds exactly
   what ``pip install .`` installs;
2. renders the icons from ``resources/icons/app/coopdesk.svg`` (``build/icons``);
3. runs PyInstaller on ``packaging/coopdesk.spec``: ``dist/coopdesk/``;
4. prints the bundle's size and the build time, and writes them with the version to
   ``dist/build-info.json`` (read by the smoke test and the benchmarks).

On Linux it needs ``icupkg`` (``icu-devtools``), ``nm`` and a C compiler, with which
``coopdesk.spec`` cuts ICU's locale data (``packaging/icu_data.py``).

``--tarball`` (Linux): ``dist/coopdesk-VERSION-linux-x86_64.tar.gz``, the bundle with
its menu entry, icons and ``install.sh``. ``--installer`` (Windows):
``dist/coopdesk-VERSION-setup.exe`` with NSIS's ``makensis``. ``--check-installer``
compiles the NSIS script against this bundle wherever ``makensis`` runs (Linux CI
included) and throws the result away: the script is checked, nothing is shipped.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
BUILD = ROOT / "build"
DIST = ROOT / "dist"
BUNDLE = DIST / "coopdesk"
WINDOWS = sys.platform == "win32"


def run(*command: str | Path, **kwargs: object) -> None:
    print("$", " ".join(str(c) for c in command), flush=True)
    subprocess.run([str(c) for c in command], check=True, **kwargs)  # type: ignore[call-overload]


def stage() -> tuple[Path, str]:
    """Install coopdesk (without its dependencies, already in this environment) into
    ``build/stage``; returns the folder and the version installed."""
    target = BUILD / "stage"
    shutil.rmtree(target, ignore_errors=True)
    run(
        sys.executable,
        "-m",
        "pip",
        "install",
        "--quiet",
        "--no-deps",
        "--no-compile",
        "--target",
        target,
        ROOT,
    )
    from importlib import metadata

    found = [d for d in metadata.distributions(path=[str(target)]) if d.name == "coopdesk"]
    if not found:
        raise SystemExit("coopdesk was not installed into build/stage")
    version = found[0].version
    init = (target / "coopdesk" / "__init__.py").read_text("utf-8")
    if f'__version__ = "{version}"' not in init:
        raise SystemExit(
            f"coopdesk/__init__.py and pyproject.toml disagree on the version ({version})"
        )
    return target, version


def folder_size(folder: Path) -> tuple[int, int]:
    """(bytes, files) of everything under ``folder``."""
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def pyinstaller(stage_dir: Path, icons: Path) -> None:
    env = dict(os.environ, COOPDESK_STAGE=str(stage_dir), COOPDESK_ICONS=str(icons))
    env.pop("PYTHONPATH", None)
    run(
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        DIST,
        "--workpath",
        BUILD / "pyinstaller",
        PACKAGING / "coopdesk.spec",
        cwd=PACKAGING,
        env=env,
    )


def tarball(version: str, icons: Path) -> Path:
    """The Linux bundle as a .tar.gz: the program, its menu entry, icons, install.sh."""
    machine = platform.machine().lower() or "unknown"
    name = f"coopdesk-{version}-linux-{machine}"
    out = DIST / f"{name}.tar.gz"
    linux = PACKAGING / "linux"
    desktop = (linux / "coopdesk.desktop").read_text("utf-8")

    def executable(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        return info

    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(BUNDLE, f"{name}/coopdesk", filter=executable)
        tar.add(icons / "hicolor", f"{name}/icons/hicolor", filter=executable)
        for script in ("install.sh",):
            tar.add(linux / script, f"{name}/{script}", filter=executable)
        data = desktop.encode("utf-8")
        info = tarfile.TarInfo(f"{name}/coopdesk.desktop")
        info.size = len(data)
        info.mode = 0o644
        info.mtime = int(time.time())
        import io

        tar.addfile(info, io.BytesIO(data))
        readme = (linux / "README.txt").read_text("utf-8").replace("@VERSION@", version)
        info = tarfile.TarInfo(f"{name}/README.txt")
        data = readme.encode("utf-8")
        info.size = len(data)
        info.mode = 0o644
        info.mtime = int(time.time())
        tar.addfile(info, io.BytesIO(data))
    return out


def makensis(version: str, icons: Path, out: Path, check_only: bool = False) -> None:
    tool = shutil.which("makensis")
    if tool is None:
        raise SystemExit(
            "makensis not found: install NSIS (Windows: https://nsis.sourceforge.io, "
            "Debian/Ubuntu: sudo apt install nsis)"
        )
    numeric = ".".join([*version.split("+")[0].split("."), "0", "0", "0"][:4])
    command: list[str | Path] = [
        tool,
        "-V2",
        "-WX",  # a warning fails the build: the script stays clean
        "-INPUTCHARSET",
        "UTF8",
        f"-DVERSION={version}",
        f"-DVERSION_NUMERIC={''.join(c for c in numeric if c.isdigit() or c == '.')}",
        f"-DBUNDLE={BUNDLE}",
        f"-DICON={icons / 'coopdesk.ico'}",
        f"-DOUTFILE={out}",
    ]
    if check_only:
        command.append("-DCHECK_ONLY")
    command.append(PACKAGING / "windows" / "coopdesk.nsi")
    run(*command)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tarball", action="store_true", help="Linux: the .tar.gz too")
    parser.add_argument("--installer", action="store_true", help="Windows: the NSIS installer")
    parser.add_argument(
        "--check-installer",
        action="store_true",
        help="compile the NSIS script against this bundle, to check it (any platform)",
    )
    args = parser.parse_args()
    if sys.platform.startswith("linux"):  # ICU's data is cut (icu_data.py)
        missing = [tool for tool in ("icupkg", "nm", "cc") if shutil.which(tool) is None]
        if missing:
            raise SystemExit(
                f"{', '.join(missing)} not found: the build cuts ICU's locale data with "
                "them (Debian/Ubuntu: sudo apt install icu-devtools binutils gcc)"
            )
    started = time.monotonic()
    stage_dir, version = stage()
    sys.path.insert(0, str(PACKAGING))
    from icons import write_icons

    icons = BUILD / "icons"
    shutil.rmtree(icons, ignore_errors=True)
    write_icons(icons)
    pyinstaller(stage_dir, icons)
    bundle_seconds = time.monotonic() - started
    size, files = folder_size(BUNDLE)
    info: dict[str, object] = {
        "version": version,
        "platform": sys.platform,
        "bundle": str(BUNDLE),
        "bundle_bytes": size,
        "bundle_files": files,
        "build_seconds": round(bundle_seconds, 1),
    }
    print(
        f"bundle: {BUNDLE} — coopdesk {version}, {files} files, "
        f"{size / 1e6:.1f} MB unpacked, built in {bundle_seconds:.0f} s"
    )
    if args.tarball:
        out = tarball(version, icons)
        info["tarball"] = str(out)
        info["tarball_bytes"] = out.stat().st_size
        print(f"tarball: {out} ({out.stat().st_size / 1e6:.1f} MB)")
    if args.installer:
        out = DIST / f"coopdesk-{version}-setup.exe"
        makensis(version, icons, out)
        info["installer"] = str(out)
        info["installer_bytes"] = out.stat().st_size
        print(f"installer: {out} ({out.stat().st_size / 1e6:.1f} MB)")
    if args.check_installer:
        out = BUILD / "installer-check.exe"
        makensis(version, icons, out, check_only=True)
        out.unlink()
        print("installer script: compiles with makensis")
    info["total_seconds"] = round(time.monotonic() - started, 1)
    (DIST / "build-info.json").write_text(json.dumps(info, indent=2), "utf-8")
    print(f"done in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
