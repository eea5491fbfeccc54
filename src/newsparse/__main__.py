"""``python -m newsparse`` and the ``newsparse`` command."""

from __future__ import annotations

import os
import sys
import traceback

from newsparse._cli import EXIT_INTERNAL
from newsparse._cli import main as _main


def main() -> None:
    """Entry point of the ``newsparse`` console script."""
    try:
        code = _main()
    except KeyboardInterrupt:
        code = 130
    except BrokenPipeError:
        # The reader went away (``newsparse parse ... | head``): stop quietly, and point stdout
        # at /dev/null so that the interpreter's last flush does not complain again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        code = 0
    except Exception:
        # A bug in newsparse, not a bad input (those are reported and the batch goes on): show
        # the trace for a bug report, with an exit status of its own.
        traceback.print_exc()
        print(
            "newsparse: internal error (a bug): please report it with the trace above",
            file=sys.stderr,
        )
        code = EXIT_INTERNAL
    sys.exit(code)


if __name__ == "__main__":
    main()
