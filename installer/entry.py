"""Entry point of the frozen build: one analysis, two programs sharing one folder.

`rentan-desktop(.exe)` (windowed) starts the GUI, `rentan(.exe)` (console) the CLI; the
program's own file name says which.
"""

import sys
from pathlib import Path

if Path(sys.executable).stem.lower() == "rentan":
    from rentan_desktop.cli import main
else:
    from rentan_desktop.ui.app import main

sys.exit(main())
