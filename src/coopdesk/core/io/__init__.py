"""Participant lists in and out: CSV and Excel import with column mapping, exports.

An import goes ``reading`` (bytes to a ``sheet``'s rows: ``csv_text`` for encoding
and delimiter, workbooks, ``file_kinds`` for files of other kinds) → ``headers``
(the header row and the guessed ``mapping``, from ``header_names``, ``column_values``
and ``remembered`` mappings) → ``rows`` with ``cells``, ``parsers`` and ``vocabularies``
(cells to validated values, bad cells to issues) → ``preview`` (``matching`` against
the directory and the event; the ``outcome`` of each row) → ``apply`` (all or
nothing, one transaction). ``export`` builds the lists and ``workbook`` writes them
as .xlsx or CSV. Their sentences are in :mod:`coopdesk.core.messages`.
"""
