"""Names a package offers but imports only when first used (PEP 562).

A package whose modules take long to import (the edits are some seventy dataclasses)
lists which module holds each of its names; ``from package import Name`` and
``package.Name`` then import only that module, on first use. The editor's window is so
painted before the model is imported.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping


def lazy_names(
    package: str, modules: Mapping[str, tuple[str, ...]]
) -> tuple[Callable[[str], object], Callable[[], list[str]], list[str]]:
    """``__getattr__``, ``__dir__`` and ``__all__`` for ``package``.

    Args:
        package: the package's ``__name__``.
        modules: for each of its modules (relative name), the names it offers.
    """
    home = {name: module for module, names in modules.items() for name in names}
    namespace = vars(importlib.import_module(package))

    def __getattr__(name: str) -> object:  # noqa: N807
        module = home.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{module}"), name)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:  # noqa: N807
        return sorted({*namespace, *home})

    return __getattr__, __dir__, sorted(home)
