"""The sentences of the access rights' errors (read-only accounts, roles, sign-in), in French
and English (part of :mod:`coopdesk.core.messages`)."""

from __future__ import annotations

SENTENCES: dict[str, dict[str, str]] = {
    "fr": {
        "access.read_only": "Votre compte « {user} » est en lecture seule : il peut "
        "consulter et exporter, mais ne peut rien créer, modifier ni supprimer. "
        "Demandez le rôle de rédacteur à l'administrateur de la base.",
        "access.admin_only.restore": "Seul un administrateur peut restaurer une "
        "sauvegarde (elle remplace tout le contenu de la base) : votre compte "
        "« {user} » ne le peut pas. Rien n'a été modifié.",
        "access.admin_only.erase": "Seul un administrateur peut effacer une personne : "
        "votre compte « {user} » ne le peut pas. Rien n'a été modifié.",
        "access.admin_only.purge": "Seul un administrateur peut purger les données "
        "personnelles : votre compte « {user} » ne le peut pas. Rien n'a été modifié.",
        "access.admin_only.change_log": "Seul un administrateur peut modifier ou "
        "supprimer des entrées du journal des modifications : votre compte « {user} » "
        "ne le peut pas. Rien n'a été modifié.",
        "access.log_append_only": "Le journal des modifications ne peut qu'être "
        "complété : ses entrées ne se modifient ni ne se suppriment. Rien n'a été "
        "modifié.",
        "access.denied": "Le serveur a refusé cette action à votre compte « {user} » : "
        "son rôle ne le permet pas. Rien n'a été modifié.",
        "access.roles_need_owner": "Seul un superutilisateur du serveur, ou un compte "
        "qui peut créer des rôles (CREATEROLE), peut créer ou donner les rôles de "
        "coopdesk : votre compte « {user} » ne le peut pas. Rien n'a été modifié.",
        "access.upgrade_needs_owner": "Cette base doit être mise à jour pour cette "
        "version de coopdesk, et seul son propriétaire peut le faire : votre compte "
        "« {user} » ne le peut pas. Demandez-lui de lancer « coopdesk db upgrade ».",
        "access.bad_prefix": "« {value} » ne peut pas servir de préfixe de rôle "
        "(lettres minuscules, chiffres et _, 40 caractères au plus).",
        "access.sqlite_no_roles": "Une base SQLite n'a pas de rôles : chacun de ses "
        "utilisateurs en est administrateur. Les rôles existent sur un serveur "
        "PostgreSQL.",
        "access.no_roles": "Les rôles {prefix}_reader, {prefix}_editor et "
        "{prefix}_admin n'existent pas encore sur ce serveur : créez-les avec "
        "« coopdesk db roles ».",
        "access.no_such_login": "Le serveur ne connaît pas l'utilisateur « {login} » : "
        "créez-le d'abord (CREATE ROLE {login} LOGIN PASSWORD '…').",
    },
    "en": {
        "access.read_only": "Your account “{user}” is read-only: it may look and export, "
        "but not create, change or delete anything. Ask the database's administrator "
        "for the editor role.",
        "access.admin_only.restore": "Only an administrator may restore a backup (it "
        "replaces the whole content of the database): your account “{user}” may not. "
        "Nothing was changed.",
        "access.admin_only.erase": "Only an administrator may erase a person: your "
        "account “{user}” may not. Nothing was changed.",
        "access.admin_only.purge": "Only an administrator may purge personal data: your "
        "account “{user}” may not. Nothing was changed.",
        "access.admin_only.change_log": "Only an administrator may change or delete "
        "entries of the change log: your account “{user}” may not. Nothing was changed.",
        "access.log_append_only": "The change log can only grow: its entries are "
        "neither changed nor deleted. Nothing was changed.",
        "access.denied": "The server refused this action to your account “{user}”: its "
        "role does not allow it. Nothing was changed.",
        "access.roles_need_owner": "Only a superuser of the server, or an account that "
        "may create roles (CREATEROLE), may create or give coopdesk's roles: your "
        "account “{user}” may not. Nothing was changed.",
        "access.upgrade_needs_owner": "This database needs upgrading for this version of "
        "coopdesk, which only its owner may do: your account “{user}” may not. Ask them "
        "to run “coopdesk db upgrade”.",
        "access.bad_prefix": "“{value}” cannot be a role prefix (lower-case letters, "
        "digits and _, at most 40 characters).",
        "access.sqlite_no_roles": "A SQLite database has no roles: each of its users is "
        "its administrator. Roles exist on a PostgreSQL server.",
        "access.no_roles": "The roles {prefix}_reader, {prefix}_editor and {prefix}_admin "
        "do not exist on this server yet: create them with “coopdesk db roles”.",
        "access.no_such_login": "The server has no user “{login}”: create it first "
        "(CREATE ROLE {login} LOGIN PASSWORD '…').",
    },
}
