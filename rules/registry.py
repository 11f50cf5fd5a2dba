"""Rule discovery through the ``complaint_lint.rules`` entry-point group.

Each entry point is loaded on its own (as flake8 does): a plugin that fails to
import is reported as an ``error`` verdict for its rule id, the others run.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.metadata import entry_points

from rules.base import Rule

GROUP = "complaint_lint.rules"


@dataclass
class BrokenRule:
    id: str
    reason: str


def load_rules() -> list[Rule | BrokenRule]:
    loaded: list[Rule | BrokenRule] = []
    for ep in sorted(entry_points(group=GROUP), key=lambda e: e.name):
        try:
            rule = ep.load()()
            if getattr(rule, "id", None) != ep.name:
                raise TypeError(f"entry point {ep.name} loads a rule with id {getattr(rule, 'id', None)!r}")
            loaded.append(rule)
        except Exception as exc:  # noqa: BLE001 - a broken plugin must not stop the others
            loaded.append(BrokenRule(ep.name, f"{type(exc).__name__}: {exc}"))
    return loaded
