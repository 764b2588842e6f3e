"""The linker's cue regexes (``patterns/linker.json``), compiled once for every part of it."""
from __future__ import annotations

import re

from . import fastre


def compile_cues(data: dict) -> dict[str, re.Pattern]:
    """Every string cue, case-insensitive unless listed in ``_case_sensitive``."""
    exact = set(data.get("_case_sensitive", []))
    return {key: fastre.compile(value, 0 if key in exact else re.I)
            for key, value in data.items() if isinstance(value, str) and not key.startswith("_")}
