"""Participant lists in and out: CSV and Excel import with column mapping, exports.

An import goes ``reading`` (bytes to rows: encoding, delimiter, workbook) →
``headers`` (header row, column mapping, remembered mappings) → ``rows`` with
``cells``, ``values`` and ``words`` (cells to validated values, bad cells to issues)
→ ``preview`` (matching against the directory and the event: what each row will
do) → ``apply`` (all or nothing, one transaction). ``export`` builds the lists and
``workbook`` writes them as .xlsx or CSV. Their sentences are in
:mod:`coopdesk.core.messages`.
"""
