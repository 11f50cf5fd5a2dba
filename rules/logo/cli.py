"""`complaint-lint logo`: check image files, manage the reference logos.

    complaint-lint logo IMAGE... [--json]          is each image the complaints logo?
    complaint-lint logo add FILE --language fr     add an official reference file
    complaint-lint logo add --from-page URL        ... taken from a page that shows it
    complaint-lint logo rehash                     recompute the stored hashes
    complaint-lint logo list                       show the references

`logo IMAGE...` prints one line per image; with --json one JSON object per line::

    {"path": "logo.png", "matched": true, "reference": "fr", "distance": 0.0339, "reason": null}

``reason`` says why an image was skipped (too small, blank, not an image, too large,
truncated, unsafe svg); it is null otherwise. Exit status: 0 when every image is the
logo, 1 when one is not, 2 on usage errors.

Passing example: ``complaint-lint logo logo_reference/complaints-logo-fr.png`` exits 0.
Failing example: ``complaint-lint logo photo.jpg`` prints ``"matched": false`` and exits 1.

The lead registers it with ``cli.add_command(logo_command)`` in crawler/cli.py.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path
from urllib.parse import unquote, urlsplit

import click

from .fetch import FetchError
from .frompage import PickError, pick_from_page
from .manifest import ManifestError, add_reference, load_manifest, recompute_hashes, save_manifest
from .matcher import LogoMatch, LogoMatcher

REFS_HELP = "reference folder with manifest.json (default: the bundled logo_reference/)"


class _LogoGroup(click.Group):
    """`logo IMAGE...` runs the hidden `check` command; `logo add|rehash|list` the others."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or (args[0] not in self.commands and args[0] not in ("--help", "-h")):
            args = ["check", *args]
        return super().parse_args(ctx, args)

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        formatter.write_usage(ctx.command_path, "[--json] IMAGE...  |  add|rehash|list [OPTIONS]")


@click.group("logo", cls=_LogoGroup, context_settings={"help_option_names": ["-h", "--help"]})
def logo_command() -> None:
    """Is an image the common complaints logo? Check IMAGE files, or manage references.

    \b
    complaint-lint logo IMAGE... [--json]
    complaint-lint logo add FILE --language fr [--variant NAME] [--inverse] [--source TEXT]
    complaint-lint logo add --from-page URL [--language fr]
    complaint-lint logo rehash | list
    """


def _matcher(references: str | None) -> LogoMatcher:
    try:
        return LogoMatcher.load(references)
    except ManifestError as exc:
        raise click.ClickException(str(exc)) from exc


def _human(path: str, m: LogoMatch) -> str:
    if m.reason:
        return f"{path}: skipped ({m.reason})"
    if m.matched:
        where = f", logo {m.part} of a side-by-side image" if m.part else ""
        return f"{path}: complaints logo, reference {m.reference} (distance {m.distance:.4f}{where})"
    near = " - close, worth a look" if m.near else ""
    return f"{path}: not the complaints logo (nearest {m.nearest}, distance {m.distance:.4f}{near})"


@logo_command.command("check", hidden=True)
@click.argument("images", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, allow_dash=True))
@click.option("--json", "as_json", is_flag=True, help="one JSON object per line")
@click.option("--references", type=click.Path(file_okay=False), help=REFS_HELP)
def check_command(images: tuple[str, ...], as_json: bool, references: str | None) -> None:
    """Check IMAGE files (PNG, JPEG, GIF, WebP, SVG; '-' reads stdin)."""
    matcher = _matcher(references)
    limit = matcher.manifest.limits.max_bytes + 1
    all_matched = True
    for path in images:
        if path == "-":
            data = sys.stdin.buffer.read(limit)
            m = matcher.match_bytes(data, "")
        else:
            m = matcher.match_file(path)
        all_matched &= m.matched
        click.echo(json.dumps(m.to_json(path), ensure_ascii=False) if as_json else _human(path, m))
    sys.exit(0 if all_matched else 1)


def _url_file_name(url: str | None) -> str:
    if not url or url.startswith("data:"):
        return ""
    return Path(unquote(urlsplit(url).path)).name


