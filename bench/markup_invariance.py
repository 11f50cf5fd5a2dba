"""Metamorphic test of the rules: the same text in the markup other CMSs produce must get
the same verdict. Every case of tests/rules/*.yml is built as the case runner builds it,
each HTML page is rewritten by a transformation, and the verdict is compared with the
untransformed one.

    .venv/bin/python -m bench.markup_invariance            # the whole matrix, a flip table
    .venv/bin/python -m bench.markup_invariance --show 5   # and up to 5 flipped cases each

A transformation takes the page's lxml tree (changed in place), its language and a seeded
``random.Random``; it must keep what a visitor reads.

Flips (case, transformation) before the reader was fixed -> after (1389 to 1703 cases, as
the case files grew): icon_ligatures 34 -> 0 (aria-hidden icon text), link_hints 5 -> 0
(screen-reader-only text), accordion 2 -> 0 (a <summary> heads its panel),
uppercase_headings 1 -> 0 (a colon in capitals), role_headings 13 -> 0, bold_headings
11 -> 0, page_meta 4 -> 0 (share, print, "last updated" as chrome), body_classes 975 -> 0
("has-sidebar" on <body> made the whole page chrome), aspnet_form 1 -> 0 (complaint_form reads
a page-wide form as its parts); every other transformation 0 -> 0. Later transformations
(aside_boxes) were added with the fix they needed.
"""

from __future__ import annotations

import argparse
import random
import re
import time
from pathlib import Path
from typing import Callable, Iterator

import lxml.html
import yaml
from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "rules"
TEXT_SKIP = frozenset(("script", "style", "noscript", "textarea", "option", "title", "head", "svg",
                       "template", "select", "iframe", "math"))
HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
PARAGRAPHS = ("p", "li", "dd", "dt", "td", "th", "summary", "blockquote", "figcaption") + HEADINGS

Transform = Callable[[etree._Element, str, random.Random], None]

# What chrome says, per language: cookie banner, menu, breadcrumb, feedback, share, sidebar, footer.
CHROME = {
    "fr": ("Ce site utilise des cookies pour améliorer votre expérience.", "Accepter", "Refuser",
           ["Accueil", "Actualités", "Publications", "À propos"], "Accueil",
           "Cette page vous a-t-elle été utile ?", "Oui", "Non", "Partager", "Liens utiles",
           ["Organigramme", "Marchés publics"], "© Service public fédéral – Accessibilité – Vie privée"),
    "nl": ("Deze website gebruikt cookies om uw ervaring te verbeteren.", "Aanvaarden", "Weigeren",
           ["Home", "Nieuws", "Publicaties", "Over ons"], "Home",
           "Was deze pagina nuttig?", "Ja", "Nee", "Delen", "Nuttige links",
           ["Organogram", "Overheidsopdrachten"], "© Federale Overheidsdienst – Toegankelijkheid – Privacy"),
    "de": ("Diese Website verwendet Cookies, um Ihr Erlebnis zu verbessern.", "Akzeptieren", "Ablehnen",
           ["Startseite", "Aktuelles", "Veröffentlichungen", "Über uns"], "Startseite",
           "War diese Seite hilfreich?", "Ja", "Nein", "Teilen", "Nützliche Links",
           ["Organigramm", "Öffentliche Aufträge"], "© Föderaler Öffentlicher Dienst – Barrierefreiheit – Datenschutz"),
    "en": ("This website uses cookies to improve your experience.", "Accept", "Decline",
           ["Home", "News", "Publications", "About us"], "Home",
           "Was this page helpful?", "Yes", "No", "Share", "Useful links",
           ["Organisation chart", "Public procurement"], "© Federal Public Service – Accessibility – Privacy"),
}


def E(tag: str, *children, **attrs) -> etree._Element:
    """An element: ``E("a", "Home", href="/")``; ``class_`` for class."""
    el = etree.Element(tag, {k.rstrip("_").replace("_", "-"): v for k, v in attrs.items()})
    for child in children:
        if isinstance(child, str):
            if len(el):
                el[-1].tail = (el[-1].tail or "") + child
            else:
                el.text = (el.text or "") + child
        else:
            el.append(child)
    return el


