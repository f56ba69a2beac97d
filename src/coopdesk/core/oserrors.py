"""What the system said when a file could not be read or written, in the user's
language: the system's own sentence is English ("[Errno 13] Permission denied"), and
a French officer reads "accès refusé" better, with the likely cause."""

from __future__ import annotations

import errno

from coopdesk.core.messages import user_language

_REASONS: dict[int, tuple[str, str]] = {
    errno.ENOENT: ("fichier ou dossier introuvable", "no such file or folder"),
    errno.EACCES: (
        "accès refusé (le fichier est peut-être ouvert dans un autre programme, "
        "ou le dossier protégé)",
        "access denied (the file may be open in another program, or the folder protected)",
    ),
    errno.EISDIR: ("c'est un dossier, pas un fichier", "it is a folder, not a file"),
    errno.ENOTDIR: (
        "une partie du chemin n'est pas un dossier",
        "part of the path is not a folder",
    ),
    errno.EEXIST: ("un fichier de ce nom existe déjà", "a file of that name already exists"),
    errno.ENOSPC: ("le disque est plein", "the disk is full"),
    errno.EROFS: ("le support est en lecture seule", "the medium is read-only"),
    errno.ENAMETOOLONG: ("le nom est trop long", "the name is too long"),
}
_REASONS[errno.EPERM] = _REASONS[errno.EACCES]


def os_reason(exc: OSError, language: str | None = None) -> str:
    """A short phrase for ``exc`` in ``language`` (the user's by default)."""
    english = (language or user_language()) == "en"
    known = _REASONS.get(exc.errno or -1)
    if known is not None:
        return known[english]
    return exc.strerror or str(exc)
