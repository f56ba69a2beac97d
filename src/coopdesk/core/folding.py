"""How every search compares text: accents, case and ligatures ignored.

One function, :func:`fold_name`, folds a name or a title ("Œuvray" is "oeuvray",
"Québécoises" is "quebecoises", "HÉLÈNE" is "helene"). People are searched in SQL
against their stored folded name (``Person.sort_key``, written with this function);
events, few in any office, are folded here in Python (:func:`words_match`), so the
window's event search and the command line's event lookup find what people search
finds.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import lru_cache

# Letters NFKD does not decompose but a French reader takes for two: "Œuvray", "Lætitia".
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae"})


def fold_name(text: str | None) -> str:
    """A name with accents, case and ligatures ignored: ``Œuvray`` is ``oeuvray``.

    Stored in ``Person.sort_key``: a change here changes the stored keys' meaning.
    """
    if not text:
        return ""
    if text.isascii():  # most names and titles: case alone (casefold is lower here)
        return text.lower().strip()
    return _fold_unicode(text)


@lru_cache(maxsize=16384)  # the same organisation names and titles at each keystroke
def _fold_unicode(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_LIGATURES))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip()


def words_match(search: str, texts: Iterable[str | None]) -> bool:
    """Whether every word of ``search`` is in one of ``texts``, folded: "assises
    quebecoises" finds "Assises franco-québécoises" (the rule of people search)."""
    folded = [fold_name(t) for t in texts if t]
    return all(any(word in text for text in folded) for word in fold_name(search).split())
