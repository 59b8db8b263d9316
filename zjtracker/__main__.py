import sys

from zjtracker.cli import main

sys.exit(main())