def _body(root) -> etree._Element:
    body = root.find("body")
    return body if body is not None else root


def _content(root) -> etree._Element:
    """The element holding the case's markup: <main>, or the body."""
    main = root.find(".//main")
    return main if main is not None else _body(root)


def _text_slots(root) -> Iterator[tuple[etree._Element, str]]:
    """Every visible text node of the body as (element, "text" | "tail")."""
    for el in list(_body(root).iter()):
        if not isinstance(el.tag, str):
            if el.tail is not None:
                yield el, "tail"
            continue
        skipped = any(a.tag in TEXT_SKIP for a in el.iterancestors() if isinstance(a.tag, str))
        if skipped:
            continue
        if el.tag not in TEXT_SKIP and el.text:
            yield el, "text"
        if el.tail and el is not _body(root):
            yield el, "tail"


def _map_text(root, fn: Callable[[str], str]) -> None:
    """Rewrite every visible text node with ``fn``."""
    for el, slot in list(_text_slots(root)):
        setattr(el, slot, fn(getattr(el, slot)))


def _move_children(source, target) -> None:
    """Move ``source``'s text and children to the end of ``target``."""
    if source.text:
        if len(target):
            target[-1].tail = (target[-1].tail or "") + source.text
        else:
            target.text = (target.text or "") + source.text
    source.text = None
    for child in list(source):
        target.append(child)


def _wrap_children(parent, wrapper) -> etree._Element:
    """Put all of ``parent``'s content inside ``wrapper`` (returns the innermost element)."""
    inner = wrapper
    while len(inner):
        inner = inner[-1]
    _move_children(parent, inner)
    parent.append(wrapper)
    return inner


def _words_at(text: str, rng: random.Random, every: float, fn: Callable[[str], str]) -> str:
    """``text`` with ``fn`` applied to a random share of its words."""
    return re.sub(r"\w{6,}", lambda m: fn(m.group(0)) if rng.random() < every else m.group(0), text)


# --- transformations ---------------------------------------------------------------------------

def roundtrip(root, lang, rng) -> None:
    """Parsed and serialised again: the control."""


def inline_pieces(root, lang, rng) -> None:
    """Text cut at random word boundaries into <span>, <font>, <strong> pieces (page builders)."""
    for el, slot in list(_text_slots(root)):
        text = getattr(el, slot)
        if not text.strip() or el.tag in ("textarea", "option"):
            continue
        tokens = re.findall(r"\s*\S+\s*", text)   # the first token keeps any leading space
        pieces, i = [], 0
        while i < len(tokens):
            n = rng.randint(1, 3)
            chunk = "".join(tokens[i:i + n])
            tag = rng.choice(("span", "font", "strong", "span"))
            piece = etree.Element(tag, {"class": "s1"} if tag == "span" else ({"face": "Arial"} if tag == "font" else {}))
            if rng.random() < 0.5 and chunk != chunk.rstrip():  # the space outside the piece
                piece.text, piece.tail = chunk.rstrip(), chunk[len(chunk.rstrip()):]
            else:
                piece.text = chunk
            pieces.append(piece)
            i += n
        if slot == "text":
            el.text = None
            for k, piece in enumerate(pieces):
                el.insert(k, piece)
        else:
            parent = el.getparent()
            el.tail = None
            at = parent.index(el) + 1
            for k, piece in enumerate(pieces):
                parent.insert(at + k, piece)


def p_to_div(root, lang, rng) -> None:
    """Paragraphs as <div>s."""
    for p in list(root.iter("p")):
        p.tag = "div"


def p_to_br(root, lang, rng) -> None:
    """Runs of sibling paragraphs as one <div> of texts separated by <br><br>."""
    for parent in list(root.iter()):
        if not isinstance(parent.tag, str):
            continue
        run: list = []
        for child in list(parent) + [None]:
            if child is not None and child.tag == "p" and (not run or not (run[-1].tail or "").strip()):
                run.append(child)
                continue
            if len(run) >= 2:
                div = etree.Element("div", {"class": "text"})
                parent.replace(run[0], div)
                for k, p in enumerate(run):
                    if k:
                        div.append(etree.Element("br"))
                        br = etree.Element("br")
                        br.tail = "\n"
                        div.append(br)
                    _move_children(p, div)
                    if p.getparent() is not None:
                        p.getparent().remove(p)
                div.tail = run[-1].tail
            run = [child] if child is not None and child.tag == "p" else []


