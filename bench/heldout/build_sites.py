"""Write the held-out agency sites (static HTML) and labels.json from bench/heldout/content.

    python -m bench.heldout.build_sites          # rewrites bench/heldout/sites/ and labels.json

The texts and the labels live side by side in bench/heldout/content/<site>.py, so a label
is always written next to the wording it judges. This module only adds the page chrome
(three themes: a Drupal-like federal theme, an old table/sidebar theme and a modern
component theme), filler pages for every menu link, robots.txt, sitemaps and PDFs.
"""

from __future__ import annotations

import html
import importlib
import re
import json
import pkgutil
import shutil
import zlib
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
SITES_DIR = HERE / "sites"
LABELS = HERE / "labels.json"

RULES = ("complaint-vs-appeal", "complaint-rationale", "complaint-definition", "complaint-procedure",
         "complaint-deadlines", "complaint-form", "acknowledgement-of-receipt", "complaint-number",
         "second-line-ombudsman")
SHORT = {"va": "complaint-vs-appeal", "ra": "complaint-rationale", "df": "complaint-definition",
         "pr": "complaint-procedure", "dl": "complaint-deadlines", "fm": "complaint-form",
         "ak": "acknowledgement-of-receipt", "nu": "complaint-number", "om": "second-line-ombudsman"}


def passes(spec: str) -> dict[str, str]:
    """'va ra pr' -> every rule id with pass for the listed ones and fail for the rest."""
    listed = {SHORT[s] for s in spec.split()}
    return {rule: ("pass" if rule in listed else "fail") for rule in RULES}


@dataclass
class Page:
    path: str
    title: str
    body: str
    crumbs: list = field(default_factory=list)   # [(label, path)] between home and this page
    key: str | None = None                        # same key = same page in another language
    lead: str = ""
    date: str = ""
    updated: str = "12/09/2026"


@dataclass
class Lang:
    code: str
    name: str                 # the agency's name in this language
    short: str                # acronym
    home: str                 # path of the home page
    menu: list                # [(label, path, [(label, path) | (heading, [(label, path)])])]
    footer: list              # [(heading, [(label, path)])]
    pages: list
    labels: dict
    tagline: str = ""


@dataclass
class Site:
    name: str
    theme: str                # drupal | classic | modern
    langs: list
    root: str = "splash"      # splash | redirect:/path | lang_redirect | home:<lang>
    files: dict = field(default_factory=dict)   # path -> bytes|str (PDFs, DOCX stand-ins...)
    robots: str = "User-agent: *\nDisallow: /admin/\nDisallow: /user/\n"
    sitemap: bool = False
    colour: str = "#1d4f91"
    notes: str = ""           # what the site tests (README)


