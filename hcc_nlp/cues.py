"""The linker's cue regexes (``patterns/linker.json``), compiled once for every part of it."""
from __future__ import annotations

import re

from . import fastre
from .resources import with_fragments


def compile_cues(data: dict) -> dict:
    """Every string cue compiled (case-insensitive unless listed in ``_case_sensitive``; ``{{other}}``
    stands for the cue ``other``); every list of words as a frozenset; every table (a JSON object) as
    a dict."""
    exact = set(data.get("_case_sensitive", []))
    out: dict = {}
    for key, value in data.items():
        if key.startswith("_"):
            continue
        if isinstance(value, str):
            out[key] = fastre.compile(with_fragments(value, data), 0 if key in exact else re.I)
        elif isinstance(value, list):
            out[key] = frozenset(value)
        elif isinstance(value, dict):
            out[key] = dict(value)  # a table of names
    return out
