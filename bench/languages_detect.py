"""Which language detector: accuracy and speed on short news texts (issue 31).

Texts: the 16 invented articles of ``tests/language_texts.py`` (8 languages, two outlets
each), each of their 80 sentences alone (short texts: 40-130 characters), and the English
web pages of ``bench/web_events.py`` (``/work/web_events_texts``, pages with their furniture;
skipped when absent). Candidates: py3langid (framing's), langdetect and lingua, each when
installed (``pip install langdetect lingua-language-detector`` into a scratch environment;
neither is a framing dependency). A sentence counts as right when it is given its article's
language.

Usage: ``python bench/languages_detect.py [WEB_TEXTS_FOLDER]``
"""

from __future__ import annotations

import glob
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from language_texts import ARTICLES


def _py3langid() -> Callable[[str], str]:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return lambda text: str(ident.classify(text)[0])


def _langdetect() -> Callable[[str], str]:
    from langdetect import DetectorFactory, detect

    DetectorFactory.seed = 0  # random otherwise
    return lambda text: str(detect(text))


def _lingua() -> Callable[[str], str]:
    from lingua import LanguageDetectorBuilder

    detector = LanguageDetectorBuilder.from_all_languages().build()

    def run(text: str) -> str:
        found = detector.detect_language_of(text)
        return found.iso_code_639_1.name.lower() if found is not None else "?"

    return run


def main() -> None:
    web = sys.argv[1] if len(sys.argv) > 1 else "/work/web_events_texts"
    articles = [(code, text) for code, pair in ARTICLES.items() for text in pair]
    cut = re.compile(r"(?<=[.»“”])\s+(?=\S)")
    sentences = [(code, s) for code, text in articles for s in cut.split(text.split("\n", 1)[1])]
    pages = [("en", Path(p).read_text(encoding="utf-8")) for p in sorted(glob.glob(f"{web}/*/*.txt"))]
    print(f"{len(articles)} articles, {len(sentences)} sentences, {len(pages)} English web pages")
    print("| detector | articles right | sentences right | English pages right | ms per page |")
    print("|---|---|---|---|---|")
    for name, make in (("py3langid", _py3langid), ("langdetect", _langdetect), ("lingua", _lingua)):
        try:
            detect = make()
        except ImportError:
            print(f"| {name} | not installed | | | |")
            continue
        detect("warm up the model")
        right = [sum(detect(t) == c for c, t in group) for group in (articles, sentences)]
        start = time.perf_counter()
        on_pages = sum(detect(t) == c for c, t in pages)
        ms = 1000 * (time.perf_counter() - start) / max(len(pages), 1)
        print(f"| {name} | {right[0]}/{len(articles)} | {right[1]}/{len(sentences)} | {on_pages}/{len(pages)} "
              f"| {ms:.1f} |")


if __name__ == "__main__":
    main()
