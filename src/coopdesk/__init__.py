"""coopdesk: plan delegations, conferences and cultural residencies."""

__version__ = "0.1.0"
