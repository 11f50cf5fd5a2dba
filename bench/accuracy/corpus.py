"""Generate the labelled accuracy corpus: invented federal agency websites as static HTML.

    python -m bench.accuracy.corpus [OUT_DIR] [--seed N] [--sites N]

writes OUT_DIR/sites/<site>/... (one folder per site, served by examples.siteserver),
OUT_DIR/labels.json (site -> language -> rule id -> "pass"/"fail") and OUT_DIR/truth.json
(per site: the layout, and per language the pages and every text block with its criterion,
variant and page, so that errors can be traced to a phrasing or to the crawl).

Everything is drawn from one seeded random generator: same seed, same bytes.

How a language version is labelled: the criteria are drawn (about half pass, per rule),
then texts are picked from the phrase pools (pools_*.py). Each text declares what it
conveys (its facets, see model.py); a text is only used where everything it conveys is
true for that language version, and the labels are re-derived from what was written and
checked against the draw. Pages that use the word "plainte"/"klacht"/"Beschwerde" for
something else (criminal complaint, levy objection, reporting a company, news about the
Ombudsman's annual report) are added as traps and never count towards a label.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import re
import tempfile
import zipfile
from html import unescape
from dataclasses import dataclass, field
from pathlib import Path

from bench.accuracy import pools_de, pools_en, pools_fr, pools_nl
from bench.accuracy.model import ABSENT, LANGS, RULES, T, derive, facets_of

DEFAULT_SEED = 23289
DEFAULT_SITES = 40
POOLS = {"fr": pools_fr, "nl": pools_nl, "de": pools_de, "en": pools_en}
ORDER = ["why", "def", "appeal", "proc", "form", "ack", "number", "deadline", "second"]

# ----------------------------------------------------------------------------- invented agencies
TYPES = [
    ("Office fédéral", "Federale Dienst", "Föderalamt", "Federal Office"),
    ("Agence fédérale", "Federaal Agentschap", "Föderalagentur", "Federal Agency"),
    ("Institut fédéral", "Federaal Instituut", "Föderalinstitut", "Federal Institute"),
    ("Service fédéral", "Federale Overheidsdienst", "Föderaldienst", "Federal Service"),
    ("Caisse fédérale", "Federale Kas", "Föderalkasse", "Federal Fund"),
    ("Commission fédérale", "Federale Commissie", "Föderalkommission", "Federal Commission"),
]
THEMES = [  # (slug, fr, nl, de, en): invented remits, no real administration
    ("phares", "des Phares et Balises", "voor Vuurtorens en Bakens", "für Leuchttürme und Seezeichen",
     "for Lighthouses and Beacons"),
    ("carillons", "des Carillons", "voor Beiaarden", "für Glockenspiele", "for Carillons"),
    ("apiculture", "de l'Apiculture", "voor Bijenteelt", "für Bienenzucht", "for Beekeeping"),
    ("ecluses", "des Écluses historiques", "voor Historische Sluizen", "für historische Schleusen",
     "for Historic Locks"),
    ("meteorites", "des Météorites", "voor Meteorieten", "für Meteoriten", "for Meteorites"),
    ("dunes", "des Dunes côtières", "voor Kustduinen", "für Küstendünen", "for Coastal Dunes"),
    ("montgolfieres", "des Montgolfières", "voor Heteluchtballons", "für Heißluftballone",
     "for Hot-Air Balloons"),
    ("semences", "des Semences anciennes", "voor Oude Zaden", "für alte Saatgutsorten", "for Heritage Seeds"),
    ("dentelle", "de la Dentelle", "voor Kantwerk", "für Spitzenkunst", "for Lacework"),
    ("heure", "de l'Heure légale", "voor de Wettelijke Tijd", "für die gesetzliche Zeit", "for Legal Time"),
    ("sons", "des Archives sonores", "voor Klankarchieven", "für Tonarchive", "for Sound Archives"),
    ("moulins", "des Moulins à vent", "voor Windmolens", "für Windmühlen", "for Windmills"),
    ("grottes", "de la Cartographie des Grottes", "voor Grottenkartografie", "für Höhlenkartografie",
     "for Cave Mapping"),
    ("pigeons", "des Pigeons voyageurs", "voor Postduiven", "für Brieftauben", "for Homing Pigeons"),
    ("funiculaires", "des Funiculaires", "voor Kabelspoorwegen", "für Standseilbahnen", "for Funiculars"),
    ("orgues", "des Orgues historiques", "voor Historische Orgels", "für historische Orgeln",
     "for Historic Organs"),
    ("thermes", "des Eaux thermales", "voor Thermaal Water", "für Thermalwasser", "for Thermal Waters"),
    ("horloges", "des Horloges publiques", "voor Openbare Uurwerken", "für öffentliche Uhren",
     "for Public Clocks"),
    ("vitraux", "des Vitraux", "voor Glasramen", "für Glasfenster", "for Stained Glass"),
    ("marionnettes", "des Marionnettes", "voor Poppenspel", "für Puppenspiel", "for Puppetry"),
    ("aurores", "des Phénomènes célestes", "voor Hemelverschijnselen", "für Himmelserscheinungen",
     "for Sky Phenomena"),
    ("plaisance", "des Bateaux anciens", "voor Historische Vaartuigen", "für historische Boote",
     "for Vintage Boats"),
    ("brassage", "du Patrimoine brassicole", "voor Brouwerijerfgoed", "für Brauereierbe",
     "for Brewing Heritage"),
    ("cerfs-volants", "des Cerfs-volants", "voor Vliegers", "für Drachen", "for Kites"),
    ("marees", "de la Mesure des Marées", "voor Getijdenmeting", "für Gezeitenmessung",
     "for Tide Measurement"),
    ("fontaines", "des Fontaines publiques", "voor Openbare Fonteinen", "für öffentliche Brunnen",
     "for Public Fountains"),
    ("cartes", "des Cartes anciennes", "voor Oude Kaarten", "für historische Landkarten",
     "for Antique Maps"),
    ("neige", "de la Neige et du Verglas", "voor Sneeuw en IJzel", "für Schnee und Glatteis",
     "for Snow and Black Ice"),
    ("instruments", "des Instruments prêtés", "voor Uitleeninstrumenten", "für Leihinstrumente",
     "for Loaned Instruments"),
    ("fossiles", "des Fossiles", "voor Fossielen", "für Fossilien", "for Fossils"),
    ("abris", "des Abris souterrains", "voor Schuilkelders", "für Schutzbunker", "for Shelters"),
    ("balisage", "du Balisage fluvial", "voor Rivierbebakening", "für Flussbeschilderung",
     "for River Signage"),
    ("tapisseries", "des Tapisseries", "voor Wandtapijten", "für Wandteppiche", "for Tapestries"),
    ("halage", "des Chemins de halage", "voor Jaagpaden", "für Treidelpfade", "for Towpaths"),
    ("cometes", "des Comètes", "voor Kometen", "für Kometen", "for Comets"),
    ("papier", "du Papier ancien", "voor Historisch Papier", "für historisches Papier", "for Historic Paper"),
    ("ascenseurs", "des Ascenseurs à bateaux", "voor Scheepsliften", "für Schiffshebewerke",
     "for Boat Lifts"),
    ("lutherie", "de la Lutherie", "voor Vioolbouw", "für Geigenbau", "for Violin Making"),
    ("herbiers", "des Herbiers", "voor Herbaria", "für Herbarien", "for Herbaria"),
    ("kermesses", "des Fêtes foraines", "voor Kermissen", "für Jahrmärkte", "for Funfairs"),
    ("echecs", "des Échecs", "voor het Schaakspel", "für Schach", "for Chess"),
    ("jardins", "des Jardins suspendus", "voor Hangende Tuinen", "für hängende Gärten",
     "for Hanging Gardens"),
    ("volcans", "des Volcans éteints", "voor Uitgedoofde Vulkanen", "für erloschene Vulkane",
     "for Extinct Volcanoes"),
    ("ponts", "des Ponts-levis", "voor Ophaalbruggen", "für Zugbrücken", "for Drawbridges"),
]
STREETS = [("Rue de l'Essai", "Proefstraat"), ("Boulevard du Récit", "Verhaallaan"),
           ("Place de la Fiction", "Fictieplein"), ("Avenue des Maquettes", "Maquettelaan"),
           ("Rue du Prototype", "Prototypestraat"), ("Quai des Brouillons", "Kladkaai")]
OMBUD = {"fr": "https://www.mediateurfederal.be/fr", "nl": "https://www.federaalombudsman.be/nl",
         "de": "https://www.federalombudsman.be/de", "en": "https://www.federalombudsman.be/en"}
PENSIONS = {"fr": "https://www.mediateurpensions.be/fr", "nl": "https://www.ombudsmanpensioenen.be/nl",
            "de": "https://www.ombudsmannpensionen.be/de", "en": "https://www.mediateurpensions.be/en"}
ACK_CHOICES = [(48, "hour"), (2, "wday"), (3, "wday"), (5, "wday"), (5, "day"), (7, "cday"), (10, "cday"),
               (1, "week"), (10, "wday"), (4, "day")]
ANS_CHOICES = [(15, "wday"), (20, "wday"), (30, "day"), (30, "cday"), (45, "cday"), (40, "day"), (1, "month"),
               (2, "month"), (4, "week"), (6, "week"), (60, "day"), (3, "week"), (21, "day")]
APPEAL_CHOICES = [(1, "month"), (3, "month"), (30, "day"), (60, "day"), (6, "month")]

PNG_1PX = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cfc0f01f0005000201a5f6d9d80000000049454e44ae426082")
PDF_MIN = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


# ----------------------------------------------------------------------------- data classes
@dataclass
class Block:
    short: str
    label: str
    tpl: T
    html: str = ""
    heading: str | None = None
    page: str = "complaints"


@dataclass
class Version:
    lang: str
    labels: dict
    mode: str | None
    blocks: list = field(default_factory=list)
    roles: list = field(default_factory=list)  # pages this language version has
    traps: list = field(default_factory=list)
    ctx: dict = field(default_factory=dict)
    has_complaints: bool = True


@dataclass
class Site:
    name: str
    names: dict  # lang -> agency name
    langs: list
    layout: dict
    versions: dict = field(default_factory=dict)
    paths: dict = field(default_factory=dict)  # (lang, role) -> path
    files: dict = field(default_factory=dict)  # path -> bytes
    config: dict = field(default_factory=dict)  # site.yml


# ----------------------------------------------------------------------------- labels
class Balancer:
    """Draws pass/fail so that every rule ends near 50/50 over the corpus, forced fails included."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.counts = {s: [0, 0] for s in RULES}

    def draw(self, short: str, forced_fail: bool = False) -> str:
        passed, total = self.counts[short]
        if forced_fail:
            label = "fail"
        else:
            share = passed / total if total else 0.5
            p = 0.72 if share < 0.5 else 0.36
            label = "pass" if self.rng.random() < p else "fail"
        self.counts[short][0] += label == "pass"
        self.counts[short][1] += 1
        return label


