"""Access to the rule files shipped in ``hcc_nlp/patterns`` (the top-level ``patterns/``)."""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any, Iterator


def pattern_path(name: str):
    """A traversable for a file in the package's patterns directory."""
    return resources.files("hcc_nlp").joinpath("patterns", name)


@lru_cache(maxsize=None)
def read_text(name: str) -> str:
    return pattern_path(name).read_text(encoding="utf-8")


def load_json(name: str) -> Any:
    return json.loads(read_text(name))


def load_jsonl(name: str) -> list[dict]:
    return [json.loads(line) for line in _lines(read_text(name))]


def _lines(text: str) -> Iterator[str]:
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("//"):
            yield line


@lru_cache(maxsize=1)
def _grammar() -> dict:
    return load_json("grammar.json")


_FRAGMENT = re.compile(r"\{\{(\w+)\}\}")


def with_fragments(pattern: str, rules: dict) -> str:
    """``pattern`` with each ``{{other}}`` replaced by the pattern ``rules[other]`` (one vocabulary
    written once and shared by the rules that need it; a fragment may hold fragments of its own)."""
    while "{{" in pattern and _FRAGMENT.search(pattern):
        pattern = _FRAGMENT.sub(lambda m: rules[m.group(1)], pattern)
    return pattern


def grammar(module: str, name: str) -> re.Pattern:
    """A compiled regex of a module's grammar: the small word patterns its readers share ("had|achieved|
    showed", "arm|group|cohort"), kept in ``patterns/grammar.json`` under the module's name, flags inline.
    ``{{other}}`` in a pattern stands for the module's pattern ``other``."""
    rules = _grammar()[module]
    return re.compile(with_fragments(rules[name], rules))
