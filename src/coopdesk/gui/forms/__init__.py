"""Forms: editors with inline error messages, and the dialogs built on them."""
