"""Extraction: what one article says, read sentence by sentence.

Modules
-------
entities
    Names in one article: people, organisations, places, cited media and
    documents, with their titles and whether they are quoted.
runs
    Candidate names in a sentence: runs of capitalised words, split and trimmed.
orgs
    Organisation-name forms and merging them.
quotes, attribution
    Direct quotes and their speakers; who a sentence attributes a statement to.
naming, termuse, voice
    How an article labels people and things; where it writes a naming term
    for the event, the war or its actors; in whose voice it writes a phrase.
lexicon
    Loaded and hedging terms (shipped and user lexicons).
readability
    Readability metrics of an article's body text (textstat's formulas, offline; another
    language's own Flesch adaptation).
language_names
    Names, quote speakers and label cut-offs in a supported language other than English.
memo
    Work shared within one comparison (made once, dropped when it ends).

Imports
-------
May import :mod:`framing.io`, :mod:`framing.text`, :mod:`framing.errors`;
never align (an extractor reads one article, not a set) nor anything above.
"""
