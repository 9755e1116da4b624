"""``python -m stagenorm.cli ...``: the ``stagenorm`` command."""

import sys

from stagenorm.cli import main

sys.exit(main())
