"""The files of one CRM export, and writing them so that no output is ever half-written.

An exporter fills a :class:`Bundle` (relative path -> bytes, plus warnings) and hands it to
:func:`write_bundle`, which writes a folder, or a zip when the output ends in ``.zip``:
everything goes to a temporary name beside the output first and is then moved into place
with :func:`os.replace`. An existing folder is replaced only when it is empty or an earlier
Journey Studio export (it holds the :data:`MARKER` file); anything else is refused.

Bytes are deterministic: UTF-8, ``\\n`` line ends, JSON with sorted keys, XML indented the
same way, zip entries sorted with a fixed date and fixed permissions.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any
from xml.etree import ElementTree as ET

MARKER = ".journey-studio-export"
"""The file that marks a folder as a Journey Studio CRM export (it names the format)."""
ZIP_DATE = (1980, 1, 1, 0, 0, 0)
XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'


class CrmExportError(Exception):
    """An export that cannot be written; the message is one sentence for the consultant."""


@dataclass(frozen=True, slots=True)
class ExportReport:
    """What an export wrote and what the consultant should know about it."""

    format: str
    out: Path
    files: tuple[str, ...]
    """The files written, as relative POSIX paths, sorted (the folder marker left out)."""
    warnings: tuple[str, ...] = ()
    """Names shortened or changed, stages left out, values assumed: one sentence each."""


@dataclass
class Bundle:
    """The files of an export being built, and its warnings."""

    format: str
    files: dict[str, bytes] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def add_bytes(self, path: str, data: bytes) -> None:
        parts = PurePosixPath(path).parts
        if not parts or path.startswith("/") or any(p in ("", ".", "..") for p in parts):
            raise ValueError(f"Not a relative file path: {path!r}")
        if path in self.files:
            raise ValueError(f"Two files would be written to {path!r}")
        self.files[path] = data

    def add_text(self, path: str, text: str) -> None:
        """Text as UTF-8 with ``\\n`` line ends and one final new line."""
        text = text.replace("\r\n", "\n").replace("\r", "\n").rstrip("\n") + "\n"
        self.add_bytes(path, text.encode("utf-8"))

    def add_json(self, path: str, data: Any) -> None:
        self.add_text(path, json_text(data))

    def add_xml(self, path: str, root: ET.Element, namespace: str | None = None) -> None:
        self.add_bytes(path, xml_bytes(root, namespace))

    def warn(self, *sentences: str) -> None:
        for sentence in sentences:
            if sentence not in self.warnings:
                self.warnings.append(sentence)


def json_text(data: Any) -> str:
    """JSON as the exports write it: UTF-8 characters as they are, sorted keys, indented."""
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def xml_bytes(root: ET.Element, namespace: str | None = None) -> bytes:
    """An XML document: declaration, elements indented by four spaces, final new line.

    With ``namespace``, every tag of ``root`` is ``{namespace}name`` and the document
    declares it as the default namespace.
    """
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode", default_namespace=namespace)
    return (XML_DECLARATION + body + "\n").encode("utf-8")


# --- writing -----------------------------------------------------------------------------


def write_bundle(bundle: Bundle, out: Path) -> ExportReport:
    """Write the bundle to ``out`` (a folder, or a zip if it ends in ``.zip``), atomically."""
    out = Path(out)
    _check_parent(out)
    try:
        if out.suffix.lower() == ".zip":
            _write_zip(bundle, out)
        else:
            _write_folder(bundle, out)
    except OSError as error:
        raise CrmExportError(_os_error(out, error)) from error
    return ExportReport(bundle.format, out, tuple(sorted(bundle.files)), tuple(bundle.warnings))


def write_file(data: bytes, out: Path) -> None:
    """Write one file atomically (through a temporary file beside it)."""
    out = Path(out)
    _check_parent(out)
    if out.is_dir():
        raise CrmExportError(f"{out} is a folder; give the name of a file to write.")
    try:
        _replace_with(out, lambda handle: handle.write(data))
    except OSError as error:
        raise CrmExportError(_os_error(out, error)) from error


def _check_parent(out: Path) -> None:
    parent = out.parent
    if not parent.is_dir():
        raise CrmExportError(f"The folder {parent} does not exist; create it first.")


def _os_error(out: Path, error: OSError) -> str:
    reason = error.strerror or str(error)
    return f"Journey Studio could not write {out}: {reason}."


def _replace_with(out: Path, write: Any) -> None:
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 (closed below, then moved)
        dir=out.parent, prefix=f".{out.name}.", suffix=".tmp", delete=False
    )
    temporary = Path(handle.name)
    try:
        with handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, out)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise


def _write_zip(bundle: Bundle, out: Path) -> None:
    if out.is_dir():
        raise CrmExportError(f"{out} is a folder; a zip export needs a file name.")

    def write(handle: Any) -> None:
        with zipfile.ZipFile(handle, "w") as archive:
            for path in sorted(bundle.files):
                info = zipfile.ZipInfo(path, date_time=ZIP_DATE)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.create_system = 3
                info.external_attr = 0o644 << 16
                archive.writestr(info, bundle.files[path], compresslevel=9)

    _replace_with(out, write)


def _write_folder(bundle: Bundle, out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise CrmExportError(f"{out} is a file; a folder export needs a folder name.")
    if out.is_dir() and any(out.iterdir()) and not (out / MARKER).is_file():
        raise CrmExportError(
            f"The folder {out} already holds other files; choose a new or empty folder."
        )
    staging = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp"))
    try:
        for path, data in sorted(bundle.files.items()):
            target = staging.joinpath(*PurePosixPath(path).parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            with target.open("wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        (staging / MARKER).write_bytes(f"{bundle.format}\n".encode())
        _swap_in(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _swap_in(staging: Path, out: Path) -> None:
    """Put the staging folder at ``out``; an earlier export there is removed only after."""
    if not out.exists():
        os.replace(staging, out)
        return
    previous = staging.with_name(staging.name + ".previous")
    os.replace(out, previous)
    try:
        os.replace(staging, out)
    except BaseException:
        os.replace(previous, out)
        raise
    shutil.rmtree(previous, ignore_errors=True)
