"""The site score from the weights table in ``data/weights.yml``.

    >>> score([{"id": "complaint-form", "status": "pass", "languages": {"fr": "pass"}},
    ...        {"id": "complaint-procedure", "status": "partial", "languages": {"fr": "pass", "nl": "fail"}}])
    {'score': 73.1, 'points': 19.0, 'max_points': 26.0}
    >>> score([{"id": "complaint-form", "status": "error", "languages": {}}])["score"] is None
    True
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml


@lru_cache(maxsize=1)
def weights_table() -> dict:
    return yaml.safe_load(resources.files("rules").joinpath("data/weights.yml").read_text("utf-8"))


def rule_set_version() -> str:
    return str(weights_table()["version"])


def rule_points(result: dict) -> tuple[float, float]:
    """(points earned, points possible) for one rule result; (0, 0) when it errored."""
    weight = float(weights_table()["weights"].get(result["id"], {}).get("points", 0))
    if result["status"] == "error" or not result["languages"]:
        return 0.0, 0.0
    verdicts = list(result["languages"].values())
    return weight * verdicts.count("pass") / len(verdicts), weight


def score(results: list[dict]) -> dict:
    earned = possible = 0.0
    for result in results:
        got, out_of = rule_points(result)
        earned, possible = earned + got, possible + out_of
    value = round(100 * earned / possible, 1) if possible else None
    return {"score": value, "points": round(earned, 2), "max_points": round(possible, 2)}
