"""Placeholder: filled in by the notebook that needs it."""

__all__: list[str] = []