UI = {
    "fr": dict(skip="Aller au contenu principal", search="Rechercher", home="Accueil", here="Vous êtes ici :",
               updated="Dernière mise à jour :", cookie=("Ce site utilise des cookies fonctionnels et, avec votre "
               "accord, des cookies de mesure d'audience."), accept="Tout accepter", refuse="Refuser",
               more="Paramétrer", useful="Cette page vous a-t-elle été utile ?", yes="Oui", no="Non",
               menu="Menu", lang="Langue", top="Haut de page", filler=("Cette rubrique présente les informations "
               "relatives à « {t} ». Le contenu détaillé est régulièrement mis à jour par nos services."),
               news="Actualités", splash="Choisissez votre langue"),
    "nl": dict(skip="Naar de hoofdinhoud", search="Zoeken", home="Home", here="U bent hier:",
               updated="Laatst bijgewerkt:", cookie=("Deze website gebruikt functionele cookies en, met uw "
               "toestemming, cookies om het bezoek te meten."), accept="Alles aanvaarden", refuse="Weigeren",
               more="Instellingen", useful="Was deze pagina nuttig?", yes="Ja", no="Nee", menu="Menu",
               lang="Taal", top="Naar boven", filler=("Deze rubriek bevat de informatie over ‘{t}’. De inhoud "
               "wordt regelmatig bijgewerkt door onze diensten."), news="Nieuws", splash="Kies uw taal"),
    "de": dict(skip="Zum Hauptinhalt", search="Suchen", home="Startseite", here="Sie sind hier:",
               updated="Zuletzt aktualisiert:", cookie=("Diese Website verwendet funktionale Cookies und, mit "
               "Ihrer Zustimmung, Cookies zur Reichweitenmessung."), accept="Alle akzeptieren",
               refuse="Ablehnen", more="Einstellungen", useful="War diese Seite hilfreich?", yes="Ja",
               no="Nein", menu="Menü", lang="Sprache", top="Nach oben", filler=("Diese Rubrik enthält die "
               "Informationen zu „{t}“. Der Inhalt wird von unseren Diensten regelmäßig aktualisiert."),
               news="Aktuelles", splash="Wählen Sie Ihre Sprache"),
    "en": dict(skip="Skip to main content", search="Search", home="Home", here="You are here:",
               updated="Last updated:", cookie=("This website uses functional cookies and, with your consent, "
               "audience measurement cookies."), accept="Accept all", refuse="Decline", more="Settings",
               useful="Was this page helpful?", yes="Yes", no="No", menu="Menu", lang="Language",
               top="Back to top", filler=("This section gives information on ‘{t}’. Its content is updated "
               "regularly by our departments."), news="News", splash="Choose your language"),
}
LANG_NAMES = {"fr": "Français", "nl": "Nederlands", "de": "Deutsch", "en": "English"}

esc = html.escape


# ----------------------------------------------------------------------------- helpers

def _menu_links(menu) -> list[tuple[str, str]]:
    out = []
    for label, path, children in menu:
        if path:
            out.append((label, path))
        for child in children or []:
            if isinstance(child[1], list):
                out.extend(child[1])
            else:
                out.append(child)
    return out


def _kids(children) -> list[tuple[str, str]]:
    """A menu entry's links, column headings flattened away."""
    out = []
    for child in children or []:
        out.extend(child[1] if isinstance(child[1], list) else [child])
    return out


def _counterpart(site: Site, lang: Lang, page: Page, other: Lang) -> str:
    if page.key:
        for p in other.pages:
            if p.key == page.key:
                return p.path
    return other.home


def _prefix(lang: Lang) -> str:
    own = f"/{lang.code}"
    return own + "/" if lang.home == own or lang.home.startswith(own + "/") else "/"


def _file_for(path: str) -> str:
    rel = path.lstrip("/")
    if not rel or rel.endswith("/"):
        return rel + "index.html"
    if "." in rel.rsplit("/", 1)[-1]:
        return rel
    return rel + "/index.html"


# ----------------------------------------------------------------------------- themes

def _head(site: Site, lang: Lang, page: Page, css: str) -> str:
    alts = "".join(f'<link rel="alternate" hreflang="{o.code}" href="{_counterpart(site, lang, page, o)}">'
                   for o in site.langs) if site.theme != "classic" else ""
    return (f'<!DOCTYPE html>\n<html lang="{lang.code}" dir="ltr">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<title>{esc(page.title)} | {esc(lang.name)}</title>\n'
            f'<meta name="description" content="{esc(page.lead or page.title)}">\n{alts}\n'
            f'<link rel="stylesheet" href="/themes/{site.theme}/style.css">\n<style>{css}</style>\n</head>\n')


def _lang_switch(site: Site, lang: Lang, page: Page, cls: str, full: bool) -> str:
    items = []
    for o in site.langs:
        label = LANG_NAMES[o.code] if full else o.code.upper()
        if o.code == lang.code:
            items.append(f'<li class="is-active"><span lang="{o.code}" aria-current="true">{label}</span></li>')
        else:
            items.append(f'<li><a href="{_counterpart(site, lang, page, o)}" hreflang="{o.code}" '
                         f'lang="{o.code}" title="{LANG_NAMES[o.code]}">{label}</a></li>')
    return f'<ul class="{cls}">' + "".join(items) + "</ul>"


