"""`python -m desktop_app`: same as the `export-risk` command."""

import sys

from desktop_app.launcher import main

sys.exit(main())
