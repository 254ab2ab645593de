"""The packaged resources (templates, sample workshops) and icons, read from the package.

This is the one place that reads them. The build copies the top-level ``resources/`` and
``icons/`` folders into ``journey_studio/`` (see ``pyproject.toml``), and everything here
goes through :mod:`importlib.resources`, so an installed wheel and a PyInstaller bundle
both work; nothing is read by a path relative to the source tree.

Resources are named by their parts, e.g. ``resource_text("templates", "simple.fr.json")``.
"""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable

PACKAGE = "journey_studio"
RESOURCES_FOLDER = "resources"
ICONS_FOLDER = "icons"
ICON_SUFFIXES = (".svg", ".png")
"""Tried in this order when an icon is named without its suffix."""


class MissingResource(LookupError):
    """A packaged resource or icon is not there; the message says which and where."""

    def __init__(self, what: str, name: str) -> None:
        super().__init__(
            f"Journey Studio cannot find the {what} {name!r} in its installed package; "
            "reinstall the application (or, from a source checkout, install it with pip "
            "so that resources/ and icons/ are copied into the package)."
        )
        self.what = what
        self.name = name


def resource_exists(*parts: str) -> bool:
    """Whether the packaged resource named by these parts is a file."""
    return _resolve(_resources_root(), parts).is_file()


def resource_text(*parts: str) -> str:
    """The text (UTF-8) of a packaged resource, e.g. ``("templates", "simple.fr.json")``."""
    return _file(_resources_root(), parts, "resource").read_text(encoding="utf-8")


def resource_bytes(*parts: str) -> bytes:
    """The bytes of a packaged resource."""
    return _file(_resources_root(), parts, "resource").read_bytes()


def resource_names(*folder: str) -> list[str]:
    """The sorted file names in a packaged resource folder (hidden files left out)."""
    return _names(_resources_root(), folder, "resource folder")


def icon_names() -> list[str]:
    """The names of the packaged icons, without their suffix, sorted."""
    names = _names(_icons_root(), (), "icon folder")
    return sorted({_stem(name) for name in names if name.endswith(ICON_SUFFIXES)})


def icon_bytes(name: str) -> bytes:
    """The bytes of a packaged icon, e.g. ``icon_bytes("channel-email")`` (SVG or PNG).

    A name without a suffix is looked up as ``name.svg``, then ``name.png``.
    """
    root = _icons_root()
    candidates = [name] if name.endswith(ICON_SUFFIXES) else [name + s for s in ICON_SUFFIXES]
    for candidate in candidates:
        icon = _resolve(root, (candidate,))
        if icon.is_file():
            return icon.read_bytes()
    raise MissingResource("icon", name)


def _resources_root() -> Traversable:
    return files(PACKAGE) / RESOURCES_FOLDER


def _icons_root() -> Traversable:
    return files(PACKAGE) / ICONS_FOLDER


def _resolve(root: Traversable, parts: tuple[str, ...]) -> Traversable:
    """``root / parts``, where each part may hold ``/``; refuses to climb out of ``root``."""
    pieces = [piece for part in parts for piece in part.replace("\\", "/").split("/")]
    if not pieces or any(piece in ("", ".", "..") for piece in pieces):
        raise MissingResource("resource", "/".join(parts))
    node = root
    for piece in pieces:
        node = node / piece
    return node


def _file(root: Traversable, parts: tuple[str, ...], what: str) -> Traversable:
    node = _resolve(root, parts)
    if not node.is_file():
        raise MissingResource(what, "/".join(parts))
    return node


def _names(root: Traversable, folder: tuple[str, ...], what: str) -> list[str]:
    node = _resolve(root, folder) if folder else root
    if not node.is_dir():
        raise MissingResource(what, "/".join(folder) or root.name)
    return sorted(
        child.name for child in node.iterdir() if child.is_file() and not child.name.startswith(".")
    )


def _stem(file_name: str) -> str:
    return file_name.rsplit(".", 1)[0]