def _cookie(lang: Lang, variant: str) -> str:
    u = UI[lang.code]
    if variant == "drupal":
        return (f'<div id="sliding-popup" class="sliding-popup-bottom eu-cookie-compliance-banner" role="dialog" '
                f'aria-label="cookies"><div class="eu-cookie-compliance-content"><div class="eu-cookie-'
                f'compliance-message"><p>{u["cookie"]}</p></div><div class="eu-cookie-compliance-buttons">'
                f'<button type="button" class="agree-button">{u["accept"]}</button><button type="button" '
                f'class="decline-button">{u["refuse"]}</button><button type="button" class="settings">'
                f'{u["more"]}</button></div></div></div>')
    if variant == "classic":
        return (f'<div id="cookiebar" style="background:#333;color:#fff;padding:6px">{u["cookie"]} '
                f'<a href="#" id="cookie-ok">{u["accept"]}</a> | <a href="#" id="cookie-no">{u["refuse"]}</a></div>')
    return (f'<dialog class="c-consent" open><p class="c-consent__text">{u["cookie"]}</p><form method="dialog">'
            f'<button class="c-btn c-btn--primary" value="all">{u["accept"]}</button><button class="c-btn" '
            f'value="none">{u["refuse"]}</button></form></dialog>')


def _breadcrumb(lang: Lang, page: Page, variant: str) -> str:
    u = UI[lang.code]
    if page.path == lang.home:
        return ""
    trail = [(u["home"], lang.home)] + list(page.crumbs)
    if variant == "drupal":
        items = "".join(f'<li class="breadcrumb__item"><a href="{p}">{esc(l)}</a></li>' for l, p in trail)
        return (f'<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-'
                f'breadcrumb" class="visually-hidden">{u["here"]}</h2><ol>{items}<li class="breadcrumb__item">'
                f'{esc(page.title)}</li></ol></nav>')
    if variant == "classic":
        return ('<div class="path">' + u["here"] + " " + " &gt; ".join(
            f'<a href="{p}">{esc(l)}</a>' for l, p in trail) + f" &gt; <b>{esc(page.title)}</b></div>")
    items = "".join(f'<li class="c-crumbs__item" itemprop="itemListElement" itemscope itemtype="https://schema.'
                    f'org/ListItem"><a itemprop="item" href="{p}"><span itemprop="name">{esc(l)}</span></a></li>'
                    for l, p in trail)
    return (f'<nav class="c-crumbs" aria-label="{u["here"]}"><ol itemscope itemtype="https://schema.org/'
            f'BreadcrumbList">{items}<li class="c-crumbs__item" aria-current="page">{esc(page.title)}</li></ol></nav>')


def _drupal_menu(lang: Lang) -> str:
    out = ['<nav id="block-mainnavigation" class="main-nav" aria-label="' + UI[lang.code]["menu"] + '">'
           '<button class="main-nav__toggle" aria-expanded="false">' + UI[lang.code]["menu"] + '</button>'
           '<ul class="menu menu--main">']
    for label, path, children in lang.menu:
        if not children:
            out.append(f'<li class="menu-item"><a href="{path}">{esc(label)}</a></li>')
            continue
        cols = []
        loose = []
        for child in children:
            if isinstance(child[1], list):
                cols.append(f'<div class="mega-menu__col"><h3 class="mega-menu__title">{esc(child[0])}</h3><ul>'
                            + "".join(f'<li><a href="{p}">{esc(l)}</a></li>' for l, p in child[1]) + "</ul></div>")
            else:
                loose.append(f'<li><a href="{child[1]}">{esc(child[0])}</a></li>')
        if loose:
            cols.insert(0, '<div class="mega-menu__col"><ul>' + "".join(loose) + "</ul></div>")
        top = f'<a href="{path}">{esc(label)}</a>' if path else f'<span class="menu-item__heading">{esc(label)}</span>'
        out.append(f'<li class="menu-item menu-item--expanded">{top}<div class="mega-menu" hidden>'
                   + "".join(cols) + "</div></li>")
    out.append("</ul></nav>")
    return "".join(out)