def plan_version(rng: random.Random, bal: Balancer, lang: str, has_complaints: bool) -> Version:
    pool = POOLS[lang].POOLS
    if not has_complaints:
        labels = {s: bal.draw(s, forced_fail=True) for s in RULES}
        return Version(lang, labels, "a", has_complaints=False)
    labels = {"proc": bal.draw("proc")}
    mode = None
    if labels["proc"] == "fail":
        mode = rng.choice("ab")  # a: nothing says how to file; b: nothing says what happens next
    forced = {"form"} if mode == "a" else ({"ack", "number", "deadline"} if mode == "b" else set())
    for short in rng.sample([s for s in RULES if s != "proc"], len(RULES) - 1):
        labels[short] = bal.draw(short, forced_fail=short in forced)

    forbidden = {s for s, l in labels.items() if l == "fail"}
    if mode == "a":
        forbidden.add("how")
    if mode == "b":
        forbidden.add("next")

    version = Version(lang, labels, mode)
    covered: set[str] = set()
    for short in rng.sample(ORDER, len(ORDER)):
        label = labels[short]
        if label == "pass" and short in covered and rng.random() < 0.5:
            continue  # already said by a combined phrasing
        choices = [tp for tp in pool[short][label] if not (tp.facets & forbidden)]
        if label == "pass":
            choices = [tp for tp in choices if not (facets_of(short, label, tp) & forbidden)]
        if not choices:
            raise RuntimeError(f"no {label} phrasing for {short} ({lang}) outside {sorted(forbidden)}")
        tpl = rng.choice(choices)
        if tpl is ABSENT or not tpl.html:
            continue
        version.blocks.append(Block(short, label, tpl))
        covered |= facets_of(short, label, tpl, proven=True)
    derived = derive(covered)
    if derived != labels:
        diff = {s: (labels[s], derived[s]) for s in RULES if labels[s] != derived[s]}
        raise AssertionError(f"labels drawn and written disagree ({lang}): {diff}")
    return version


