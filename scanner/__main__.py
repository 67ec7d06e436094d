"""``python -m scanner`` is ``scrubs``."""

from scanner.cli import main

main()
