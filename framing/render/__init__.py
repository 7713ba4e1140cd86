"""Rendering: one comparison as Markdown, HTML, JSON, CSV or data frames.

Modules
-------
markdown, html, csv, frames
    The memo, the page, the CSV tables, the pandas frames.
memo_parts
    What every section of the Markdown memo writes with (limits, lines, evidence).
page, columns
    What one HTML page is made of (its state, policy, static files); its
    articles side by side.
schema
    Declared columns and types of the tables (CSV and frames).
cells, htmltext
    Escaping text for a Markdown table cell; for HTML.
naming, gaps, svg
    Pieces of the memo and the page: naming tables, gaps, charts.
inspect
    What ``framing inspect`` shows of the loaded articles.

Imports
-------
May import :mod:`framing.findings` and everything below it (comparators,
extract, align, io, text, errors). Not :mod:`framing.compare`, which calls
render (its type is imported for type checkers only), nor :mod:`framing.batch`.
"""
