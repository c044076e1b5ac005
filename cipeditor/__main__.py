"""Entry point for ``python -m cipeditor``."""

import sys

from cipeditor.cli import main

sys.exit(main())
