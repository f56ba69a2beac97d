"""The sentences of lists that cannot be read (empty files, old formats, wrong kinds of file),
in French and English (part of :mod:`coopdesk.core.messages`)."""

from __future__ import annotations

SENTENCES: dict[str, dict[str, str]] = {
    "fr": {
        "import.file_empty": "Le fichier {path} est vide.",
        "import.old_excel": "{path} est un classeur Excel 97-2003 (.xls), un format que "
        "coopdesk ne lit pas : ouvrez-le dans Excel et enregistrez-le sous « Classeur "
        "Excel (.xlsx) », puis importez ce nouveau fichier.",
        "import.opendocument": "{path} est un classeur OpenDocument (.ods, LibreOffice) : "
        "ouvrez-le dans LibreOffice Calc et enregistrez-le au format Excel (.xlsx) ou CSV, "
        "puis importez ce nouveau fichier.",
        "import.binary_workbook": "{path} est un classeur Excel binaire (.xlsb) : "
        "enregistrez-le sous « Classeur Excel (.xlsx) », puis importez ce nouveau fichier.",
        "import.encrypted": "{path} est protégé par un mot de passe : ouvrez-le dans Excel, "
        "retirez le mot de passe (Fichier > Informations > Protéger le classeur > Chiffrer "
        "avec un mot de passe) et enregistrez-le, ou demandez une version sans mot de passe.",
        "import.pdf": "{path} est un document PDF : coopdesk lit les listes Excel "
        "(.xlsx) ou CSV. Demandez la liste dans l'un de ces formats, ou enregistrez-la "
        "ainsi depuis le logiciel qui l'a produite.",
        "import.word": "{path} est un document Word : copiez son tableau dans Excel, "
        "enregistrez-le en classeur (.xlsx), puis importez ce nouveau fichier.",
        "import.image": "{path} est une image : coopdesk lit les listes Excel (.xlsx) ou CSV.",
        "import.web_page": "{path} est en fait une page web ou un fichier XML (certains "
        "sites exportent ainsi) : ouvrez-le dans Excel et enregistrez-le sous « Classeur "
        "Excel (.xlsx) » ou en CSV, puis importez ce nouveau fichier.",
        "import.sheet_unknown": "Le classeur n'a pas de feuille « {sheet} ». Ses feuilles : "
        "{choices}.",
        "import.sheet_empty": "La feuille « {sheet} » est vide. Feuilles remplies : {choices}.",
        "import.workbook_empty": "Aucune feuille visible du classeur {path} ne contient de "
        "données (feuilles : {choices}).",
        "import.file_too_big": "{path} pèse {size} Mo : c'est trop pour une liste de "
        "participants (au plus {limit} Mo). Enregistrez seulement la feuille de la liste, "
        "ou découpez-la en plusieurs fichiers.",
        "import.workbook_too_big": "{path} se décompresse en plus de {limit} Mo : c'est "
        "trop pour une liste de participants. Le classeur est peut-être endommagé ou "
        "piégé ; enregistrez la liste seule dans un nouveau classeur.",
        "import.workbook_suspicious": "{path} contient une partie qui se décompresse {ratio} "
        "fois plus grosse qu'elle ne pèse : ce n'est pas un classeur ordinaire (peut-être un "
        "fichier piégé), coopdesk ne l'ouvre pas.",
        "import.too_many_columns": "La ligne {line} de {path} a {count} "
        "{count:colonne|colonnes} : ce n'est pas une liste de personnes (au plus {limit} "
        "colonnes). Vérifiez le séparateur.",
        "import.cell_too_long": "{path} contient une cellule de plus de {limit} caractères "
        "(vers la ligne {line}) : ce n'est pas une liste de personnes, ou un guillemet "
        "n'est pas refermé. Vérifiez le fichier et le séparateur.",
    },
    "en": {
        "import.file_empty": "The file {path} is empty.",
        "import.old_excel": "{path} is an Excel 97-2003 workbook (.xls), a format coopdesk "
        "does not read: open it in Excel, save it as “Excel Workbook (.xlsx)”, then import "
        "the new file.",
        "import.opendocument": "{path} is an OpenDocument spreadsheet (.ods, LibreOffice): "
        "open it in LibreOffice Calc, save it in Excel (.xlsx) or CSV format, then import "
        "the new file.",
        "import.binary_workbook": "{path} is a binary Excel workbook (.xlsb): save it as "
        "“Excel Workbook (.xlsx)”, then import the new file.",
        "import.encrypted": "{path} is protected by a password: open it in Excel, remove "
        "the password (File > Info > Protect Workbook > Encrypt with Password) and save it, "
        "or ask for a copy without a password.",
        "import.pdf": "{path} is a PDF document: coopdesk reads Excel (.xlsx) or CSV "
        "lists. Ask for the list in one of these formats, or save it that way from the "
        "program that made it.",
        "import.word": "{path} is a Word document: copy its table into Excel, save it "
        "as a workbook (.xlsx), then import the new file.",
        "import.image": "{path} is a picture: coopdesk reads Excel (.xlsx) or CSV lists.",
        "import.web_page": "{path} is really a web page or an XML file (some websites "
        "export that way): open it in Excel, save it as “Excel Workbook (.xlsx)” or CSV, "
        "then import the new file.",
        "import.sheet_unknown": "The workbook has no sheet “{sheet}”. Its sheets: {choices}.",
        "import.sheet_empty": "The sheet “{sheet}” is empty. Sheets with data: {choices}.",
        "import.workbook_empty": "No visible sheet of the workbook {path} holds any data "
        "(sheets: {choices}).",
        "import.file_too_big": "{path} is {size} MB: too much for a participant list (at "
        "most {limit} MB). Save only the list's sheet, or split it into several files.",
        "import.workbook_too_big": "{path} unpacks to more than {limit} MB: too much for a "
        "participant list. The workbook may be damaged or booby-trapped; save the list "
        "alone in a new workbook.",
        "import.workbook_suspicious": "{path} holds a part that unpacks to {ratio} times its "
        "size: not an ordinary workbook (perhaps a booby-trapped file); coopdesk does not "
        "open it.",
        "import.too_many_columns": "Row {line} of {path} has {count} {count:column|columns}: "
        "not a list of people (at most {limit} columns). Check the delimiter.",
        "import.cell_too_long": "{path} holds a cell of more than {limit} characters "
        "(near row {line}): not a list of people, or a quotation mark is not closed. Check "
        "the file and the delimiter.",
    },
}
