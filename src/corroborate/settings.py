"""Settings: defaults.toml shipped beside this module, then the user's file, then keywords."""

from __future__ import annotations

import copy
import os
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

from corroborate.errors import SettingsError

Settings = dict[str, dict[str, Any]]


def _merge(base: Settings, override: dict[str, Any], origin: str) -> None:
    for section, values in override.items():
        if section not in base or not isinstance(values, dict):
            raise SettingsError(f"{origin}: unknown settings section [{section}]")
        for key, value in values.items():
            if key not in base[section]:
                known = ", ".join(sorted(base[section]))
                raise SettingsError(f"{origin}: unknown setting {section}.{key} (known: {known})")
            base[section][key] = value


def load_settings(path: str | Path | None = None, **overrides: dict[str, Any]) -> Settings:
    """Defaults, then the file at `path` (or $CORROBORATE_SETTINGS), then `overrides`."""
    text = resources.files("corroborate").joinpath("defaults.toml").read_text("utf-8")
    settings: Settings = copy.deepcopy(tomllib.loads(text))
    path = path or os.environ.get("CORROBORATE_SETTINGS")
    if path:
        try:
            user = tomllib.loads(Path(path).read_text("utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as error:
            raise SettingsError(f"{path}: cannot read settings ({error})") from error
        _merge(settings, user, str(path))
    _merge(settings, overrides, "settings")
    return settings
