"""PyInstaller entry point: the bundled ``dify-desktop`` executable runs ``dify_desktop.cli:main``."""

import sys

from dify_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
