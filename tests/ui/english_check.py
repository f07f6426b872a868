"""Whether a message meant for a Chinese user still holds an English sentence.

File names, JSON paths, quoted values from the file and single technical words (JSON, UTF-8,
PNG, a field name) are allowed; two English words in a row are a sentence left untranslated.
"""

from __future__ import annotations

import re

JSON_PATH = re.compile(r"\$[^\s（）()，：]*")
QUOTED = re.compile(r'"[^"]*"|“[^”]*”|\'[^\']*\'')
WORDS = re.compile(r"[A-Za-z][A-Za-z0-9'_.-]*(?:[ \t]+[A-Za-z][A-Za-z0-9'_.-]*)+")


def english_sentences(text: str, *allowed: str) -> list[str]:
    """The runs of two or more English words left once `allowed` (file names, a folder),
    JSON paths and quoted values are taken out."""
    for part in sorted(allowed, key=len, reverse=True):
        text = text.replace(part, " ")
    text = QUOTED.sub(" ", JSON_PATH.sub(" ", text))
    return WORDS.findall(text)