def aside_boxes(root, lang, rng) -> None:
    """Each paragraph of the content as a "good to know" box: <aside class="box"> (WordPress and
    Drupal callouts), inside the content."""
    for p in list(_content(root).iter("p")):
        box = E("aside", class_="box box--info")
        p.addprevious(box)
        box.append(p)


def drupal(root, lang, rng) -> None:
    """The content in Drupal's region > article > body field wrappers."""
    _wrap_children(_content(root), E("div", E("article", E("div", E("div", class_="field__item"),
                                                            class_="field field--name-body field--type-text-with-summary"),
                                             class_="node node--type-page", role="article"),
                                     class_="region region-content"))


def _feedback(lang) -> etree._Element:
    c = CHROME[lang]
    return E("div", E("p", c[5]), E("button", c[6], type="button"), E("button", c[7], type="button"),
             class_="page-feedback")


def _share(lang) -> etree._Element:
    c = CHROME[lang]
    return E("div", E("span", c[8]), E("a", "Facebook", href="https://www.facebook.com/sharer.php"),
             E("a", "LinkedIn", href="https://www.linkedin.com/shareArticle"), class_="share-buttons")


def chrome_semantic(root, lang, rng) -> None:
    """Cookie banner, header, menu, breadcrumb, sidebar, footer in landmarks around <main>;
    a "was this page helpful?" widget and share buttons at the end of <main>."""
    c = CHROME[lang]
    body = _body(root)
    main = root.find(".//main")
    if main is None:
        main = E("main")
        _wrap_children(body, main)
    main.append(_feedback(lang))
    main.append(_share(lang))
    body.insert(0, E("div", E("p", c[0]), E("button", c[1]), E("button", c[2]), class_="cookie-banner",
                     role="dialog", aria_label="Cookies"))
    body.insert(1, E("header", E("a", E("img", src="/logo-site.png", alt="Logo"), href="/"),
                     E("nav", E("ul", *[E("li", E("a", m, href=f"/{k}.html")) for k, m in enumerate(c[3])]))))
    main.insert(0, E("nav", E("ol", E("li", E("a", c[4], href="/")), E("li", root.findtext(".//title") or "")),
                     aria_label="breadcrumb"))
    main.addnext(E("aside", E("h2", c[9]), E("ul", *[E("li", E("a", m, href="/x.html")) for m in c[10]])))
    body.append(E("footer", E("p", c[11])))


def chrome_classes(root, lang, rng) -> None:
    """The same chrome as plain divs named by their class only, and no <main>."""
    c = CHROME[lang]
    body = _body(root)
    main = root.find(".//main")
    if main is not None:
        main.tag = "div"
        main.set("id", "content")
        content = main
    else:
        content = E("div", id="content")
        _wrap_children(body, content)
    content.append(_feedback(lang))
    content.append(_share(lang))
    content.insert(0, E("div", E("a", c[4], href="/"), " > ", E("span", root.findtext(".//title") or ""),
                        class_="breadcrumb"))
    body.insert(0, E("div", E("p", c[0]), E("a", c[1], href="#"), E("a", c[2], href="#"), class_="cookie-notice"))
    body.insert(1, E("div", E("div", *[E("a", m, href=f"/{k}.html") for k, m in enumerate(c[3])], class_="menu"),
                     id="header", class_="site-header"))
    body.append(E("div", E("h3", c[9]), *[E("a", m, href="/x.html") for m in c[10]], class_="sidebar"))
    body.append(E("div", E("p", c[11]), class_="site-footer"))


