"""Entry point of the desktop bundle: the ``ecanvas`` command line, as installed by pip.

``ECANVAS_CHECK_BUNDLE=1`` runs the bundle's self-check instead (see `bundle_check.py`).
"""

import os
import sys

if __name__ == "__main__":
    if os.environ.get("ECANVAS_CHECK_BUNDLE") == "1":
        from bundle_check import main as check_bundle

        sys.exit(check_bundle())

    from ecanvas.cli import main

    sys.exit(main())