# ----------------------------------------------------------------------------- text variety
_TAG = re.compile(r"(<[^>]+>)")
_ENTITIES = {"é": "&eacute;", "è": "&egrave;", "à": "&agrave;", "ê": "&ecirc;", "ç": "&ccedil;",
             "ü": "&uuml;", "ö": "&ouml;", "ä": "&auml;", "ß": "&szlig;", "’": "&rsquo;", "É": "&Eacute;", "À": "&Agrave;",
             "ë": "&euml;", "ô": "&ocirc;", "î": "&icirc;", "û": "&ucirc;", "–": "&ndash;", "«": "&laquo;",
             "»": "&raquo;"}
_INLINE = [("<strong>", "</strong>"), ("<em>", "</em>"), ("<span class=\"accent\">", "</span>"),
           ("<b>", "</b>"), ("<span>", "</span>")]


def _map_text(html: str, fn) -> str:
    parts = _TAG.split(html)
    for i in range(0, len(parts), 2):
        parts[i] = fn(parts[i])
    return "".join(parts)


def _split_inline(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    if len(words) < 4:
        return text
    start = rng.randrange(0, len(words) - 1)
    end = min(len(words), start + rng.randint(1, 3))
    opening, closing = rng.choice(_INLINE)
    words[start] = opening + words[start]
    words[end - 1] = words[end - 1] + closing
    return " ".join(words)


def vary_block(html: str, rng: random.Random, lang: str, style: dict) -> str:
    """Same words, other bytes: apostrophes, no-break spaces, inline tags, line breaks, entities."""
    if style["curly"]:
        html = _map_text(html, lambda s: s.replace("'", "’"))
    if rng.random() < 0.5:
        html = _map_text(html, lambda s: re.sub(r"(\d) (?=[^\W\d])", r"\1&nbsp;", s))
        if lang == "fr":
            html = _map_text(html, lambda s: re.sub(r" ([?:;!»])", r"&nbsp;\1", s))
    if rng.random() < 0.45:
        for _ in range(rng.randint(1, 2)):
            html = _map_text(html, lambda s: _split_inline(s, rng) if rng.random() < 0.5 else s)
    if rng.random() < 0.3:
        html = _map_text(html, lambda s: re.sub(r"\. (?=[A-ZÀ-Ý])", ".<br>\n", s, count=1))
    if rng.random() < 0.3:
        html = _map_text(html, lambda s: s.replace(" ", "\n      ", 1) if len(s) > 40 else s)
    return html


def encode_entities(html: str, style: dict) -> str:
    if not style["entities"]:
        return html
    numeric = style["numeric"]

    def enc(s: str) -> str:
        out = []
        for ch in s:
            if ch in _ENTITIES:
                out.append(f"&#{ord(ch)};" if numeric else _ENTITIES[ch])
            else:
                out.append(ch)
        return "".join(out)
    return _map_text(html, enc)


_BLOCK_EL = re.compile(r"<(ul|ol|table|form|div|dl)\b.*?</\1>", re.S)


def blockify(html: str) -> str:
    """Wrap loose inline text in <p>, leave lists, tables and forms as they are."""
    out, pos = [], 0
    for m in _BLOCK_EL.finditer(html):
        text = html[pos:m.start()].strip()
        if text:
            out.append(f"<p>{text}</p>")
        out.append(m.group(0))
        pos = m.end()
    tail = html[pos:].strip()
    if tail:
        out.append(f"<p>{tail}</p>")
    return "\n".join(out)


# ----------------------------------------------------------------------------- layouts
def draw_layout(rng: random.Random) -> dict:
    scheme = rng.choices(["prefix", "locale", "flat", "node"], [4, 2, 3, 2])[0]
    if scheme == "flat":
        entry = rng.choice(["home", "splash"])
    else:
        options = ["redirect", "splash", "home"] + (["lang_redirect"] if scheme == "prefix" else [])
        entry = rng.choice(options)
    switcher = rng.choice(["codes", "names", "flags", "none"])
    hreflang = rng.random() < 0.5 or (switcher == "none" and entry != "splash")
    lang_attr = rng.choices(["html", "none", "fr-everywhere"], [6, 3, 1])[0]
    nav = rng.choice(["nav", "contact", "about", "footer"])
    return {"scheme": scheme, "entry": entry, "switcher": switcher, "hreflang": hreflang,
            "lang_attr": lang_attr, "nav": nav, "legacy_link": rng.random() < 0.2,
            "curly": rng.random() < 0.5, "entities": rng.random() < 0.3, "numeric": rng.random() < 0.3,
            "sitemap": rng.random() < 0.5}


NAV_DEPTH = {"nav": 1, "contact": 2, "about": 3, "footer": 1}
BASE_ROLES = ["home", "contact", "about", "news", "services", "legal", "accessibility"]


def assign_paths(site: Site, rng: random.Random) -> None:
    lay = site.layout
    scheme, nav = lay["scheme"], lay["nav"]
    node_ids = iter(rng.sample(range(100, 9999), 400))
    flat_names: dict[tuple, str] = {}
    for lang in site.langs:
        v = site.versions[lang]
        slugs = POOLS[lang].SLUGS
        base = {"prefix": f"/{lang}/", "locale": f"/{lang}-be/", "node": f"/{lang}/", "flat": "/"}[scheme]
        for role in v.roles:
            if role == "home":
                if lay["entry"] == "home" and lang == "fr":
                    path = "/"
                elif scheme == "flat":
                    path = None
                else:
                    path = base
            elif scheme == "node":
                path = f"{base}node/{next(node_ids)}"
            elif scheme == "flat":
                path = None
            else:
                path = base + _nested(role, slugs, nav)
            if path is None:  # flat: one file per page, named in the page's language
                flat_names[(lang, role)] = _flat_name(role, slugs)
            else:
                site.paths[(lang, role)] = path
    if flat_names:
        seen: dict[str, int] = {}
        for name in flat_names.values():
            seen[name] = seen.get(name, 0) + 1
        for (lang, role), name in flat_names.items():
            if seen[name] > 1:
                name = f"{name}-{lang}"
            site.paths[(lang, role)] = f"/{name}.html"


def _nested(role: str, slugs: dict, nav: str) -> str:
    comp = {"nav": slugs["complaints"] + "/",
            "contact": f"{slugs['contact']}/{slugs['complaints']}/",
            "about": f"{slugs['about']}/{slugs['quality']}/{slugs['complaints']}/",
            "footer": slugs["complaints_alt"] + "/"}[nav]
    if role == "complaints":
        return comp
    if role in ("procedure", "faq", "form"):
        return comp + slugs[role] + "/"
    if role == "quality":
        return f"{slugs['about']}/{slugs['quality']}/"
    if role in ("criminal", "ombud_news", "stats_news"):
        return f"{slugs['news']}/{slugs[role]}/"
    if role in ("levy", "thirdparty"):
        return f"{slugs['services']}/{slugs[role]}/"
    return slugs[role] + "/"


def _flat_name(role: str, slugs: dict) -> str:
    if role in ("procedure", "faq", "form"):
        return f"{slugs['complaints']}-{slugs[role]}"
    if role == "complaints":
        return slugs["complaints"]
    return slugs[role]


# ----------------------------------------------------------------------------- one site
def make_site(index: int, seed: int, bal: Balancer, theme: tuple, kind: tuple) -> Site:
    rng = random.Random(f"{seed}:{index}")
    slug = theme[0]
    langs = ["fr", "nl"] + (["de"] if rng.random() < 0.5 else []) + (["en"] if rng.random() < 0.55 else [])
    names = {lang: f"{kind[i]} {theme[i + 1]}" for i, lang in enumerate(LANGS)}
    site = Site(f"{index:02d}-{slug}", {lang: names[lang] for lang in langs}, langs, draw_layout(rng))
    lay = site.layout
    depth_ok = NAV_DEPTH[lay["nav"]] <= 2  # sub-pages stay within the crawler's default depth (4)

    street = rng.choice(STREETS)
    number = rng.randint(1, 120)
    phone = f"02 {rng.randint(200, 599)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
    ack_d, ans_d, appeal_d = rng.choice(ACK_CHOICES), rng.choice(ANS_CHOICES), rng.choice(APPEAL_CHOICES)
    second_body = rng.choices(["ombud", "pensions", "comitep"], [7, 2, 1])[0]
    common = {"year": 2025, "year2": 2028, "count": rng.randint(120, 900), "count2": rng.randint(6000, 11000),
              "founded": rng.randint(1994, 2016), "staff": rng.randint(40, 900)}

    for lang in langs:
        has_complaints = lang in ("fr", "nl") or rng.random() > 0.12
        version = plan_version(rng, bal, lang, has_complaints)
        mod = POOLS[lang]
        words = rng.random() < 0.35
        ans_here = rng.choice(ANS_CHOICES) if rng.random() < 0.15 else ans_d
        ans, ans_x = mod.duration(*ans_here, words)
        ack, ack_x = mod.duration(*ack_d, words)
        appeal, appeal_x = mod.duration(*appeal_d, rng.random() < 0.5)
        dom = f"{slug}.example"
        mail_local = {"fr": "plaintes", "nl": "klachten", "de": "beschwerden", "en": "complaints"}[lang]
        address = (f"{street[1]} {number}" if lang == "nl" else f"{street[0]} {number}") + ", " + mod.UI["city"]
        version.ctx = dict(common, agency=site.names[lang], email=f"{mail_local}@{dom}", info_email=f"info@{dom}",
                           address=address, phone=phone, ans=ans, ans_x=ans_x, ack=ack, ack_x=ack_x,
                           appeal=appeal, appeal_x=appeal_x, ombud_url=OMBUD[lang], pens_url=PENSIONS[lang],
                           ext_form_url=f"https://eservices.{dom}/{lang}/{mail_local}")
        _retarget_second(rng, mod, version, second_body)
        roles = list(BASE_ROLES)
        if lay["nav"] == "about":
            roles.append("quality")
        if version.has_complaints:
            roles.append("complaints")
            _place_blocks(rng, version, depth_ok, roles)
        for trap in ("criminal", "levy", "thirdparty", "ombud_news", "stats_news"):
            if rng.random() < 0.3:
                version.traps.append(trap)
                roles.append(trap)
        version.roles = roles
        site.versions[lang] = version

    assign_paths(site, rng)
    build_files(site, rng)
    return site


def _retarget_second(rng: random.Random, mod, version: Version, body: str) -> None:
    """Pension and police-related bodies have their own second line: use it on most such sites."""
    if body == "ombud":
        return
    pattern = re.compile("Pensio" if body == "pensions" else "Comit|Komitee|Committee")
    for b in version.blocks:
        if b.short == "second" and b.label == "pass" and rng.random() < 0.7:
            alts = [tp for tp in mod.POOLS["second"]["pass"] if pattern.search(tp.html) and tp.facets <= b.tpl.facets]
            if alts:
                b.tpl = rng.choice(alts)


def _place_blocks(rng: random.Random, v: Version, depth_ok: bool, roles: list) -> None:
    want_proc = depth_ok and rng.random() < 0.4
    want_faq = depth_ok and rng.random() < 0.35
    for b in v.blocks:
        if b.tpl.place == "form":
            b.page = "form" if depth_ok else "complaints"
        elif b.tpl.place == "contact" and rng.random() < 0.25:
            b.page = "contact"
        elif want_proc and b.short in ("proc", "deadline", "ack", "number") and rng.random() < 0.65:
            b.page = "procedure"
        elif want_faq and b.short in ("def", "appeal", "second", "why") and rng.random() < 0.65:
            b.page = "faq"
        else:
            b.page = "complaints"
    for sub in ("procedure", "faq", "form"):
        if any(b.page == sub for b in v.blocks):
            roles.append(sub)
    # keep a roughly logical reading order, with some shuffling
    v.blocks.sort(key=lambda b: ORDER.index(b.short) + rng.random() * 3)


# ----------------------------------------------------------------------------- rendering
def build_files(site: Site, rng: random.Random) -> None:
    lay = site.layout
    docs: set[str] = set()
    for lang in site.langs:
        v = site.versions[lang]
        ctx = v.ctx
        slugs = POOLS[lang].SLUGS
        ctx.update(
            contact_url=site.paths[(lang, "contact")],
            form_url=site.paths.get((lang, "form"), ctx["ext_form_url"]),
            pdf_url=f"/documents/{slugs['complaints']}-{lang}.pdf",
            docx_url=f"/documents/{slugs['complaints']}-{lang}.docx",
            other_pdf_url=f"/documents/refund-{lang}.pdf",
            report_pdf_url=f"/documents/report-{lang}.pdf",
            levy_pdf_url=f"/documents/levy-{lang}.pdf",
        )
        for b in v.blocks:
            html = vary_block(b.tpl.html.replace("{online_form}", "").format(**ctx), rng, lang, lay)
            if "{online_form}" in b.tpl.html:
                html += complaint_form(lang, site.paths[(lang, b.page)])
            b.html = blockify(html)
            b.heading = _heading(rng, lang, b)
            for key in ("pdf_url", "docx_url", "other_pdf_url", "report_pdf_url"):
                if "{" + key + "}" in b.tpl.html:
                    docs.add(ctx[key])
        if "levy" in v.traps:
            docs.add(ctx["levy_pdf_url"])
        for role in v.roles:
            html = render_page(site, lang, role, rng)
            site.files[_file_for(site.paths[(lang, role)])] = encode_entities(html, lay).encode("utf-8")

    for doc in docs:
        site.files[doc.lstrip("/")] = _docx() if doc.endswith(".docx") else PDF_MIN
    if lay["switcher"] == "flags":
        for lang in site.langs:
            site.files[f"static/flags/{lang}.png"] = PNG_1PX

    first = site.paths[("fr", "home")]
    if lay["entry"] == "splash":
        site.files["index.html"] = render_splash(site).encode("utf-8")
    elif lay["entry"] == "redirect":
        site.config.setdefault("redirects", {})["/"] = first
    elif lay["entry"] == "lang_redirect":
        site.config["lang_redirect"] = True
    if lay["legacy_link"]:
        for lang in site.langs:
            if (lang, "complaints") in site.paths:
                site.config.setdefault("redirects", {})[f"/go/{lang}-{POOLS[lang].SLUGS['complaints']}"] = \
                    site.paths[(lang, "complaints")]
    # a broken link on the news page, as on real sites
    site.config.setdefault("status", {})["/archives/old-news/"] = 500

    robots = "User-agent: *\nDisallow: /admin/\nDisallow: /search/\n"
    if lay["sitemap"]:
        robots += "Sitemap: {{origin}}/sitemap.xml\n"
        urls = sorted(set(site.paths.values()))
        site.files["sitemap.xml"] = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                     "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
                                     + "".join(f"  <url><loc>{{{{origin}}}}{u}</loc></url>\n" for u in urls)
                                     + "</urlset>\n").encode("utf-8")
    site.files["robots.txt"] = robots.encode("utf-8")


