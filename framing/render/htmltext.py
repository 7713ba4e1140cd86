"""Text made safe for HTML, one way for every HTML output (page, pictures, notebook, batch index).

:func:`esc` is for element content: markup escaped, control characters and
lone surrogates replaced, and invisible or direction-changing characters
(U+202E and its kin) shown as a small ``U+202E`` tag, so a reader sees they
were there and they cannot reorder the text around them. :func:`plain` is for
places that hold no markup (attribute values, ``<title>``, SVG ``<title>``
tooltips, which also reach the status line): the same, with the tag as plain
text.

>>> esc('<b onclick="x">\\u202eCBB')
'&lt;b onclick=&quot;x&quot;&gt;<span class="ctl">U+202E</span>CBB'
>>> plain('\\u202eCBB & "x"\\ud800')
'U+202ECBB &amp; &quot;x&quot;\\ufffd'
"""

from __future__ import annotations

import re
from html import escape

from framing.render.cells import INVISIBLE as _INVISIBLE  # the characters the Markdown cells show as U+XXXX

__all__ = ["esc", "plain"]

# C0/C1 controls, and lone surrogates (which no UTF-8 file can hold)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def _cleaned(text: object) -> str:
    return escape(_CONTROL.sub("\N{REPLACEMENT CHARACTER}", "" if text is None else str(text)))


def esc(text: object) -> str:
    """``text`` as inert element content (see the module docstring)."""
    return _INVISIBLE.sub(lambda m: f'<span class="ctl">U+{ord(m.group()):04X}</span>', _cleaned(text))


def plain(text: object) -> str:
    """``text`` as an inert attribute value or markup-free element's text (see the module docstring)."""
    return _INVISIBLE.sub(lambda m: f"U+{ord(m.group()):04X}", _cleaned(text))
