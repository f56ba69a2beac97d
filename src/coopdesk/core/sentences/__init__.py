"""The sentences of each feature's error codes, in French and English: one module a
feature, each a plain ``SENTENCES`` table (``{"fr": {code: sentence}, "en": {...}}``).

They are parts of one catalogue, :mod:`coopdesk.core.messages`, which lists them all
and is the only place that reads them.
"""
