"""``python -m sigap.text ...``"""

from sigap.text.cli import main

raise SystemExit(main())
