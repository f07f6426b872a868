"""Packaging tests import the build helpers in packaging/ (not a package of ecanvas)."""

from __future__ import annotations

import sys

from packaging_helpers import PACKAGING

if str(PACKAGING) not in sys.path:
    sys.path.insert(0, str(PACKAGING))
