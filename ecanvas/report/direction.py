"""Right-to-left text: a paragraph's base direction, and the order a line's characters are drawn.

PDF text runs left to right glyph by glyph, so Arabic and Hebrew must be put into visual order
by us, and only after a paragraph has been wrapped (in logical order): reordering first and
wrapping after would give the lines of a right-to-left paragraph in the wrong order. The
levels come from python-bidi's implementation of the Unicode bidirectional algorithm.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic and their presentation forms, and the
# right-to-left scripts of the supplementary planes.
_RIGHT_TO_LEFT = re.compile(
    r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff]"
)


def has_right_to_left(text: str) -> bool:
    return _RIGHT_TO_LEFT.search(text) is not None


@lru_cache(maxsize=8_192)
def is_right_to_left(paragraph: str) -> bool:
    """True when a paragraph's base direction is right to left: its first strong character
    is Arabic or Hebrew (rules P2 and P3). Such a paragraph is set flush right."""
    if not has_right_to_left(paragraph):
        return False
    from bidi import get_base_level

    return get_base_level(paragraph) == 1


@lru_cache(maxsize=16_384)
def visual_order(line: str, right_to_left: bool) -> tuple[tuple[int, int, str], ...]:
    """(logical index, embedding level, mirrored character) of each character of one line,
    in the order they are drawn from left to right. An odd level reads right to left."""
    from bidi import algorithm

    storage = algorithm.get_empty_storage()
    storage["base_level"] = 1 if right_to_left else 0
    storage["base_dir"] = "R" if right_to_left else "L"
    algorithm.get_embedding_levels(line, storage, False, False)
    for index, char in enumerate(storage["chars"]):
        char["index"] = index
    algorithm.explicit_embed_and_overrides(storage, False)
    algorithm.resolve_weak_types(storage, False)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    algorithm.reorder_resolved_levels(storage, False)
    algorithm.apply_mirroring(storage, False)
    return tuple((char["index"], char["level"], char["ch"]) for char in storage["chars"])
