"""Data shipped with coopdesk: demo data, fonts, icons, layouts, translations.

Installed as the package ``coopdesk.resources`` and read through
``importlib.resources`` so that a checkout, a wheel and a frozen bundle behave alike.
"""
