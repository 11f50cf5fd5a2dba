"""Write the second held-out set of agency sites (static HTML) and labels.json from bench/heldout2/content.

    python -m bench.heldout2.build_sites         # rewrites bench/heldout2/sites/ and labels.json

Same page model as bench/heldout (Site, Lang, Page and the label helper `passes` are imported from
bench.heldout.build_sites, and so are its three themes). This module adds:

- two more themes: ``wp`` (a WordPress-like theme: Polylang language list, widget sidebar, Yoast
  breadcrumb, cookie-notice plugin) and ``portal`` (a legacy ASP.NET/SharePoint-like portal: the whole
  page inside one ``<form id="aspnetForm">`` with a view state, a language tab bar, a left quick-launch
  table, star rating);
- pages whose address carries the language in the query string (``/index.php?lang=nl&page=contact``).
  Such a page is written to ``index.php@lang=nl&page=contact.html`` (parameters sorted) and served by
  bench.heldout2.server.QuerySiteServer, which maps the query back to that file;
- minimal but valid DOCX and ODT files for the downloadable forms.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

from bench.heldout import build_sites as hb
from bench.heldout.build_sites import build, load_sites as shared_load_sites
from bench.heldout.build_sites import (LANG_NAMES, RULES, UI, Lang, Page, Site, esc, passes,  # noqa: F401
                                       tiny_pdf)

HERE = Path(__file__).resolve().parent
SITES_DIR = HERE / "sites"
LABELS = HERE / "labels.json"


# ----------------------------------------------------------------------------- addresses

def query_file(path: str) -> str:
    """'/index.php?page=x&lang=nl' -> 'index.php@lang=nl&page=x.html'; '/a/b/' -> 'a/b/index.html'."""
    parts = urlsplit(path)
    if not parts.query:
        return hb._file_for(parts.path)
    return query_name(parts.path, parts.query)


def query_name(path: str, query: str) -> str:
    """The file of a query-addressed page (parameters sorted); also used by the site server."""
    rel = path.lstrip("/").rstrip("/") or "index"
    key = "&".join(f"{k}={v}" for k, v in sorted(parse_qsl(query, keep_blank_values=True)))
    return f"{rel}@{key}.html"


# ----------------------------------------------------------------------------- binary stand-ins

def _entry(name: str, compress: int = zipfile.ZIP_STORED) -> zipfile.ZipInfo:
    """A zip entry with a fixed date, so that rebuilding gives identical files."""
    info = zipfile.ZipInfo(name, date_time=(2026, 9, 12, 0, 0, 0))
    info.compress_type = compress
    return info


def tiny_docx(lines: list[str]) -> bytes:
    """A minimal valid Word document (WordprocessingML) with one paragraph per line."""
    paras = "".join(f'<w:p><w:r><w:t xml:space="preserve">{esc(line)}</w:t></w:r></w:p>' for line in lines)
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.'
        'openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.'
        'openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.'
        'org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://'
        f'schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{paras}</w:body></w:document>',
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            z.writestr(_entry(name, zipfile.ZIP_DEFLATED), data)
    return buf.getvalue()


def tiny_odt(lines: list[str]) -> bytes:
    """A minimal valid OpenDocument text file with one paragraph per line."""
    paras = "".join(f"<text:p>{esc(line)}</text:p>" for line in lines)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(_entry("mimetype"), "application/vnd.oasis.opendocument.text")
        z.writestr(_entry("META-INF/manifest.xml"), '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:'
                   'manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                   '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.'
                   'opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-'
                   'type="text/xml"/></manifest:manifest>')
        z.writestr(_entry("content.xml"), '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office='
                   '"urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:'
                   'xmlns:text:1.0" office:version="1.2"><office:body><office:text>' + paras +
                   "</office:text></office:body></office:document-content>")
    return buf.getvalue()


# ----------------------------------------------------------------------------- new themes

WP_UI = {
    "fr": dict(recent="Articles récents", powered="Fièrement propulsé par WordPress", cookie="Nous utilisons "
               "des cookies pour vous garantir la meilleure expérience sur notre site.", ok="Ok", privacy=
               "Politique de confidentialité"),
    "nl": dict(recent="Recente berichten", powered="Trots aangedreven door WordPress", cookie="We gebruiken "
               "cookies om je de beste ervaring op onze website te geven.", ok="Ok", privacy="Privacybeleid"),
    "de": dict(recent="Neueste Beiträge", powered="Stolz präsentiert von WordPress", cookie="Wir verwenden "
               "Cookies, um Ihnen das beste Erlebnis auf unserer Website zu bieten.", ok="Ok", privacy=
               "Datenschutzerklärung"),
    "en": dict(recent="Recent posts", powered="Proudly powered by WordPress", cookie="We use cookies to give you "
               "the best experience on our website.", ok="Ok", privacy="Privacy policy"),
}


def render_wp(site: Site, lang: Lang, page: Page) -> str:
    u, w = UI[lang.code], WP_UI[lang.code]
    pid = 100 + (sum(map(ord, page.path)) % 900)
    css = f".site-header{{background:{site.colour}}}.sub-menu{{display:none}}"
    menu = []
    for label, path, children in lang.menu:
        kids = hb._kids(children)
        if kids:
            menu.append(f'<li class="menu-item menu-item-type-post_type menu-item-has-children"><a href="{path or "#"}">'
                        f'{esc(label)}</a><ul class="sub-menu">' + "".join(
                            f'<li class="menu-item"><a href="{p}">{esc(l)}</a></li>' for l, p in kids) + "</ul></li>")
        else:
            menu.append(f'<li class="menu-item menu-item-type-post_type"><a href="{path}">{esc(label)}</a></li>')
    langs = "".join(
        (f'<li class="lang-item lang-item-{o.code} current-lang"><a lang="{o.code}" hreflang="{o.code}" href="'
         f'{hb._counterpart(site, lang, page, o)}" aria-current="true">{o.code.upper()}</a></li>' if o.code == lang.code
         else f'<li class="lang-item lang-item-{o.code}"><a lang="{o.code}" hreflang="{o.code}" href="'
              f'{hb._counterpart(site, lang, page, o)}">{o.code.upper()}</a></li>') for o in site.langs)
    crumbs = ""
    if page.path != lang.home:
        trail = [(u["home"], lang.home)] + list(page.crumbs)
        crumbs = ('<nav class="yoast-breadcrumbs" aria-label="breadcrumbs"><span><span>' + " » ".join(
            f'<a href="{p}">{esc(l)}</a>' for l, p in trail) + f' » <span class="breadcrumb_last" aria-current="page">'
            f'{esc(page.title)}</span></span></span></nav>')
    date = f'<div class="entry-meta"><span class="posted-on"><time class="entry-date published">{page.date}</time>' \
           f'</span></div>' if page.date else ""
    lead = f'<p class="has-medium-font-size">{page.lead}</p>' if page.lead else ""
    widgets = "".join(f'<section class="widget widget_nav_menu"><h2 class="widget-title">{esc(h)}</h2><div class="'
                      f'menu-footer-container"><ul class="menu">' + "".join(
                          f'<li class="menu-item"><a href="{p}">{esc(l)}</a></li>' for l, p in links)
                      + "</ul></div></section>" for h, links in lang.footer)
    return (hb._head(site, lang, page, css) +
            f'<body class="page-template-default page page-id-{pid} wp-custom-logo wp-embed-responsive">\n'
            f'<div id="page" class="site"><a class="skip-link screen-reader-text" href="#primary">{u["skip"]}</a>\n'
            f'<header id="masthead" class="site-header"><div class="site-branding"><a href="{lang.home}" class="custom-'
            f'logo-link" rel="home"><img src="/img/logo-{site.name}.svg" class="custom-logo" alt="{esc(lang.name)}" '
            f'width="220" height="60"></a><p class="site-title"><a href="{lang.home}" rel="home">{esc(lang.name)}</a></p>'
            f'<p class="site-description">{esc(lang.tagline)}</p></div>'
            f'<nav id="site-navigation" class="main-navigation"><button class="menu-toggle" aria-controls="primary-menu" '
            f'aria-expanded="false">{u["menu"]}</button><ul id="primary-menu" class="menu">' + "".join(menu) +
            f'</ul></nav><div class="widget widget_polylang"><ul>{langs}</ul></div></header>\n'
            f'<div id="content" class="site-content">{crumbs}<main id="primary" class="site-main">'
            f'<article id="post-{pid}" class="post-{pid} page type-page status-publish hentry"><header class="entry-'
            f'header"><h1 class="entry-title">{esc(page.title)}</h1>{date}</header><div class="entry-content">{lead}\n'
            f'{page.body}\n</div></article></main>\n<aside id="secondary" class="widget-area"><section class="widget '
            f'widget_search"><form role="search" method="get" class="search-form" action="{lang.home}"><label><span '
            f'class="screen-reader-text">{u["search"]}</span><input type="search" class="search-field" name="s"></label>'
            f'<input type="submit" class="search-submit" value="{u["search"]}"></form></section></aside></div>\n'
            f'<footer id="colophon" class="site-footer"><div class="footer-widgets">{widgets}</div><div class="site-'
            f'info">© 2026 {esc(lang.name)} <span class="sep"> | </span>{w["powered"]}</div></footer></div>\n'
            f'<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cn-position-bottom" aria-label="Cookie '
            f'Notice"><div class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">'
            f'{w["cookie"]}</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-'
            f'cookie" data-cookie-set="accept" class="cn-set-cookie cn-button">{w["ok"]}</a></span></div></div>\n'
            f'</body>\n</html>\n')


PORTAL_UI = {
    "fr": dict(rate="Évaluez cette page", print="Imprimer", sitemap="Plan du site"),
    "nl": dict(rate="Beoordeel deze pagina", print="Afdrukken", sitemap="Sitemap"),
    "de": dict(rate="Bewerten Sie diese Seite", print="Drucken", sitemap="Sitemap"),
    "en": dict(rate="Rate this page", print="Print", sitemap="Site map"),
}


def render_portal(site: Site, lang: Lang, page: Page) -> str:
    u, p_ = UI[lang.code], PORTAL_UI[lang.code]
    css = (f"body{{font-family:Tahoma,Arial,sans-serif;font-size:11px}}.ms-titlearea{{background:{site.colour};"
           "color:#fff}.ms-quicklaunch td{padding:2px 6px}.tabs li{display:inline;margin-right:6px}")
    tabs = "".join(
        (f'<li class="ms-tab ms-tab-selected"><span>{LANG_NAMES[o.code]}</span></li>' if o.code == lang.code else
         f'<li class="ms-tab"><a href="{hb._counterpart(site, lang, page, o)}" title="{LANG_NAMES[o.code]}">'
         f'{LANG_NAMES[o.code]}</a></li>') for o in site.langs)
    top = "".join(f'<td class="ms-topnav"><a href="{path or (hb._kids(ch)[0][1] if ch else "#")}">{esc(label)}</a></td>'
                  for label, path, ch in lang.menu)
    quick = []
    for label, path, children in lang.menu:
        quick.append(f'<tr><td class="ms-quicklaunchheader"><a href="{path or "#"}">{esc(label)}</a></td></tr>')
        quick.extend(f'<tr><td class="ms-quicklaunch">&#160;&#160;<a href="{p}">{esc(l)}</a></td></tr>'
                     for l, p in hb._kids(children))
    crumbs = ""
    if page.path != lang.home:
        trail = [(u["home"], lang.home)] + list(page.crumbs)
        crumbs = ('<span id="ctl00_PlaceHolderTitleBreadcrumb_siteMapPath" class="ms-sitemapdirectional">' +
                  ' <span class="ms-sep">&gt;</span> '.join(f'<a href="{p}">{esc(l)}</a>' for l, p in trail) +
                  f' <span class="ms-sep">&gt;</span> <span class="ms-sitemapcurrent">{esc(page.title)}</span></span>')
    foot = " · ".join(f'<a href="{p}">{esc(l)}</a>' for _h, links in lang.footer for l, p in links)
    state = "/wEPDwUKMTI" + format(zlib.crc32(page.path.encode()), "010d") + "ZGQ="
    stars = "".join(f'<input type="radio" name="ctl00$rating" value="{i}" id="r{i}"><label for="r{i}">{i}</label>'
                    for i in range(1, 6))
    return (hb._head(site, lang, page, css) +
            f'<body class="v4master" scroll="yes">\n<form method="post" action="{esc(page.path)}" id="aspnetForm">'
            f'<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{state}">'
            f'<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAK3d1Xl"></div>\n'
            f'<div id="ctl00_CookieWarning" class="cookiewarning">{u["cookie"]} <input type="submit" name="ctl00$'
            f'CookieOk" value="{u["accept"]}"></div>\n'
            f'<div id="s4-titlerow" class="ms-titlearea"><table width="100%"><tr><td><a href="{lang.home}" id="ctl00_'
            f'SiteLogo"><img src="/img/logo-{site.name}.svg" alt="{esc(lang.short)}" height="48"></a></td><td><h2 class='
            f'"ms-sitetitle">{esc(lang.name)}</h2><div>{esc(lang.tagline)}</div></td><td align="right"><ul class="tabs" '
            f'id="ctl00_LangBar">{tabs}</ul><input name="ctl00$SearchBox" type="text" title="{u["search"]}"><input '
            f'type="submit" name="ctl00$SearchGo" value="{u["search"]}"></td></tr></table></div>\n'
            f'<table class="ms-topnavtable" cellspacing="0"><tr>{top}</tr></table>\n'
            f'<table width="100%" cellspacing="0" cellpadding="4"><tr><td valign="top" width="190"><table class="ms-'
            f'quicklaunch" id="zz1_QuickLaunchMenu">{"".join(quick)}</table></td>\n<td valign="top" id="MSO_ContentTable">'
            f'{crumbs}<h1 class="ms-pagetitle" id="ctl00_PageTitle">{esc(page.title)}</h1>'
            + (f'<div class="ms-date">{page.date}</div>' if page.date else "")
            + (f'<div class="ms-rteElement-Lead">{page.lead}</div>' if page.lead else "") +
            f'<div id="ctl00_PlaceHolderMain_ctl01__ControlWrapper_RichHtmlField" class="ms-rtestate-field">\n'
            f'{page.body}\n</div><div class="ms-pageinfo">{u["updated"]} {page.updated} · <a href="javascript:window.'
            f'print()">{p_["print"]}</a></div><fieldset class="ms-rating"><legend>{p_["rate"]}</legend>{stars}</fieldset>'
            f'</td></tr></table>\n<div id="ctl00_Footer" class="ms-footer">{foot} · © {esc(lang.name)}</div>\n'
            f'</form>\n</body>\n</html>\n')


RENDER = {**hb.RENDER, "wp": render_wp, "portal": render_portal}
THEME_CSS = {**hb.THEME_CSS,
             "wp": "body{font-family:Georgia,serif}.screen-reader-text{position:absolute;left:-9999px}"
                   ".main-navigation ul{list-style:none;display:flex;gap:1em}\n",
             "portal": "a{color:#0072bc}.ms-footer{border-top:1px solid #ccc;margin-top:2em}\n"}


# ----------------------------------------------------------------------------- writer

def _own(lang: Lang, href: str) -> bool:
    """Does a body link belong to this language version (for filler pages)?"""
    query_lang = dict(parse_qsl(urlsplit(href).query)).get("lang")
    if query_lang:
        return query_lang == lang.code
    return hb._own(lang, href)


def write_site(site: Site, root: Path) -> int:
    return hb.write_site(site, root, render=RENDER, theme_css=THEME_CSS, file_for=query_file, own=_own,
                         files_must_exist=True)


def load_sites() -> list[Site]:
    return shared_load_sites("bench.heldout2.content")


def main() -> None:
    build(load_sites(), SITES_DIR, LABELS, write_site)


if __name__ == "__main__":
    main()
