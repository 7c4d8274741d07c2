"""`python -m rentan_desktop` starts the GUI."""

import sys

from rentan_desktop.ui.app import main

sys.exit(main())
