"""Entry point for `python -m healthbot`."""

from healthbot.cli import main

raise SystemExit(main())