def accordion(root, lang, rng) -> None:
    """Each h2/h3 and what follows it up to the next heading as <details><summary>."""
    for heading in list(root.iter("h2", "h3")):
        parent = heading.getparent()
        if parent is None or parent.tag in ("summary", "details"):
            continue
        details = E("details", class_="accordion")
        summary = E("summary")
        _move_children(heading, summary)
        details.append(summary)
        following = []
        for sib in heading.itersiblings():
            if isinstance(sib.tag, str) and sib.tag in HEADINGS:
                break
            following.append(sib)
        details.tail = following[-1].tail if following else heading.tail
        if following:
            following[-1].tail = None
            summary.tail = heading.tail
        parent.replace(heading, details)
        for sib in following:
            details.append(sib)


def layout_table(root, lang, rng) -> None:
    """The whole page in the one cell of a one-row layout table."""
    body = _body(root)
    table = E("table", E("tr", E("td", valign="top")), width="100%", border="0", cellpadding="0")
    _wrap_children(body, table)


def nbsp(root, lang, rng) -> None:
    """Non-breaking spaces before ? ! : ; (French typography) and between some words."""
    def fn(text):
        text = re.sub(r" (?=[?!:;»])", "\u00a0", text)
        return re.sub(r"(?<=\w) (?=\w)", lambda m: "\u00a0" if rng.random() < 0.3 else " ", text)
    _map_text(root, fn)


def soft_hyphens(root, lang, rng) -> None:
    """Soft hyphens inside long words (hyphenation by the editor)."""
    _map_text(root, lambda t: _words_at(t, rng, 0.5, lambda w: w[:3] + "\u00ad" + w[3:]))


def zero_width(root, lang, rng) -> None:
    """Zero-width spaces inside words (pasted from office software)."""
    _map_text(root, lambda t: _words_at(t, rng, 0.4, lambda w: w[:2] + "\u200b" + w[2:]))


def newlines(root, lang, rng) -> None:
    """Source line breaks and indentation between words."""
    _map_text(root, lambda t: re.sub(r"(?<=\S) (?=\S)",
                                     lambda m: "\n      " if rng.random() < 0.25 else " ", t))


def curly_apostrophes(root, lang, rng) -> None:
    """Straight apostrophes as typographic ones."""
    _map_text(root, lambda t: t.replace("'", "\u2019"))


def straight_apostrophes(root, lang, rng) -> None:
    """Typographic apostrophes as straight ones."""
    _map_text(root, lambda t: t.replace("\u2019", "'").replace("\u2018", "'"))


def uppercase_headings(root, lang, rng) -> None:
    """Headings written in capitals."""
    for h in root.iter(*HEADINGS):
        for el in h.iter():
            if isinstance(el.tag, str):
                el.text = el.text.upper() if el.text else el.text
                if el is not h and el.tail:
                    el.tail = el.tail.upper()


def aspnet_form(root, lang, rng) -> None:
    """The page inside ASP.NET WebForms' <form id="aspnetForm"> (inner forms lose their tag)."""
    for form in list(root.iter("form")):
        form.tag = "div"
        form.set("class", "form")
    body = _body(root)
    form = E("form", E("div", E("input", type="hidden", name="__VIEWSTATE", value="/wEPDwUKMTY1"),
                       class_="aspNetHidden"),
             method="post", action="./page.aspx", id="aspnetForm")
    _move_children(body, form)   # after the hidden fields
    body.append(form)


def _insert_inside(root, rng, make: Callable[[], etree._Element]) -> None:
    """Insert ``make()`` at a random word boundary of each paragraph's own text."""
    for p in list(root.iter(*PARAGRAPHS)):
        if not p.text or " " not in p.text.strip():
            continue
        spaces = [m.end() for m in re.finditer(r" ", p.text.strip())]
        cut = len(p.text) - len(p.text.lstrip()) + rng.choice(spaces)
        el = make()
        el.tail = p.text[cut:]
        p.text = p.text[:cut]
        p.insert(0, el)


def scripts_comments(root, lang, rng) -> None:
    """Inline <script>, <style>, <noscript> and comments in the middle of paragraphs."""
    makers = [lambda: etree.Comment(" start: field_body "),
              lambda: E("script", "window.dataLayer = window.dataLayer || []; dataLayer.push({event: 'view'});"),
              lambda: E("style", ".lead { font-weight: bold; }"),
              lambda: E("noscript", "Please enable JavaScript.")]
    _insert_inside(root, rng, lambda: rng.choice(makers)())


