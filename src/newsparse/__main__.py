"""``python -m newsparse`` and the ``newsparse`` command."""

from __future__ import annotations

import os
import sys

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
    sys.exit(code)


if __name__ == "__main__":
    main()
