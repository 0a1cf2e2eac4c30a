"""The `realpolitik` command: a thin layer that parses arguments and calls the library.

Each command lives in its own module here with ``add_parser(subparsers)`` and
``run(args) -> int``. Library errors (RealpolitikError) become one-line messages
and exit status 1; no traceback for a user error.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from realpolitik.errors import RealpolitikError

# One module per command, in the order `--help` lists them.
COMMANDS = [
    "analyze",
    "resolve",
    "kb",
    "evaluate",
    "ingest",
    "failures",
    "query",
    "timeline",
    "system",
    "balance",
    "whatif",
    "export",
    "codes",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="realpolitik",
        description="Read news articles into an evidence-backed model of the international system.",
    )
    parser.add_argument("--config", help="a settings file (TOML) that overrides the defaults")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMANDS:
        module = importlib.import_module(f"realpolitik.cli.{name}")
        module.add_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    try:
        return int(args.run(args) or 0)
    except RealpolitikError as exc:
        print(f"realpolitik: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("realpolitik: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