def icons(root, lang, rng) -> None:
    """An aria-hidden icon at the start of each paragraph and heading."""
    for p in list(root.iter(*PARAGRAPHS)):
        icon = E("i", class_="fa fa-info-circle", aria_hidden="true")
        icon.tail = " " + (p.text or "")
        p.text = None
        p.insert(0, icon)


def icon_ligatures(root, lang, rng) -> None:
    """An icon font ligature (its text is the icon's name) at the start of each paragraph."""
    for p in list(root.iter(*PARAGRAPHS)):
        icon = E("span", rng.choice(("info", "chevron_right", "arrow_forward")), class_="material-icons",
                 aria_hidden="true")
        icon.tail = " " + (p.text or "")
        p.text = None
        p.insert(0, icon)


UPDATED = {"fr": "Dernière mise à jour : 12/03/2024", "nl": "Laatst bijgewerkt op 12/03/2024",
           "de": "Letzte Aktualisierung: 12.03.2024", "en": "Last updated: 12/03/2024"}
PRINT = {"fr": "Imprimer", "nl": "Afdrukken", "de": "Drucken", "en": "Print"}


def page_title_h1(root, lang, rng) -> None:
    """The page's title as an <h1> at the top of the content, as every CMS template writes it."""
    if root.find(".//h1") is None:
        content = _content(root)
        content.insert(0, E("h1", root.findtext(".//title") or "", class_="page-title"))
        content[0].tail, content.text = content.text, None


def page_meta(root, lang, rng) -> None:
    """A print button and a "last updated" date at the end of the content."""
    content = _content(root)
    content.append(E("div", E("button", PRINT[lang], type="button", class_="print"),
                     E("p", UPDATED[lang], class_="date"), class_="page-meta"))


def role_headings(root, lang, rng) -> None:
    """Headings as ``<div role="heading" aria-level="n">``."""
    for h in list(root.iter(*HEADINGS)):
        h.set("role", "heading")
        h.set("aria-level", h.tag[1])
        h.tag = "div"


def bold_headings(root, lang, rng) -> None:
    """h2-h4 headings as paragraphs in bold (editors who do not use the heading styles)."""
    for h in list(root.iter("h2", "h3", "h4")):
        strong = E("strong")
        _move_children(h, strong)
        h.tag = "p"
        h.append(strong)


def table_sections(root, lang, rng) -> None:
    """Tables with explicit <thead> (header row) and <tbody>, as table editors write them."""
    for table in list(root.iter("table")):
        rows = [r for r in table if isinstance(r.tag, str) and r.tag == "tr"]
        if not rows:
            continue
        body = E("tbody")
        head = None
        if all(isinstance(c.tag, str) and c.tag == "th" for c in rows[0]) and len(rows) > 1:
            head = E("thead")
            table.replace(rows[0], head)
            head.append(rows[0])
            rows = rows[1:]
        table.replace(rows[0], body)
        for r in rows:
            body.append(r)


def drop_caps(root, lang, rng) -> None:
    """The first letter of each paragraph in its own <span class="dropcap">."""
    for p in list(root.iter("p")):
        if p.text and p.text.strip():
            text = p.text.lstrip()
            cap = E("span", text[0], class_="dropcap")
            cap.tail = text[1:]
            p.text = None
            p.insert(0, cap)


def body_classes(root, lang, rng) -> None:
    """The template's classes on <body> (Drupal, WordPress), names of the layout, not of a part;
    and no <main> (older themes)."""
    for main in list(root.iter("main")):
        main.tag = "div"
        main.set("class", "content-area")
    _body(root).set("class", "path-node page-node-type-page has-sidebar-first layout-header-menu")


NEW_WINDOW = {"fr": "(ouvre une nouvelle fenêtre)", "nl": "(opent een nieuw venster)",
              "de": "(öffnet ein neues Fenster)", "en": "(opens in a new window)"}