def _footer_cols(lang: Lang, cls: str) -> str:
    return "".join(f'<div class="{cls}"><h2>{esc(h)}</h2><ul>' + "".join(
        f'<li><a href="{p}">{esc(l)}</a></li>' for l, p in links) + "</ul></div>" for h, links in lang.footer)


def render_drupal(site: Site, lang: Lang, page: Page) -> str:
    u = UI[lang.code]
    css = f".site-header{{border-top:4px solid {site.colour}}}.mega-menu[hidden]{{display:none}}"
    feedback = (f'<form class="page-feedback" action="#" method="post"><fieldset><legend>{u["useful"]}</legend>'
                f'<button name="useful" value="1">{u["yes"]}</button><button name="useful" value="0">{u["no"]}'
                f'</button></fieldset></form>') if page.path != lang.home else ""
    date = f'<p class="node__date"><time>{page.date}</time></p>' if page.date else ""
    lead = f'<div class="field--name-field-intro"><p>{page.lead}</p></div>' if page.lead else ""
    return (_head(site, lang, page, css) +
            f'<body class="path-node page-node-type-page lang-{lang.code}">\n'
            f'<a href="#main-content" class="visually-hidden focusable skip-link">{u["skip"]}</a>\n'
            + _cookie(lang, "drupal") +
            '\n<div class="belgium-bar"><a href="https://www.belgium.be/">.be</a> <span>'
            + {"fr": "Informations et services officiels", "nl": "Officiële informatie en diensten",
               "de": "Offizielle Informationen und Dienstleistungen", "en": "Official information and services"}[lang.code]
            + '</span></div>\n'
            f'<header class="site-header" role="banner"><div class="site-branding"><a href="{lang.home}" rel="home" '
            f'class="site-logo"><img src="/img/logo-{site.name}.svg" alt="{esc(lang.name)}" width="220" height="60"></a>'
            f'<div class="site-name">{esc(lang.name)}</div><div class="site-slogan">{esc(lang.tagline)}</div></div>'
            f'<div class="block-language" role="navigation" aria-label="{u["lang"]}">'
            + _lang_switch(site, lang, page, "links language-switcher-language-url", False) +
            f'</div><form class="search-block-form" action="{_prefix(lang)}search" method="get" role="search">'
            f'<label for="edit-keys" class="visually-hidden">{u["search"]}</label><input id="edit-keys" '
            f'name="keys" type="search"><button type="submit">{u["search"]}</button></form>\n'
            + _drupal_menu(lang) + "</header>\n" + _breadcrumb(lang, page, "drupal") +
            f'\n<main role="main" id="main-content"><div class="region region-content"><article class="node '
            f'node--type-page node--view-mode-full"><h1 class="page-title"><span class="field--name-title">'
            f'{esc(page.title)}</span></h1>{date}{lead}<div class="clearfix text-formatted field field--name-body">'
            f'\n{page.body}\n</div></article>'
            f'<div class="node__updated">{u["updated"]} {page.updated}</div>{feedback}</div></main>\n'
            f'<footer class="site-footer" role="contentinfo"><div class="site-footer__top">'
            + _footer_cols(lang, "footer-col") +
            f'</div><div class="site-footer__bottom"><p>© 2026 {esc(lang.name)}</p>'
            f'<a href="#top" class="back-to-top">{u["top"]}</a></div></footer>\n</body>\n</html>\n')


