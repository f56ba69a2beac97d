"""Participant lists in and out: CSV and Excel import with column mapping, exports."""
