"""How a run of the command line ends: its exit status and at most one line on stderr, never a
traceback (0 clean, 1 findings, 2 errors, 130 interrupted, 141 a reader that stopped reading)."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

import click

from factcheck.cli.common import EXIT_BROKEN_PIPE, EXIT_CLEAN, EXIT_ERROR, EXIT_INTERRUPTED
from factcheck.errors import FactcheckError, RegistryError
from factcheck.files import visible


class ReaderGone(Exception):
    """The reader of stdout went away (`| head`): raised in place of BrokenPipeError, which click
    would otherwise turn into exit status 1, the status of findings."""


class Interrupted(Exception):
    """Ctrl-C during a command: raised in place of KeyboardInterrupt, for which click would write
    a blank line on stderr even where no `^C` was echoed (a pipe, a CI log)."""


class Commands(click.Group):
    """The command group: a broken pipe in any command ends as ReaderGone, Ctrl-C as Interrupted."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt as exc:
            raise Interrupted from exc
        except BrokenPipeError as exc:
            raise ReaderGone from exc
        except SystemExit as exc:  # rich's console exits 1 on a broken pipe (Console.on_broken_pipe)
            if isinstance(exc.__context__, BrokenPipeError):
                raise ReaderGone from exc
            raise


def exit_status(cli: click.Group, argv: Sequence[str] | None) -> int:
    """Run the command line; user errors become one line on stderr and exit status 2, never a
    traceback; Ctrl-C is 130 and a closed pipe a quiet 141, so neither passes for findings (1) or
    errors (2)."""
    try:
        status = _run(cli, argv)
        sys.stdout.flush()  # a closed pipe shows here rather than at interpreter shutdown
    except (BrokenPipeError, ReaderGone):
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except (Interrupted, KeyboardInterrupt, click.Abort):  # Abort: Ctrl-C or EOF at a prompt
        # on a terminal, end the line the `^C` was echoed on; elsewhere, just the one line
        newline = "\n" if sys.stderr.isatty() else ""
        click.echo(f"{newline}factcheck: interrupted", err=True)
        return EXIT_INTERRUPTED
    return status


def _run(cli: click.Group, argv: Sequence[str] | None) -> int:
    """The command's exit status; errors a user can act on become one line on stderr."""
    try:
        cli.main(args=list(argv) if argv is not None else None, prog_name="factcheck", standalone_mode=False)
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except SystemExit as exc:  # a command's own status (check's 1 for findings)
        return exc.code if isinstance(exc.code, int) else EXIT_ERROR if exc.code else EXIT_CLEAN
    except click.ClickException as exc:
        exc.show()
        return EXIT_ERROR
    except FactcheckError as exc:
        click.echo(f"factcheck: error: {_one_line(exc)}{_notes(exc)}", err=True)
        return EXIT_ERROR
    except (BrokenPipeError, ReaderGone, Interrupted, KeyboardInterrupt, click.Abort):
        raise
    except Exception as exc:  # an internal error must not look like "findings" (exit 1)
        if os.environ.get("FACTCHECK_DEBUG"):
            raise
        click.echo(
            f"factcheck: internal error: {type(exc).__name__}: {visible(str(exc))}{_notes(exc)} "
            "(set FACTCHECK_DEBUG=1 for a traceback)",
            err=True,
        )
        return EXIT_ERROR
    return EXIT_CLEAN


def _silence_stdout() -> None:
    """After the reader of stdout went away, point stdout at devnull so that the flush at
    interpreter shutdown fails no more (as Python's documentation of SIGPIPE recommends)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout already closed or not a real file
        pass
    finally:
        os.close(devnull)


def _one_line(error: FactcheckError) -> str:
    """The message with any control character a file name smuggled in escaped; only a registry's
    list of problems spans several lines, one per problem."""
    if isinstance(error, RegistryError):
        return "\n".join(visible(line) for line in str(error).split("\n"))
    return visible(str(error))


def _notes(error: BaseException) -> str:
    """Where the error arose, when the pipeline noted it (the article being extracted)."""
    return "".join(f" ({visible(note)})" for note in getattr(error, "__notes__", ()))