def render_classic(site: Site, lang: Lang, page: Page) -> str:
    u = UI[lang.code]
    css = (f"body{{font-family:Verdana,sans-serif;font-size:12px}}#top{{background:{site.colour};color:#fff}}"
           "#leftnav{width:200px;vertical-align:top}.path{font-size:11px}")
    side = []
    for label, path, children in lang.menu:
        side.append(f'<li class="lvl1"><a href="{path or "#"}">{esc(label)}</a>')
        kids = _kids(children)
        if kids:
            side.append('<ul class="sub">' + "".join(f'<li><a href="{p}">{esc(l)}</a></li>' for l, p in kids) + "</ul>")
        side.append("</li>")
    foot = " | ".join(f'<a href="{p}">{esc(l)}</a>' for _h, links in lang.footer for l, p in links)
    langs = " | ".join(
        (f"<b>{LANG_NAMES[o.code]}</b>" if o.code == lang.code else
         f'<a href="{_counterpart(site, lang, page, o)}">{LANG_NAMES[o.code]}</a>') for o in site.langs)
    date = f'<p class="date"><i>{page.date}</i></p>' if page.date else ""
    lead = f"<p><b>{page.lead}</b></p>" if page.lead else ""
    return (_head(site, lang, page, css) + f'<body>\n{_cookie(lang, "classic")}\n'
            f'<table id="top" width="100%" cellpadding="8" cellspacing="0"><tr><td><a href="{lang.home}">'
            f'<img src="/img/logo-{site.name}.svg" alt="logo {esc(lang.short)}" height="50" border="0"></a></td>'
            f'<td><font size="4">{esc(lang.name)}</font><br><small>{esc(lang.tagline)}</small></td>'
            f'<td align="right">{langs}<br><form action="{_prefix(lang)}zoek" method="get"><input name="q" size="15">'
            f'<input type="submit" value="{u["search"]}"></form></td></tr></table>\n'
            f'<table width="100%" cellpadding="6" cellspacing="0"><tr><td id="leftnav"><ul class="nav">'
            + "".join(side) + f'</ul></td>\n<td id="content" valign="top">{_breadcrumb(lang, page, "classic")}'
            f'<h1>{esc(page.title)}</h1>{date}{lead}\n{page.body}\n<p class="upd"><small>{u["updated"]} '
            f'{page.updated}</small></p></td></tr></table>\n<div id="footer" align="center"><small>{foot}<br>'
            f'© {esc(lang.name)}</small></div>\n</body>\n</html>\n')


def render_modern(site: Site, lang: Lang, page: Page) -> str:
    u = UI[lang.code]
    css = f":root{{--brand:{site.colour}}}.o-header{{border-bottom:3px solid var(--brand)}}"
    nav = []
    for label, path, children in lang.menu:
        kids = _kids(children)
        if kids:
            nav.append(f'<li class="c-nav__item c-nav__item--has-sub"><button class="c-nav__toggle" aria-expanded='
                       f'"false">{esc(label)}</button><ul class="c-nav__sub">'
                       + (f'<li><a href="{path}">{esc(label)}</a></li>' if path else "")
                       + "".join(f'<li><a href="{p}">{esc(l)}</a></li>' for l, p in kids) + "</ul></li>")
        else:
            nav.append(f'<li class="c-nav__item"><a class="c-nav__link" href="{path}">{esc(label)}</a></li>')
    date = f'<p class="c-meta"><time>{page.date}</time></p>' if page.date else ""
    lead = f'<p class="c-lead">{page.lead}</p>' if page.lead else ""
    return (_head(site, lang, page, css) + f'<body class="t-{site.name}">\n<a class="c-skip" href="#content">'
            f'{u["skip"]}</a>\n{_cookie(lang, "modern")}\n<header class="o-header"><div class="o-header__inner">'
            f'<a class="o-header__brand" href="{lang.home}"><img src="/img/logo-{site.name}.svg" alt="" width="48" '
            f'height="48"><span class="o-header__name">{esc(lang.name)}</span></a>'
            + _lang_switch(site, lang, page, "c-langs", True) +
            f'<form class="c-search" role="search" action="{_prefix(lang)}search"><input type="search" name="q" '
            f'aria-label="{u["search"]}"><button>{u["search"]}</button></form></div>'
            f'<nav class="c-nav" aria-label="{u["menu"]}"><ul class="c-nav__list">' + "".join(nav) +
            "</ul></nav></header>\n" + _breadcrumb(lang, page, "modern") +
            f'\n<main id="content" class="o-main"><article class="c-article"><header class="c-article__header">'
            f'<h1 class="c-article__title">{esc(page.title)}</h1>{date}{lead}</header>'
            f'<div class="c-rich-text">\n{page.body}\n</div><footer class="c-article__footer"><p>{u["updated"]} '
            f'{page.updated}</p></footer></article></main>\n<footer class="o-footer"><div class="o-footer__cols">'
            + _footer_cols(lang, "o-footer__col") + f'</div><p class="o-footer__legal">{esc(lang.name)} – '
            f'{esc(lang.short)}</p></footer>\n</body>\n</html>\n')


