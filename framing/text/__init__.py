"""Text: what every later stage reads words, sentences and names with.

Modules
-------
normalise
    Comparison keys and words: case, accents, quotes, dashes folded.
terms, variants
    Content-word stems and their spelling variants (US/UK, transliterations).
segment, boilerplate, furniture
    Sentence and paragraph boundaries; captions, credits, bylines and other
    boilerplate; a web page's furniture (headings, menus, related links).
dates, numbers
    Dates in a document; figures and quantities in a sentence.
names, people
    Known names (outlets' domains, the gazetteer, name keys); person-name
    forms (nicknames, transliterations) and merging them.
phrase
    Plain-text phrasing the findings and every output share.
language, detect, language_words
    The supported languages and their data files (``languages/*.toml``); an article's
    language; another language's sentence cuts, stems and name keys (docs/languages.md).

Imports
-------
May import only :mod:`framing.errors` and :mod:`framing._version`, besides
other ``framing.text`` modules: the bottom of the pipeline.
"""
