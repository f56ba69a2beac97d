"""Searching people by their organisation's name, folded as every search is.

Names of people are folded in the database (``Person.sort_key``); organisations are
few, so their names are folded here, once per search, and a word of the search
selects the people of the organisations whose folded name holds it:
"federation quebecoise" finds the members of the Fédération québécoise des
municipalités, as "oeuvray" finds Lætitia Œuvray.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, bindparam, select

from coopdesk.core.folding import fold_name
from coopdesk.core.model import Organisation, Person
from coopdesk.core.services._base import contains_text


def in_organisation(conn: Connection) -> Callable[[str], Any]:
    """For one word of a search, the clause "the person's organisation's name holds
    it", accents, case and ligatures aside (for ``contains_text(also=...)``)."""
    names = [(i, fold_name(n)) for i, n in conn.execute(select(Organisation.id, Organisation.name))]

    def clause(word: str) -> Any:
        folded = fold_name(word)
        found = [i for i, name in names if folded in name]
        # Ids written into the statement: a word found in thousands of names would
        # otherwise pass the databases' limit of bound parameters.
        return Person.organisation_id.in_(
            bindparam("organisations", found, unique=True, expanding=True, literal_execute=True)
        )

    return clause


def person_text(conn: Connection, search: str) -> Any:
    """The people search's WHERE clause: every word in a name (folded), the name in its
    own script, the e-mail, or the organisation's name (folded)."""
    return contains_text(
        search,
        Person.last_name,
        Person.first_name,
        Person.native_name,
        Person.email,
        folded=Person.sort_key,
        also=in_organisation(conn),
    )
