"""The one rule for a colour value anywhere in ecanvas: ``#RRGGBB`` (six hex digits, either case).

Templates, cards, blocks, the workspace's brand colour, the interchange format, the clipboard,
the command line and the report all check colours with `is_hex_colour`.
"""

from __future__ import annotations

import re

HEX_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")


def is_hex_colour(value: object) -> bool:
    """Whether `value` is a string ``#RRGGBB`` (nothing before or after it)."""
    return isinstance(value, str) and HEX_COLOUR.fullmatch(value) is not None