def _guess_language(*texts: str) -> str | None:
    for text in texts:
        m = re.search(r"(?:^|[^a-z])(fr|nl|de|en)(?:[^a-z]|$)", (text or "").lower())
        if m:
            return m.group(1)
    return None


@logo_command.command("add")
@click.argument("file", required=False, type=click.Path(exists=True, dir_okay=False))
@click.option("--from-page", "page_url", metavar="URL", help="take the logo image from this page")
@click.option("--language", help="fr, nl, de or en (guessed from the file name or the page)")
@click.option("--variant", help="reference name (default: LANG[-inverse]-official)")
@click.option("--inverse/--no-inverse", default=None, help="white-on-black version (default: detected)")
@click.option("--source", help="where the file comes from (default: the file name or the image URL)")
@click.option("--allow-private", is_flag=True, help="allow --from-page on loopback/private addresses")
@click.option("--references", type=click.Path(file_okay=False), help=REFS_HELP)
def add_command(file: str | None, page_url: str | None, language: str | None, variant: str | None,
                inverse: bool | None, source: str | None, allow_private: bool,
                references: str | None) -> None:
    """Add an official logo file (FILE, or the logo shown on --from-page URL) to the references.

    Stand-in references of the same language and version are replaced. Run
    `python -m bench.logo_bench --write-results` afterwards to check the thresholds.
    """
    if bool(file) == bool(page_url):
        raise click.UsageError("give either FILE or --from-page URL")
    matcher = _matcher(references)
    manifest = matcher.manifest
    if page_url:
        try:
            pick = pick_from_page(page_url, matcher, allow_private=allow_private)
        except (FetchError, PickError) as exc:
            raise click.ClickException(str(exc)) from exc
        for c in pick.considered:
            state = c.error or (c.match.reason if c.match and c.match.reason else
                                f"distance {c.match.distance:.4f}" if c.match else "")
            click.echo(f"  considered {c.label}: {state}", err=True)
        lang = language or _guess_language(pick.image_url or "") or pick.page_language or pick.match.language
        if not lang:
            raise click.UsageError("cannot tell the language: pass --language")
        name = Path(_url_file_name(pick.image_url) or f"inline-logo{pick.suffix}")
        src = source or f"{pick.image_url or 'inline <svg>'} on {pick.page_url} ({date.today().isoformat()})"
        click.echo(f"picked {pick.image_url or 'an inline <svg>'}: {pick.why}", err=True)
        data, file_path = pick.data, name.with_suffix(pick.suffix)
    else:
        lang = language or _guess_language(Path(file).stem)
        if not lang:
            raise click.UsageError("cannot tell the language from the file name: pass --language")
        src = source or f"{Path(file).name} ({date.today().isoformat()})"
        data, file_path = None, Path(file)
    try:
        ref, dropped = add_reference(manifest, file_path, lang, variant=variant, inverse=inverse,
                                     source=src, data=data)
        save_manifest(manifest)
    except ManifestError as exc:
        raise click.ClickException(str(exc)) from exc
    kind = "white-on-black" if ref.inverse else "colour"
    click.echo(f"added reference {ref.variant} ({ref.language}, {kind}) as {manifest.directory / ref.file}")
    if dropped:
        click.echo(f"replaced stand-ins: {', '.join(dropped)}")
    click.echo("next: python -m bench.logo_bench --write-results (checks recall and false matches)")


@logo_command.command("rehash")
@click.option("--references", type=click.Path(file_okay=False), help=REFS_HELP)
def rehash_command(references: str | None) -> None:
    """Recompute and store the reference hashes (after editing hashing parameters)."""
    try:
        manifest = load_manifest(references)
        done = recompute_hashes(manifest)
        save_manifest(manifest)
    except ManifestError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"rehashed {len(done)} references: {', '.join(done)}")


@logo_command.command("list")
@click.option("--references", type=click.Path(file_okay=False), help=REFS_HELP)
def list_command(references: str | None) -> None:
    """Show the reference variants."""
    try:
        manifest = load_manifest(references)
    except ManifestError as exc:
        raise click.ClickException(str(exc)) from exc
    for r in manifest.references:
        flags = ("inverse " if r.inverse else "") + ("stand-in" if r.stand_in else "official")
        click.echo(f"{r.variant:16s} {r.language}  {flags:17s} {r.file}  ({r.source})")
