"""Printed material in PDF: badges, name tents, programmes and lists."""
