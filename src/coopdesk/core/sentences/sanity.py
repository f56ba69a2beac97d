"""The sentences of the import preview's warnings (dates far from the event, passports…), in
French and English (part of :mod:`coopdesk.core.messages`)."""

from __future__ import annotations

SENTENCES: dict[str, dict[str, str]] = {
    "fr": {
        "import.warn.date_far": "{count_text} loin de l'événement (du {start} au {end}), "
        "par exemple le {example} : une date lue dans le mauvais ordre ou mal tapée ?",
        "import.warn.birth_date": "{count_text}, par exemple le {example}.",
        "import.warn.passport_expires": "{count_text} ({end}), par exemple le {example} : "
        "le passeport ne sera plus valable.",
        "import.warn.shared_email": "Le même courriel « {email} » pour {names} : "
        "sans doute celui de la personne qui a fait l'inscription. Il sera enregistré "
        "pour chacune.",
        "import.warn.same_person": "Même personne qu'à la ligne {other} ({how}) : seule "
        "la ligne {other} sera importée.",
        "import.warn.not_people": "Cette colonne ne semble pas contenir des noms de "
        "personnes ({examples}) : vérifiez les colonnes avant d'importer.",
        "import.warn.namesake_in_event": "Une personne nommée {name} figure déjà "
        "parmi les participants de l'événement ({organisation}) : cette ligne en créera "
        "une autre ; vérifiez qu'il ne s'agit pas de la même.",
        "import.warn.mixed_encoding": "texte lu en {other}, le reste du fichier en "
        "{encoding} (le fichier mélange deux encodages) : vérifiez les accents.",
    },
    "en": {
        "import.warn.date_far": "{count_text} far from the event ({start} to {end}), "
        "for example {example}: a date read in the wrong order, or mistyped?",
        "import.warn.birth_date": "{count_text}, for example {example}.",
        "import.warn.passport_expires": "{count_text} ({end}), for example {example}: the "
        "passport will no longer be valid.",
        "import.warn.shared_email": "The same e-mail “{email}” for {names}: probably "
        "that of whoever registered them. It will be stored for each of them.",
        "import.warn.same_person": "Same person as on row {other} ({how}): only row "
        "{other} will be imported.",
        "import.warn.not_people": "This column does not seem to hold people's names "
        "({examples}): check the columns before importing.",
        "import.warn.namesake_in_event": "Someone named {name} is already among the "
        "event's participants ({organisation}): this row will create another person; "
        "check that it is not the same one.",
        "import.warn.mixed_encoding": "text read as {other}, the rest of the file as "
        "{encoding} (the file mixes two encodings): check the accents.",
    },
}
