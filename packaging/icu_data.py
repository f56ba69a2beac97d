"""ICU's data for Qt on Linux, cut to what coopdesk reads (``coopdesk.spec`` uses it).

PySide6's Linux wheels carry ICU, whose data library (``libicudata.so.NN``, 32 MB)
holds CLDR's data for every locale. Qt reads it for sorting (``QCollator``, the sort
of lists), time zones' names, case mapping and text codecs, always in the locale of
the interface: French or English (``fr_FR``, ``en_GB``, or the system's own French or
English, such as ``fr_BE`` or ``en_US``). So the bundle ships a data library with:

- every item that is not one locale's: Unicode properties and normalisation, the
  collation tables (``coll/ucadata.icu``), the time zone rules and their metazones,
  the codecs, the locales' index and shared pools;
- the locale items of ``root``, French and English in every tree (locales, collation,
  zone names, currencies, units, languages, territories, number spelling);
- not: the other ~800 locales' items, the transliterators (Qt has no
  transliteration) and the dictionaries of the word breakers for Chinese, Japanese,
  Thai, Lao, Khmer and Burmese (Qt breaks text with its own Unicode tables).

The same ICU version's tools cut it: ``icupkg`` (Debian's ``icu-devtools``) removes
the items, and the C compiler turns the package back into a library exporting the
``icudtNN_dat`` symbol that ``libicuuc`` reads. Only on Linux: PySide6's Windows
wheels carry no ICU library, nothing is cut there. ``packaging/smoke.py`` compares
sorting, time zone names and dates of the bundle with those of PySide6's own ICU.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from pathlib import Path

# Languages whose locale items stay (with root, and every regional form of them).
KEPT_LANGUAGES = ("fr", "en")
_LOCALE_ITEM = re.compile(r"^([a-z]{2,3})(?:_[A-Za-z0-9]*)*\.res$")  # de__PHONEBOOK too
_STRUCTURE = ("root.res", "res_index.res", "pool.res")
_DROPPED_TREES = ("translit/",)
_DROPPED_SUFFIXES = (".dict",)  # brkitr: word-break dictionaries


class IcuToolMissing(RuntimeError):
    pass


def dropped(item: str) -> bool:
    """Whether the bundle leaves out ``item`` (a name as ``icupkg -l`` lists it)."""
    if item.startswith(_DROPPED_TREES) or item.endswith(_DROPPED_SUFFIXES):
        return True
    base = item.rsplit("/", 1)[-1]
    match = _LOCALE_ITEM.match(base)
    if match is None or base in _STRUCTURE:
        return False
    return match.group(1) not in KEPT_LANGUAGES


def _symbol(library: Path) -> tuple[str, int, int]:
    """(name, address, size) of the ``icudtNN_dat`` symbol of ``library``."""
    listed = subprocess.run(
        ["nm", "-D", "--defined-only", "-S", str(library)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    for line in listed.splitlines():
        parts = line.split()
        if len(parts) == 4 and re.fullmatch(r"icudt\d+_dat", parts[3]):
            return parts[3], int(parts[0], 16), int(parts[1], 16)
    raise RuntimeError(f"no icudtNN_dat symbol in {library}")


def _file_offset(library: Path, address: int) -> int:
    """Where the byte loaded at ``address`` is in the file (ELF64 little-endian)."""
    data = library.read_bytes()
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise RuntimeError(f"{library} is not a little-endian ELF64 library")
    (shoff,) = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    for index in range(shnum):
        header = shoff + index * shentsize
        sh_type, _flags, sh_addr, sh_offset, sh_size = struct.unpack_from(
            "<IQQQQ", data, header + 4
        )
        if sh_type != 8 and sh_addr <= address < sh_addr + sh_size:  # not NOBITS
            return sh_offset + address - sh_addr
    raise RuntimeError(f"address {address:#x} is in no section of {library}")


def trim(library: Path, workdir: Path) -> tuple[Path, list[str]]:
    """A copy of ICU's data ``library`` without the items ``dropped()`` names, built in
    ``workdir``. Returns the new library and the items removed."""
    for tool in ("icupkg", "nm", "cc"):
        if shutil.which(tool) is None:
            raise IcuToolMissing(
                f"{tool} not found (Debian/Ubuntu: sudo apt install icu-devtools binutils gcc)"
            )
    shutil.rmtree(workdir, ignore_errors=True)
    workdir.mkdir(parents=True)
    symbol, address, size = _symbol(library)
    offset = _file_offset(library, address)
    with library.open("rb") as file:
        file.seek(offset)
        package = file.read(size)
    name = symbol.removesuffix("_dat")  # icudt73
    full = workdir / f"{name}l.dat"
    full.write_bytes(package)
    items = subprocess.run(
        ["icupkg", "-l", full.name], capture_output=True, text=True, check=True, cwd=workdir
    ).stdout.split()
    removed = [item for item in items if dropped(item)]
    (workdir / "removed.txt").write_text("\n".join(removed) + "\n", "utf-8")
    small = workdir / "out" / full.name
    small.parent.mkdir()
    command = ["icupkg", "-r", "removed.txt", full.name, str(small)]
    done = subprocess.run(command, cwd=workdir, capture_output=True, text=True)
    if done.returncode != 0:
        # The break rules name the dictionaries they would use: those, and only those,
        # may be missing.
        missing = re.findall(r"depends on missing item (\S+)", done.stderr)
        if not missing or not all(item.endswith(_DROPPED_SUFFIXES) for item in missing):
            raise RuntimeError(f"icupkg refused to cut ICU's data:\n{done.stderr[-3000:]}")
        subprocess.run([*command[:1], "--ignore-deps", *command[1:]], cwd=workdir, check=True)
    source = workdir / "icudata.S"
    source.write_text(
        "\t.section .rodata\n"
        f"\t.globl {symbol}\n"
        f"\t.type {symbol}, @object\n"
        "\t.balign 16\n"
        f"{symbol}:\n"
        f'\t.incbin "{small}"\n'
        f"\t.size {symbol}, . - {symbol}\n"
        '\t.section .note.GNU-stack,"",@progbits\n',
        "utf-8",
    )
    out = workdir / library.name
    subprocess.run(
        ["cc", "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-o", str(out), str(source)],
        check=True,
    )
    return out, removed