RENDER = {"drupal": render_drupal, "classic": render_classic, "modern": render_modern}


def render_splash(site: Site) -> str:
    links = "".join(f'<li><a href="{l.home}" hreflang="{l.code}" lang="{l.code}">{LANG_NAMES[l.code]}</a>'
                    f'<span class="splash__name" lang="{l.code}">{esc(l.name)}</span></li>' for l in site.langs)
    names = " – ".join(l.name for l in site.langs)
    return (f'<!DOCTYPE html>\n<html>\n<head><meta charset="utf-8"><title>{esc(names)}</title>'
            f'<link rel="stylesheet" href="/themes/{site.theme}/style.css"></head>\n<body class="splash">'
            f'<div class="splash__box"><img src="/img/logo-{site.name}.svg" alt="" width="220">'
            f'<ul class="splash__langs">{links}</ul></div>\n</body>\n</html>\n')


# ----------------------------------------------------------------------------- binary stand-ins

def tiny_pdf(lines: list[str]) -> bytes:
    """A valid one-page PDF showing ``lines`` (Latin-1 text)."""
    text = ["BT /F1 12 Tf 60 780 Td 16 TL"]
    for line in lines:
        safe = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        text.append(f"({safe}) Tj T*")
    text.append("ET")
    stream = zlib.compress("\n".join(text).encode("latin-1", "replace"))
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
            b"/Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def logo_svg(site: Site) -> str:
    initials = site.langs[0].short
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="220" height="60" viewBox="0 0 220 60">'
            f'<rect width="60" height="60" fill="{site.colour}"/><text x="70" y="38" font-family="Arial" '
            f'font-size="22" fill="{site.colour}">{esc(initials)}</text></svg>\n')


THEME_CSS = {
    "drupal": "body{font-family:Arial,sans-serif;margin:0}.visually-hidden{position:absolute;clip:rect(0 0 0 0)}"
              ".belgium-bar{background:#eee;font-size:12px;padding:4px}.menu--main{display:flex;gap:1em;"
              "list-style:none}.breadcrumb ol{display:flex;list-style:none;gap:.5em}\n",
    "classic": "a{color:#036}#leftnav ul{list-style:square}\n",
    "modern": "body{font-family:system-ui,sans-serif}.c-nav__list{display:flex;list-style:none;gap:1rem}"
              "details.c-accordion{border-bottom:1px solid #ccc;padding:.5rem 0}\n",
}


# ----------------------------------------------------------------------------- writer

def _filler(lang: Lang, label: str, path: str) -> Page:
    return Page(path=path, title=label, body=f"<p>{UI[lang.code]['filler'].format(t=esc(label))}</p>")


def _own(lang: Lang, href: str) -> bool:
    """Does a body link belong to this language version (for filler pages)?"""
    return href.startswith(_prefix(lang))


def write_site(site: Site, root: Path, *, render: dict = RENDER, theme_css: dict = THEME_CSS,
               file_for=_file_for, own=_own, files_must_exist: bool = False) -> int:
    """Write every page of ``site`` (filler pages for links to pages the content does not write)
    and its other files under ``root``/site.name; returns the number of pages. The keywords let
    the later held-out sets add themes, query-string addresses and a check that linked files exist."""
    out = root / site.name
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    written: dict[str, str] = {}
    explicit = {p.path for lang in site.langs for p in lang.pages}
    filled: set[str] = set()
    for lang in site.langs:
        pages = {p.path: p for p in lang.pages}
        links = _menu_links(lang.menu) + [l for _h, ls in lang.footer for l in ls]
        for page in lang.pages:
            links += [(re.sub(r"<[^>]+>", "", text).strip() or href, href)
                      for href, text in re.findall(r'<a href="(/[^"#]*)"[^>]*>(.*?)</a>', page.body, re.S)
                      if own(lang, href)]
        for label, path in links:
            if path.startswith(("http", "mailto:", "#", "tel:")) or path in explicit or path in filled:
                continue
            filled.add(path)
            if path.endswith((".pdf", ".docx", ".odt")):
                if files_must_exist and path not in site.files:
                    raise ValueError(f"{site.name}: {path} is linked but not in files")
                continue
            pages[path] = _filler(lang, label, path)
        for page in pages.values():
            rel = file_for(page.path)
            if rel in written:
                raise ValueError(f"{site.name}: {page.path} written twice (also {written[rel]})")
            written[rel] = page.path
            target = out / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(render[site.theme](site, lang, page), encoding="utf-8")
    write_site_files(site, out, written, theme_css)
    return len(written)


