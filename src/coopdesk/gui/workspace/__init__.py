"""The event workspace: one event's overview, participants, agenda, logistics, documents."""
