"""``python -m ecanvas``: the same command line as the ``ecanvas`` script."""

from ecanvas.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
