"""``python -m journey_studio`` is the ``journey-studio`` command."""

import sys

from journey_studio.cli import main

sys.exit(main())
