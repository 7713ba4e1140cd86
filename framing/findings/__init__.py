"""Findings: the model of what a comparison says, free of rendering.

What the memo says in words is data: labelled (C7, Q2, P3), ranked by
salience, each with its evidence, the same in every output.

Modules
-------
labels
    How every output names the outlets; the C#, Q# and P# labels.
threads
    What one outlet alone reports, as threads; what each headline stresses.
title
    The event's title; whether the articles share any content.
model
    The key findings (:class:`~framing.findings.model.Finding`), ranked.
claims
    What an "Only X reports" finding may claim as one outlet's own.
naming
    Findings on how outlets name people and things.
derived
    What every output of one comparison reads, made once per comparison.

Imports
-------
May import comparators, :mod:`framing.extract`, :mod:`framing.align`,
:mod:`framing.io`, :mod:`framing.text`, :mod:`framing.errors`. Never
:mod:`framing.render` (render reads findings, not the other way round) nor
:mod:`framing.compare` (a :class:`~framing.compare.Comparison` is read
through its attributes; its type is imported for type checkers only).
"""
