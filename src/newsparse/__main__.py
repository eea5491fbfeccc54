"""``python -m newsparse`` and the ``newsparse`` command."""

from __future__ import annotations

import sys

from newsparse._cli import main as _main


def main() -> None:
    """Entry point of the ``newsparse`` console script."""
    try:
        code = _main()
    except KeyboardInterrupt:
        code = 130
    except BrokenPipeError:
        code = 0
    sys.exit(code)


if __name__ == "__main__":
    main()