def write_site_files(site: Site, out: Path, written: dict[str, str], theme_css: dict[str, str]) -> None:
    """Everything of a site beside its pages (shared by the held-out sets): the splash page,
    site.yml (redirects), robots.txt and sitemap.xml, the logo, the theme's CSS, the site's files."""
    if site.root == "splash":
        (out / "index.html").write_text(render_splash(site), encoding="utf-8")
    config = {}
    if site.root.startswith("redirect:"):
        config["redirects"] = {"/": site.root.split(":", 1)[1]}
    elif site.root == "lang_redirect":
        config["lang_redirect"] = True
    if config:
        import yaml
        (out / "site.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    robots = site.robots
    if site.sitemap:
        robots += "Sitemap: {{origin}}/sitemap.xml\n"
        urls = "".join(f"<url><loc>{{{{origin}}}}{html.escape(path)}</loc></url>" for path in sorted(written.values()))
        (out / "sitemap.xml").write_text('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.'
                                         f'sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>\n', encoding="utf-8")
    (out / "robots.txt").write_text(robots, encoding="utf-8")
    (out / "img").mkdir(exist_ok=True)
    (out / "img" / f"logo-{site.name}.svg").write_text(logo_svg(site), encoding="utf-8")
    theme = out / "themes" / site.theme
    theme.mkdir(parents=True, exist_ok=True)
    (theme / "style.css").write_text(theme_css[site.theme], encoding="utf-8")
    for path, data in site.files.items():
        target = out / path.lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, str):
            target.write_text(data, encoding="utf-8")
        else:
            target.write_bytes(data)


def load_sites(package: str = "bench.heldout.content") -> list[Site]:
    """Every content module's SITE in ``package``, by module name (shared by the held-out sets)."""
    content = importlib.import_module(package)
    return [importlib.import_module(f"{package}.{info.name}").SITE
            for info in sorted(pkgutil.iter_modules(content.__path__), key=lambda m: m.name)]


def build(sites: list[Site], sites_dir: Path, labels_path: Path, write=None) -> dict:
    """Write every site under ``sites_dir`` (with ``write``, default this module's write_site), remove
    sites no longer in the content, write labels.json and print the counts."""
    write = write or write_site
    sites_dir.mkdir(exist_ok=True)
    for old in sites_dir.iterdir():
        if old.is_dir() and old.name not in {s.name for s in sites}:
            shutil.rmtree(old)
    labels = {}
    for site in sites:
        n = write(site, sites_dir)
        labels[site.name] = {lang.code: {r: lang.labels[r] for r in RULES} for lang in site.langs}
        print(f"{site.name:<28} {getattr(site, 'theme', ''):<8} {'/'.join(l.code for l in site.langs):<12} {n:>3} pages")
    labels_path.write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    total = sum(len(v) for v in labels.values())
    verdicts = total * len(RULES)
    passed = sum(1 for s in labels.values() for l in s.values() for v in l.values() if v == "pass")
    print(f"{len(sites)} sites, {total} language versions, {verdicts} verdicts, {passed} pass ({passed / verdicts:.0%})")
    for rule in RULES:
        p = sum(1 for s in labels.values() for l in s.values() if l[rule] == "pass")
        print(f"  {rule:<28} pass {p:>2} / {total}")
    return labels


def main() -> None:
    build(load_sites(), SITES_DIR, LABELS)


if __name__ == "__main__":
    main()
