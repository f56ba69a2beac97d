"""The sentences of the table plans' errors, in French and English (part of
:mod:`coopdesk.core.messages`)."""

from __future__ import annotations

SENTENCES: dict[str, dict[str, str]] = {
    "fr": {
        "seating.plan_changed": "Quelqu'un d'autre a modifié ce plan de table entre-temps : "
        "rouvrez-le, rien n'a été enregistré.",
        "seating.unknown_shape": "« {value} » n'est pas une forme de table (ronde, "
        "rectangulaire, en U, en T ou impériale).",
        "seating.bad_seat_count": "Une table de cette forme a de {low} à {high} places, "
        "pas {value}.",
        "seating.unknown_style": "« {value} » n'est pas un usage de placement (french ou english).",
        "seating.unknown_template": "Pas de salle type « {value} ». Salles connues : {known}.",
        "seating.unknown_rule": "« {value} » n'est pas une règle de placement.",
        "seating.unknown_paper": "Le plan s'imprime en A4 ou en A3, pas en « {value} ».",
        "seating.already_planned": "Ce repas a déjà un plan de table.",
        "seating.table_number_taken": "Il y a déjà une table numéro {number}.",
        "seating.no_tables": "Ce plan n'a pas encore de table : ajoutez-en avant de placer.",
        "seating.no_such_seat": "La table {table} n'a pas de place {seat}.",
        "seating.not_a_guest": "Cette personne n'est pas invitée à ce repas.",
        "seating.not_seated": "Cette personne n'a pas de place à ce repas.",
        "seating.nobody_seated": "Personne n'est encore placé pour « {title} ».",
        "seating.meal_not_found": "Aucun repas « {item} » dans « {event} ».",
        "seating.meal_ambiguous": "Plusieurs repas répondent à « {item} » : {titles}. "
        "Précisez le titre ou donnez le numéro.",
        "seating.no_plan": "Le repas « {item} » n'a pas encore de plan de table : "
        "lancez « coopdesk seating place » d'abord.",
        "seating.guest_not_found": "Personne ne s'appelle « {name} » parmi les invités "
        "de « {title} ».",
        "seating.guest_ambiguous": "Plusieurs invités répondent à « {name} » : {names}.",
        "seating.table_not_found": "Pas de table « {table} » dans ce plan.",
        "seating.choose_a_meal": "Choisissez d'abord un repas dans le programme.",
        "seating.not_a_number": "« {value} » n'est pas un nombre.",
        "seating.bad_pair": "Il faut deux invités différents pour les tenir éloignés.",
        "seating.not_a_meal": "« {title} » n'est pas un repas : seuls les repas du programme "
        "ont un plan de table.",
        "meal.not_found": "Ce plan de table n'existe plus.",
        "meal_table.not_found": "Cette table n'existe plus.",
    },
    "en": {
        "seating.plan_changed": "Someone else changed this table plan in the meantime: "
        "open it again, nothing was saved.",
        "seating.unknown_shape": "'{value}' is not a table shape (round, rectangular, u, t "
        "or imperial).",
        "seating.bad_seat_count": "A table of this shape has {low} to {high} seats, not {value}.",
        "seating.unknown_style": "'{value}' is not a placement custom (french or english).",
        "seating.unknown_template": "No usual room '{value}'. Known rooms: {known}.",
        "seating.unknown_rule": "'{value}' is not a placement rule.",
        "seating.unknown_paper": "The plan prints on A4 or A3, not '{value}'.",
        "seating.already_planned": "This meal already has a table plan.",
        "seating.table_number_taken": "There is already a table number {number}.",
        "seating.no_tables": "This plan has no table yet: add some before placing.",
        "seating.no_such_seat": "Table {table} has no seat {seat}.",
        "seating.not_a_guest": "This person is not invited to this meal.",
        "seating.not_seated": "This person has no seat at this meal.",
        "seating.nobody_seated": "Nobody is seated yet for '{title}'.",
        "seating.meal_not_found": "No meal '{item}' in '{event}'.",
        "seating.meal_ambiguous": "Several meals match '{item}': {titles}. "
        "Give the full title or the number.",
        "seating.no_plan": "The meal '{item}' has no table plan yet: run "
        "'coopdesk seating place' first.",
        "seating.guest_not_found": "Nobody called '{name}' among the guests of '{title}'.",
        "seating.guest_ambiguous": "Several guests match '{name}': {names}.",
        "seating.table_not_found": "No table '{table}' in this plan.",
        "seating.choose_a_meal": "Choose a meal in the programme first.",
        "seating.not_a_number": "'{value}' is not a number.",
        "seating.bad_pair": "Two different guests are needed to keep them apart.",
        "seating.not_a_meal": "'{title}' is not a meal: only the programme's meals have a "
        "table plan.",
        "meal.not_found": "This table plan no longer exists.",
        "meal_table.not_found": "This table no longer exists.",
    },
}