def _file_for(path: str) -> str:
    if path.endswith("/"):
        return path.lstrip("/") + "index.html"
    if path.endswith(".html"):
        return path.lstrip("/")
    return path.lstrip("/") + "/index.html"  # /fr/node/123 -> fr/node/123/index.html


def _docx() -> bytes:
    """A minimal DOCX; its entries carry a fixed date, so that a seed always gives the same bytes."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in (("[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>"),
                           ("word/document.xml", "<?xml version=\"1.0\"?><document/>")):
            z.writestr(zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0)), data)
    return buf.getvalue()


def _heading(rng: random.Random, lang: str, b: Block) -> str | None:
    mod = POOLS[lang]
    if b.tpl.heading is not None:
        return b.tpl.heading or None
    if b.label == "pass" and rng.random() < 0.7:
        return rng.choice(mod.HEADINGS[b.short])
    if b.label == "fail" and rng.random() < 0.3:
        return rng.choice(mod.NEUTRAL_HEADINGS)
    return None


def complaint_form(lang: str, page: str) -> str:
    f = POOLS[lang].UI["pf"]
    options = "".join(f"<option>{o}</option>" for o in f["options"])
    return (f"<form class=\"complaint-form\" action=\"{page}send\" method=\"post\"><fieldset>"
            f"<legend>{f['legend']}</legend>"
            f"<p><label for=\"pf-name\">{f['name']}</label><br><input id=\"pf-name\" name=\"name\" type=\"text\" "
            f"required></p><p><label for=\"pf-mail\">{f['email']}</label><br><input id=\"pf-mail\" name=\"email\" "
            f"type=\"email\" required></p><p><label for=\"pf-service\">{f['subject']}</label><br><select "
            f"id=\"pf-service\" name=\"service\">{options}</select></p><p><label for=\"pf-text\">{f['text']}</label>"
            f"<br><textarea id=\"pf-text\" name=\"complaint\" rows=\"8\" cols=\"60\"></textarea></p>"
            f"<p><button type=\"submit\">{f['send']}</button></p></fieldset></form>")


def simple_form(lang: str, action: str, legend: str, text: str, send: str, prefix: str) -> str:
    ui = POOLS[lang].UI["cf"]
    return (f"<form class=\"{prefix}-form\" action=\"{action}\" method=\"post\"><fieldset><legend>{legend}</legend>"
            f"<p><label for=\"{prefix}-name\">{ui['name']}</label> <input id=\"{prefix}-name\" name=\"name\" "
            f"type=\"text\"></p><p><label for=\"{prefix}-mail\">{ui['email']}</label> <input id=\"{prefix}-mail\" "
            f"name=\"email\" type=\"email\"></p><p><label for=\"{prefix}-text\">{text}</label> <textarea "
            f"id=\"{prefix}-text\" name=\"message\" rows=\"5\"></textarea></p><p><button type=\"submit\">{send}"
            f"</button></p></fieldset></form>")


def _render_blocks(blocks: list, style: str, rng: random.Random, lang: str) -> str:
    mod = POOLS[lang]
    out = []
    if style == "tabs":
        buttons, panels = [], []
        for i, b in enumerate(blocks):
            title = b.heading or rng.choice(mod.NEUTRAL_HEADINGS)
            selected = "true" if i == 0 else "false"
            buttons.append(f"<button role=\"tab\" id=\"tab-{i}\" aria-controls=\"panel-{i}\" "
                           f"aria-selected=\"{selected}\">{title}</button>")
            hidden = "" if i == 0 else " hidden"
            panels.append(f"<div role=\"tabpanel\" id=\"panel-{i}\" aria-labelledby=\"tab-{i}\"{hidden}>\n"
                          f"{b.html}\n</div>")
        return ("<div class=\"tabs\">\n<div role=\"tablist\">" + "".join(buttons) + "</div>\n"
                + "\n".join(panels) + "\n</div>")
    if style == "dl":
        items = []
        for b in blocks:
            items.append(f"<dt>{b.heading or rng.choice(mod.NEUTRAL_HEADINGS)}</dt>\n<dd>{b.html}</dd>")
        return "<dl class=\"faq\">\n" + "\n".join(items) + "\n</dl>"
    if style == "table":
        rows = [f"<tr><th scope=\"row\">{b.heading or ''}</th><td>{b.html}</td></tr>" for b in blocks]
        return "<table class=\"layout\">\n" + "\n".join(rows) + "\n</table>"
    for b in blocks:
        if style == "accordion":
            out.append(f"<details class=\"accordion\"><summary>{b.heading or rng.choice(mod.NEUTRAL_HEADINGS)}"
                       f"</summary>\n{b.html}\n</details>")
        elif style == "plain":
            head = f"<p><strong>{b.heading}</strong></p>\n" if b.heading else ""
            out.append(f"<div class=\"text-block\">{head}{b.html}</div>")
        else:
            head = f"<h2>{b.heading}</h2>\n" if b.heading else ""
            out.append(f"<section>{head}{b.html}</section>")
    return "\n".join(out)


def _link(site: Site, lang: str, role: str) -> str:
    path = site.paths[(lang, role)]
    if role == "complaints" and site.layout["legacy_link"]:
        path = f"/go/{lang}-{POOLS[lang].SLUGS['complaints']}"
    return path


def render_page(site: Site, lang: str, role: str, rng: random.Random) -> str:
    v = site.versions[lang]
    mod, ui, lay = POOLS[lang], POOLS[lang].UI, site.layout
    ctx = v.ctx
    has_c = v.has_complaints
    comp_anchor = rng.choice(ui["complaint_anchor"])
    body: list[str] = []
    title = ""
    if role == "home":
        title = ui["home"]
        body.append(f"<h1>{rng.choice(ui['welcome']).format(agency=site.names[lang])}</h1>")
        body.append(f"<p>{rng.choice(ui['home_text'])}</p>")
        items = rng.sample(ui["news_items"], 2)
        body.append(f"<h2>{ui['news']}</h2><ul class=\"teasers\">"
                    + "".join(f"<li>{i}</li>" for i in items)
                    + f"</ul><p><a href=\"{site.paths[(lang, 'news')]}\">{ui['more']}</a></p>")
    elif role == "contact":
        title = rng.choice(ui["contact_title"])
        body.append(f"<h1>{title}</h1>")
        body.append(f"<div class=\"contact-details\"><h2>{ui['address_label']}</h2><p>{site.names[lang]}<br>"
                    f"{ctx['address'].replace(', ', '<br>')}</p><h2>{ui['phone_label']}</h2><p>{ctx['phone']}<br>"
                    f"{ui['hours']}</p><h2>{ui['email_label']}</h2><p><a href=\"mailto:{ctx['info_email']}\">"
                    f"{ctx['info_email']}</a></p></div>")
        if rng.random() < 0.45:
            body.append(f"<h2>{ui['question_heading']}</h2><p>{ui['question_text']}</p>"
                        + simple_form(lang, site.paths[(lang, 'contact')] + "send", ui["question_heading"],
                                      ui["cf"]["text"], ui["cf"]["send"], "cf"))
        extra = [b for b in v.blocks if b.page == "contact"]
        if extra:
            body.append(_render_blocks(extra, "sections", rng, lang))
        if has_c and (lay["nav"] == "contact" or (lay["nav"] in ("nav", "about") and rng.random() < 0.5)):
            body.append(f"<p class=\"complaints-link\"><a href=\"{_link(site, lang, 'complaints')}\">"
                        f"{comp_anchor}</a></p>")
    elif role == "about":
        title = ui["about"]
        body.append(f"<h1>{title}</h1><p>{ui['about_text'].format(**ctx)}</p>")
        if (lang, "quality") in site.paths:
            body.append(f"<p><a href=\"{site.paths[(lang, 'quality')]}\">{ui['quality']}</a></p>")
    elif role == "quality":
        title = ui["quality"]
        body.append(f"<h1>{title}</h1><p>{ui['quality_text']}</p>")
        if has_c:
            body.append(f"<ul><li><a href=\"{_link(site, lang, 'complaints')}\">{comp_anchor}</a></li></ul>")
    elif role == "news":
        title = ui["news"]
        items = [f"<li>{i}</li>" for i in ui["news_items"]]
        for trap in ("criminal", "ombud_news", "stats_news"):
            if trap in v.traps:
                items.insert(rng.randrange(len(items) + 1),
                             f"<li><a href=\"{site.paths[(lang, trap)]}\">{mod.TRAPS[trap]['title']}</a></li>")
        items.append("<li><a href=\"/archives/old-news/\">Archives</a></li>")
        body.append(f"<h1>{title}</h1><ul class=\"news-list\">" + "".join(items) + "</ul>")
    elif role == "services":
        title = ui["services"]
        items = [f"<li>{s}</li>" for s in ui["services_text"]]
        for trap in ("levy", "thirdparty"):
            if trap in v.traps:
                items.append(f"<li><a href=\"{site.paths[(lang, trap)]}\">{mod.TRAPS[trap]['title']}</a></li>")
        body.append(f"<h1>{title}</h1><ul>" + "".join(items) + "</ul>")
        if rng.random() < 0.3:
            body.append(f"<p>{ui['services_trap']}</p>")
    elif role == "legal":
        title = ui["legal"]
        body.append(f"<h1>{title}</h1><p>{ui['legal_text']}</p>")
    elif role == "accessibility":
        title = ui["accessibility"]
        body.append(f"<h1>{title}</h1><p>{ui['access_text'].format(**ctx)}</p>")
    elif role in mod.TRAPS:
        trap = mod.TRAPS[role]
        title = trap["title"]
        html = trap["html"]
        if "{report_form}" in html:
            f = trap["form"]
            html = html.replace("{report_form}", "\x00")
            html = html.format(**ctx).replace("\x00", simple_form(lang, site.paths[(lang, role)] + "send",
                                                                 f["legend"], f["text"], f["send"], "rf"))
        else:
            html = html.format(**ctx)
        body.append(f"<h1>{title}</h1>\n{html}")
    else:  # complaints and its sub-pages
        blocks = [b for b in v.blocks if b.page == role]
        if role == "complaints":
            title = rng.choice(ui["complaint_title"])
            body.append(f"<h1>{title}</h1><p class=\"lead\">{rng.choice(ui['complaint_intro'])}</p>")
        else:
            key = {"procedure": "sub_procedure", "faq": "sub_faq", "form": "sub_form"}[role]
            title = rng.choice(ui[key])
            body.append(f"<h1>{title}</h1>")
        style = rng.choice(["sections", "sections", "accordion", "tabs", "dl", "table", "plain"])
        if role == "faq":
            style = rng.choice(["accordion", "dl"])
        body.append(_render_blocks(blocks, style, rng, lang))
        if role == "complaints":
            subs = [(r, k) for r, k in (("procedure", "sub_procedure"), ("faq", "sub_faq"), ("form", "sub_form"))
                    if (lang, r) in site.paths]
            if subs:
                body.append(f"<h2>{ui['see_also']}</h2><ul class=\"sub-pages\">" + "".join(
                    f"<li><a href=\"{site.paths[(lang, r)]}\">{rng.choice(ui[k])}</a></li>" for r, k in subs)
                    + "</ul>")
        else:
            body.append(f"<p><a href=\"{site.paths[(lang, 'complaints')]}\">← {comp_anchor}</a></p>")
    return _page(site, lang, role, title, "\n".join(body), rng, comp_anchor)


def _page(site: Site, lang: str, role: str, title: str, main: str, rng: random.Random, comp_anchor: str) -> str:
    lay, ui = site.layout, POOLS[lang].UI
    v = site.versions[lang]
    lang_attr = {"html": f" lang=\"{lang}\"", "none": "", "fr-everywhere": " lang=\"fr\""}[lay["lang_attr"]]
    head = [f"<meta charset=\"utf-8\">", f"<title>{title} | {site.names[lang]}</title>",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"]
    alternates = {other: site.paths.get((other, role), site.paths[(other, "home")]) for other in site.langs}
    if lay["hreflang"]:
        head += [f"<link rel=\"alternate\" hreflang=\"{o}\" href=\"{p}\">" for o, p in alternates.items()]
    switch = ""
    if lay["switcher"] != "none":
        links = []
        for other in site.langs:
            oui = POOLS[other].UI
            current = " aria-current=\"true\"" if other == lang else ""
            if lay["switcher"] == "codes":
                label = oui["code"]
            elif lay["switcher"] == "names":
                label = oui["lang_name"]
            else:
                alt = rng.choice(["", oui["code"], oui["lang_name"]])
                label = f"<img src=\"/static/flags/{other}.png\" alt=\"{alt}\" width=\"20\" height=\"14\">"
            links.append(f"<li><a href=\"{alternates[other]}\"{current}>{label}</a></li>")
        switch = "<ul class=\"language-switcher\">" + "".join(links) + "</ul>"
    nav = [("home", ui["home"]), ("news", ui["news"]), ("services", ui["services"]), ("about", ui["about"])]
    if lay["nav"] == "nav" and v.has_complaints:
        nav.append(("complaints", comp_anchor))
    nav.append(("contact", ui["contact"]))
    nav_html = "".join(f"<li><a href=\"{_link(site, lang, r) if r == 'complaints' else site.paths[(lang, r)]}\">"
                       f"{label}</a></li>" for r, label in nav)
    foot = [("legal", ui["legal"]), ("accessibility", ui["accessibility"]), ("contact", ui["contact"])]
    foot_html = " | ".join(f"<a href=\"{site.paths[(lang, r)]}\">{label}</a>" for r, label in foot)
    if lay["nav"] == "footer" and v.has_complaints:
        foot_html += f" | <a href=\"{_link(site, lang, 'complaints')}\">{comp_anchor}</a>"
    return ("<!DOCTYPE html>\n"
            f"<html{lang_attr}>\n<head>\n" + "\n".join(head) + "\n</head>\n<body>\n"
            f"<a class=\"skip\" href=\"#main\">{ui['skip']}</a>\n"
            f"<header><p class=\"brand\"><a href=\"{site.paths[(lang, 'home')]}\">{site.names[lang]}</a></p>\n"
            f"{switch}\n<nav><ul class=\"menu\">{nav_html}</ul></nav>\n</header>\n"
            f"<main id=\"main\">\n{main}\n</main>\n"
            f"<footer><p>{foot_html}</p><p>© {site.names[lang]}</p></footer>\n</body>\n</html>\n")


def render_splash(site: Site) -> str:
    links, greet = [], []
    for lang in site.langs:
        ui = POOLS[lang].UI
        label = ui["lang_name"] if site.layout["switcher"] != "codes" else ui["code"]
        links.append(f"<li><a href=\"{site.paths[(lang, 'home')]}\">{label}</a></li>")
        greet.append(f"<p>{ui['splash_greeting']} – {site.names[lang]}</p>")
    return ("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{' | '.join(site.names[lang] for lang in site.langs)}</title>\n</head>\n<body>\n<main>\n"
            + "\n".join(greet) + "\n<ul class=\"choose-language\">" + "".join(links) + "</ul>\n</main>\n"
            "</body>\n</html>\n")


# ----------------------------------------------------------------------------- the corpus
@dataclass
class Corpus:
    root: Path  # folder of site folders
    labels: dict
    truth: dict


def generate(out: Path, seed: int = DEFAULT_SEED, n_sites: int = DEFAULT_SITES) -> Corpus:
    out = Path(out)
    sites_dir = out / "sites"
    sites_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    themes = rng.sample(THEMES, min(n_sites, len(THEMES)))
    while len(themes) < n_sites:
        themes.append(THEMES[len(themes) % len(THEMES)])
    bal = Balancer(random.Random(f"{seed}:labels"))
    labels, truth = {}, {}
    for i in range(n_sites):
        site = make_site(i + 1, seed, bal, themes[i], rng.choice(TYPES))
        folder = sites_dir / site.name
        for rel, data in site.files.items():
            path = folder / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        if site.config:
            (folder / "site.yml").write_text(json.dumps(site.config, indent=1), encoding="utf-8")
        labels[site.name] = {lang: {RULES[s]: v.labels[s] for s in RULES} for lang, v in site.versions.items()}
        truth[site.name] = {
            "names": site.names,
            "layout": site.layout,
            "languages": {lang: {
                "mode": v.mode,
                "has_complaint_page": v.has_complaints,
                "pages": {role: site.paths[(lang, role)] for role in v.roles},
                "traps": v.traps,
                "blocks": [{"rule": RULES[b.short], "label": b.label, "kind": b.tpl.kind or b.label,
                            "page": b.page, "path": site.paths[(lang, b.page)],
                            "says": sorted(RULES.get(f, f) for f in facets_of(b.short, b.label, b.tpl, True)),
                            "text": _plain(b.html)[:200]}
                           for b in v.blocks],
            } for lang, v in site.versions.items()},
        }
    (out / "labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
    (out / "truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False), encoding="utf-8")
    return Corpus(sites_dir, labels, truth)


def _plain(html: str) -> str:
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", html))).strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, nargs="?", help="output folder (default: a new temporary folder)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--sites", type=int, default=DEFAULT_SITES)
    args = parser.parse_args()
    corpus = generate(args.out or Path(tempfile.mkdtemp(prefix="accuracy-corpus-")), args.seed, args.sites)
    n = sum(len(v) for v in corpus.labels.values())
    print(f"{len(corpus.labels)} sites, {n} language versions in {corpus.root}")


if __name__ == "__main__":
    main()