def link_hints(root, lang, rng) -> None:
    """Screen-reader-only text in links ("opens in a new window"), as accessible themes add it."""
    for a in list(_content(root).iter("a")):
        hint = E("span", " " + NEW_WINDOW[lang], class_=rng.choice(("visually-hidden", "sr-only")))
        a.append(hint)


def empty_paragraphs(root, lang, rng) -> None:
    """Empty paragraphs (``<p>&nbsp;</p>``) between blocks, as WYSIWYG editors leave them."""
    for p in list(root.iter("p", "h2", "h3", "ul", "table")):
        spacer = E("p", "\u00a0")
        spacer.tail = p.tail
        p.tail = None
        p.addnext(spacer)


TRANSFORMS: dict[str, Transform] = {f.__name__: f for f in (
    roundtrip, inline_pieces, p_to_div, p_to_br, drupal, chrome_semantic, chrome_classes, accordion,
    layout_table, nbsp, soft_hyphens, zero_width, newlines, curly_apostrophes, straight_apostrophes,
    uppercase_headings, aspnet_form, scripts_comments, icons, icon_ligatures, link_hints, empty_paragraphs,
    page_title_h1, page_meta, role_headings, bold_headings, table_sections, drop_caps, body_classes,
    aside_boxes)}


# --- running --------------------------------------------------------------------------------------

def transform_html(html: bytes, name: str, lang: str, rng: random.Random) -> bytes:
    """The page rewritten by transformation ``name``."""
    root = lxml.html.document_fromstring(html.decode("utf-8"))
    TRANSFORMS[name](root, lang, rng)
    return lxml.html.tostring(root, encoding="unicode", doctype="<!doctype html>").encode("utf-8")


def cases(rules: tuple[str, ...] = ()) -> list[tuple[str, str, dict]]:
    """(rule id, case name, case) of every YAML case."""
    out = []
    for path in sorted(CASES.glob("*.yml")):
        if rules and path.stem not in rules:
            continue
        for name, case in yaml.safe_load(path.read_text(encoding="utf-8")).items():
            out.append((path.stem, name, case))
    return out


def verdict(rule_id: str, case: dict, transform: str | None = None, seed: str = "") -> str | None:
    """The rule's verdict on the case, its HTML pages rewritten by ``transform``."""
    from rules.engine import run_rules
    from rules.site import Site
    from tests.rules.test_rule_cases import RULES, build_snapshot

    snapshot = build_snapshot(case)
    if transform is not None:
        rng = random.Random(f"{seed}:{transform}")
        for page in snapshot.pages:
            if page.is_html:
                page.body = transform_html(page.body, transform, case["lang"], rng)
    [result] = run_rules(Site.from_snapshot(snapshot), [RULES[rule_id]])
    return result["languages"].get(case["lang"])


def flips(transforms, selected) -> dict[str, list[str]]:
    """For each transformation, the cases whose verdict it changes."""
    out: dict[str, list[str]] = {t: [] for t in transforms}
    for rule_id, name, case in selected:
        base = verdict(rule_id, case)
        for t in transforms:
            got = verdict(rule_id, case, t, seed=f"{rule_id}:{name}")
            if got != base:
                out[t].append(f"{rule_id}:{name} {base}->{got}")
    return out


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", nargs="*", default=[], help="transformations to run (default: all)")
    parser.add_argument("--rules", nargs="*", default=[], help="rule ids (default: all)")
    parser.add_argument("--show", type=int, default=0, help="flipped cases to list per transformation")
    args = parser.parse_args(argv)
    selected = cases(tuple(args.rules))
    names = args.only or list(TRANSFORMS)
    started = time.time()
    found = flips(names, selected)
    print(f"{len(selected)} cases x {len(names)} transformations ({time.time() - started:.0f} s)")
    print(f"{'transformation':24} flips")
    for t in names:
        print(f"{t:24} {len(found[t]):5}")
        for line in found[t][:args.show]:
            print(f"    {line}")
    print(f"{'total':24} {sum(len(v) for v in found.values()):5}")


if __name__ == "__main__":
    main()
