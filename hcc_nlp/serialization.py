"""A mixin giving rule-holding components spaCy's to_disk/from_disk/to_bytes/from_bytes.

A component implements ``rules()`` (its JSON-able rule data) and ``set_rules(data)``.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import srsly


class JsonRulesMixin:
    rules_file = "rules.json"

    def rules(self) -> Any:  # pragma: no cover - implemented by components
        raise NotImplementedError

    def set_rules(self, data: Any) -> None:  # pragma: no cover
        raise NotImplementedError

    def to_bytes(self, *, exclude=tuple()) -> bytes:
        return srsly.json_dumps(self.rules()).encode("utf8")

    def from_bytes(self, data: bytes, *, exclude=tuple()):
        self.set_rules(srsly.json_loads(data))
        return self

    def to_disk(self, path, *, exclude=tuple()) -> None:
        p = Path(path)
        p.mkdir(parents=True, exist_ok=True)
        srsly.write_json(p / self.rules_file, self.rules())

    def from_disk(self, path, *, exclude=tuple()):
        self.set_rules(srsly.read_json(Path(path) / self.rules_file))
        return self
