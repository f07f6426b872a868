"""A module proxy that imports its module on first attribute access (see `ecanvas.store.sql`)."""

from __future__ import annotations

import importlib
from types import ModuleType


class LazyModule:
    """Stands in for a module until one of its attributes is needed, then caches them all."""

    def __init__(self, name: str) -> None:
        self._name = name

    def load(self) -> ModuleType:
        module = importlib.import_module(self._name)
        self.__dict__.update({k: v for k, v in vars(module).items() if not k.startswith("__")})
        return module

    def __getattr__(self, attribute: str) -> object:
        return getattr(self.load(), attribute)


sql = LazyModule("ecanvas.store.sql")
