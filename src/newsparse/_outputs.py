"""Where the command line writes: output files that are never left half-written.

Every output file of a run is checked before any is touched (its folder exists, it is not a
folder, no two outputs are the same file), then written to a temporary file beside it and
renamed into place when the run ends, so a run stopped by a signal leaves the old file or a
complete new one. Text that cannot be written as UTF-8 (a file name with undecodable bytes, a
lone surrogate carried from an input) is made writable by :func:`printable`.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from pathlib import Path
from typing import IO, Any

__all__ = ["STDOUT", "OutputError", "Target", "beside", "check_distinct", "printable"]

#: The output name that means standard output, as in most command-line tools.
STDOUT = "-"

#: Suffix of the temporary file a target is written to before it is renamed into place.
PARTIAL_SUFFIX = ".partial"

_ESCAPED_BYTE = re.compile(r"[\udc80-\udcff]")
_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")


class OutputError(Exception):
    """An output that cannot be written; the run stops before any output is touched."""


def printable(text: str) -> str:
    r"""``text`` made writable as UTF-8, showing what could not be decoded.

    A file name's undecodable bytes (held by Python as escape surrogates) are shown as ``\xNN``;
    any other lone surrogate becomes U+FFFD.

    >>> printable("caf\udce9.txt"), printable("plain")
    ('caf\\xe9.txt', 'plain')
    >>> printable("a\ud800b") == "a\ufffdb"
    True
    """
    if not _LONE_SURROGATE.search(text):
        return text
    text = _ESCAPED_BYTE.sub(lambda m: f"\\x{ord(m.group()) - 0xDC00:02x}", text)
    return _LONE_SURROGATE.sub("\ufffd", text)


def printable_doc(value: Any) -> Any:
    r"""A JSON-like value with every string (keys too) passed through :func:`printable`.

    >>> printable_doc({"url": "caf\udce9", "n": [1, "caf\udce9"]})
    {'url': 'caf\\xe9', 'n': [1, 'caf\\xe9']}
    """
    if isinstance(value, str):
        return printable(value)
    if isinstance(value, dict):
        return {printable(k): printable_doc(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [printable_doc(v) for v in value]
    return value


def beside(output: str, what: str = "defects") -> str:
    """The file written beside ``output``: its last suffix replaced by ``.defects.jsonl``.

    The whole name is kept, so ``run.1.jsonl`` and ``run.2.jsonl`` get files of their own.

    >>> beside("out/run.1.jsonl"), beside("articles.csv"), beside("articles")
    ('out/run.1.defects.jsonl', 'articles.defects.jsonl', 'articles.defects.jsonl')
    """
    path = Path(output)
    stem = path.name[: -len(path.suffix)] if path.suffix else path.name
    return str(path.with_name(f"{stem}.{what}.jsonl"))


def _identity(path: str) -> str:
    """One name per file: the real path, links and ``..`` resolved."""
    return os.path.realpath(path)


def check_distinct(paths: list[str]) -> None:
    """Refuse two outputs of one run that are the same file (they would overwrite each other).

    >>> check_distinct(["a.jsonl", "a.defects.jsonl"])
    >>> check_distinct(["a.jsonl", "./a.jsonl"])
    Traceback (most recent call last):
    ...
    newsparse._outputs.OutputError: cannot write ./a.jsonl: the same file as another output of this run
    """
    seen: set[str] = set()
    for path in paths:
        if path == STDOUT:
            continue
        real = _identity(path)
        if real in seen:
            raise OutputError(f"cannot write {path}: the same file as another output of this run")
        seen.add(real)


def _check_writable(path: str) -> None:
    folder = os.path.dirname(path) or "."
    if os.path.isdir(path):
        raise OutputError(f"cannot write {path}: is a folder")
    if not os.path.isdir(folder):
        raise OutputError(f"cannot write {path}: no such folder: {folder}")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(f"cannot write {path}: Permission denied (in {folder})")
    if os.path.exists(path) and not os.access(path, os.W_OK):
        raise OutputError(f"cannot write {path}: Permission denied")


class Target:
    """One output file, written to a temporary file and renamed into place by :meth:`commit`.

    ``path`` is ``None`` (or ``-``) for standard output, which is written directly.

    >>> import tempfile, os
    >>> folder = tempfile.mkdtemp()
    >>> t = Target(os.path.join(folder, "out.txt"))
    >>> t.check()
    >>> fh = t.open()
    >>> _ = fh.write("done\\n")
    >>> os.listdir(folder) == ["out.txt"]  # nothing there until the end
    False
    >>> t.commit()
    >>> os.listdir(folder), open(os.path.join(folder, "out.txt")).read()
    (['out.txt'], 'done\\n')
    """

    def __init__(self, path: str | None, *, binary: bool = False) -> None:
        self.path = None if path in (None, STDOUT) else path
        self.binary = binary
        self._temp: str | None = None
        self._file: IO[Any] | None = None

    @property
    def real(self) -> str | None:
        """The real path of the file this target will be (``None`` for standard output)."""
        return None if self.path is None else _identity(self.path)

    @property
    def partial(self) -> str | None:
        """The temporary file being written, until :meth:`commit` or :meth:`discard`."""
        return self._temp

    def check(self) -> None:
        """Raise :class:`OutputError` unless the file can be created or replaced."""
        if self.path is not None:
            _check_writable(self.path)

    def open(self) -> IO[Any]:
        """Open the temporary file (or return ``None``-path targets' caller a stream)."""
        assert self.path is not None, "standard output is opened by the caller"
        folder, name = os.path.split(self.path)
        fd, self._temp = tempfile.mkstemp(
            dir=folder or ".", prefix=f".{name}.", suffix=PARTIAL_SUFFIX
        )
        _set_default_mode(fd)
        if self.binary:
            self._file = os.fdopen(fd, "wb")
        else:
            self._file = os.fdopen(fd, "w", encoding="utf-8", newline="")
        return self._file

    def commit(self) -> None:
        """Close the temporary file and rename it over the target."""
        if self._file is not None:
            self._file.close()
            self._file = None
        if self._temp is not None and self.path is not None:
            os.replace(self._temp, self.path)
            self._temp = None

    def discard(self) -> None:
        """Close and remove the temporary file; the target keeps its old content."""
        if self._file is not None:
            self._file.close()
            self._file = None
        if self._temp is not None:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self._temp)
            self._temp = None


def _set_default_mode(fd: int) -> None:
    """Give a new temporary file the mode a plain ``open`` would (0666 less the umask)."""
    umask = os.umask(0)
    os.umask(umask)
    os.fchmod(fd, 0o666 & ~umask)
