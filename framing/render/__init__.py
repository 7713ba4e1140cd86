"""Rendering results as Markdown tables (and, later, JSON and CSV)."""
