"""The `sigap` command: Django management commands, plus the pure tools `sigap text …` and
`sigap ppid tenggat …` (no database needed)."""

import os
import sys


def main(argv: list[str] | None = None) -> None:
    argv = list(sys.argv if argv is None else argv)
    if len(argv) > 1 and argv[1] == "text":
        # local: each tool loads only what it runs (no numpy for a Django command)
        from sigap.text.cli import main as text_main

        sys.exit(text_main(argv[2:]))
    if len(argv) > 2 and argv[1] == "ppid" and argv[2] == "tenggat":
        from sigap.lib.tenggat_cli import main as tenggat_main  # local: as above

        sys.exit(tenggat_main(argv[3:]))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sigap.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(argv)


if __name__ == "__main__":
    main()
