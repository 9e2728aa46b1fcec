"""The `sigap` command: Django management commands, plus `sigap text …` for the pure text tools."""

import os
import sys


def main(argv: list[str] | None = None) -> None:
    argv = list(sys.argv if argv is None else argv)
    if len(argv) > 1 and argv[1] == "text":
        from sigap.text.cli import main as text_main

        sys.exit(text_main(argv[2:]))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sigap.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(argv)


if __name__ == "__main__":
    main()
