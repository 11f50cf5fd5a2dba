"""The Jinja environment of the HTML report: autoescaping everywhere, undefined
names are errors, and the Content-Security-Policy every page carries.

    >>> env = environment()
    >>> env.from_string("<p title='{{ x }}'>{{ x }}</p>").render(x="'><script>alert(1)</script>")
    "<p title='&#39;&gt;&lt;script&gt;alert(1)&lt;/script&gt;'>&#39;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</p>"
"""

from __future__ import annotations

from functools import lru_cache

from jinja2 import Environment, PackageLoader, StrictUndefined

# No inline script or style can run; assets only from the report's own folder; images
# also as data: URLs (never used by the report itself, allowed for the favicon stub).
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "base-uri 'none'; form-action 'none'")


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(loader=PackageLoader("reports", "templates"), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.globals["csp"] = CSP
    return env


def render(template: str, **context) -> str:
    return environment().get_template(template).render(**context)
