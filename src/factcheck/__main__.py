"""Run factcheck as `python -m factcheck`; also the `factcheck` command's entry point, which
imports the pipeline only once it can turn a Ctrl-C during that import into a quiet exit 130."""

from __future__ import annotations

import sys

# as in factcheck.cli.common, not imported from it: that import is what a Ctrl-C may interrupt
EXIT_INTERRUPTED = 130


def main() -> None:
    try:
        from factcheck.cli import main as run
    except KeyboardInterrupt:
        sys.stderr.write("factcheck: interrupted\n")
        sys.exit(EXIT_INTERRUPTED)
    run()


if __name__ == "__main__":
    main()
