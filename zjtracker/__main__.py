import sys

from zjtracker.console import prepare_console

prepare_console()  # before any output: the console's code page, symbols it lacks replaced

from zjtracker.cli import main  # noqa: E402

sys.exit(main())
