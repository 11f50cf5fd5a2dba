"""Site 1: federal-mobility. Splash page at /, /fr/ /nl/ /de/ /en/, hreflang everywhere."""
from common import LAZY_GIF, brand_logo, logo, pdf, photo, write

SITE = "federal-mobility"

LAZY_JS = """/* minimal lazy loader (stand-in for lazysizes): swaps data-src into src once the page is loaded */
(function(){function l(){var i=document.querySelectorAll("img.lazyload[data-src]");for(var n=0;n<i.length;n++){i[n].src=i[n].getAttribute("data-src");i[n].className=i[n].className.replace("lazyload","lazyloaded");}}
if(document.readyState!=="loading"){l();}else{document.addEventListener("DOMContentLoaded",l);}})();
"""

NAME = {"fr": "SPF Mobilité fictive", "nl": "FOD Mobiliteit fictief",
        "de": "FÖD Mobilität (fiktiv)", "en": "FPS Mobility (fictitious)"}

NAV = {
    "fr": [("Accueil", "/fr/"), ("Actualités", "/fr/actualites/"), ("Services", "/fr/services/"),
           ("À propos", "/fr/a-propos/"), ("Contact", "/fr/contact/", [("Plaintes", "/fr/contact/plaintes/")])],
    "nl": [("Home", "/nl/"), ("Nieuws", "/nl/nieuws/"), ("Diensten", "/nl/diensten/"),
           ("Over ons", "/nl/over-ons/"), ("Contact", "/nl/contact/", [("Klachten", "/nl/contact/klachten/")])],
    "de": [("Startseite", "/de/"), ("Kontakt", "/de/kontakt/", [("Beschwerden", "/de/kontakt/beschwerden/")])],
    "en": [("Home", "/en/"), ("Contact", "/en/contact/", [("Complaints", "/en/contact/complaints/")])],
}
FOOT = {
    "fr": [("Mentions légales et vie privée", "/fr/mentions-legales/"), ("Accessibilité", "/fr/accessibilite/"),
           ("Contact", "/fr/contact/")],
    "nl": [("Juridische informatie en privacy", "/nl/juridische-informatie/"),
           ("Toegankelijkheid", "/nl/toegankelijkheid/"), ("Contact", "/nl/contact/")],
    "de": [("Barrierefreiheit", "/de/barrierefreiheit/"), ("Kontakt", "/de/kontakt/")],
    "en": [("Contact", "/en/contact/")],
}
SKIP = {"fr": "Aller au contenu principal", "nl": "Naar de hoofdinhoud", "de": "Zum Hauptinhalt",
        "en": "Skip to main content"}
LANGNAME = {"fr": "Français", "nl": "Nederlands", "de": "Deutsch", "en": "English"}

# translation groups: key -> {lang: path}
GROUPS = {
    "home": {"fr": "/fr/", "nl": "/nl/", "de": "/de/", "en": "/en/"},
    "news": {"fr": "/fr/actualites/", "nl": "/nl/nieuws/"},
    "news1": {"fr": "/fr/actualites/permis-de-conduire-numerique/", "nl": "/nl/nieuws/digitaal-rijbewijs/"},
    "news2": {"fr": "/fr/actualites/rapport-plaintes-2025/", "nl": "/nl/nieuws/klachtenrapport-2025/"},
    "about": {"fr": "/fr/a-propos/", "nl": "/nl/over-ons/"},
    "services": {"fr": "/fr/services/", "nl": "/nl/diensten/"},
    "contact": {"fr": "/fr/contact/", "nl": "/nl/contact/", "de": "/de/kontakt/", "en": "/en/contact/"},
    "complaints": {"fr": "/fr/contact/plaintes/", "nl": "/nl/contact/klachten/",
                   "de": "/de/kontakt/beschwerden/", "en": "/en/contact/complaints/"},
    "form": {"fr": "/fr/contact/plaintes/formulaire/", "nl": "/nl/contact/klachten/klachtenformulier/"},
    "legal": {"fr": "/fr/mentions-legales/", "nl": "/nl/juridische-informatie/"},
    "a11y": {"fr": "/fr/accessibilite/", "nl": "/nl/toegankelijkheid/", "de": "/de/barrierefreiheit/"},
}


def nav_html(lang, current):
    items = []
    for entry in NAV[lang]:
        label, href = entry[0], entry[1]
        active = ' class="is-active"' if href == current else ""
        sub = ""
        if len(entry) > 2:
            sub = '\n          <ul class="menu menu--sub">' + "".join(
                f'\n            <li class="menu-item"><a href="{h}">{l}</a></li>' for l, h in entry[2]) + "\n          </ul>"
        items.append(f'        <li class="menu-item{" menu-item--expanded" if sub else ""}"><a href="{href}"{active}>{label}</a>{sub}</li>')
    return "\n".join(items)


def page(key, lang, title, body, crumbs=()):
    path = GROUPS[key][lang]
    alts = "\n".join(f'  <link rel="alternate" hreflang="{l}" href="{p}">' for l, p in GROUPS[key].items())
    switch = []
    for l in ("fr", "nl", "de", "en"):
        target = GROUPS[key].get(l, GROUPS["home"][l])
        cls = ' class="is-active"' if l == lang else ""
        switch.append(f'<li><a href="{target}" hreflang="{l}" lang="{l}"{cls} title="{LANGNAME[l]}">{l.upper()}</a></li>')
    crumb = ""
    if crumbs:
        parts = [f'<li><a href="{GROUPS["home"][lang]}">{NAV[lang][0][0]}</a></li>']
        parts += [f'<li><a href="{h}">{l}</a></li>' for l, h in crumbs]
        parts.append(f"<li aria-current=\"page\">{title}</li>")
        crumb = f'<nav class="breadcrumb" aria-label="breadcrumb"><ol>{"".join(parts)}</ol></nav>'
    foot = " | ".join(f'<a href="{h}">{l}</a>' for l, h in FOOT[lang])
    html = f"""<!DOCTYPE html>
<html lang="{lang}" dir="ltr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <title>{title} | {NAME[lang]}</title>
  <link rel="canonical" href="{path}">
{alts}
  <link rel="stylesheet" href="/css/mobility.css">
</head>
<body class="path-{key}">
  <a href="#main-content" class="visually-hidden focusable skip-link">{SKIP[lang]}</a>
  <header role="banner" class="site-header">
    <div class="header-top">
      <a href="{GROUPS['home'][lang]}" class="site-logo" rel="home"><img src="/images/logo-mobilite.png" alt="{NAME[lang]}" width="180" height="60"></a>
      <ul class="language-switcher-language-url links">{''.join(switch)}</ul>
    </div>
    <nav role="navigation" class="main-nav">
      <ul class="menu">
{nav_html(lang, path)}
      </ul>
    </nav>
  </header>
  {crumb}
  <main role="main" id="main-content">
    <div class="region region-content">
      <article class="node node--type-page">
        <h1 class="page-title"><span class="field--name-title">{title}</span></h1>
{body}
      </article>
    </div>
  </main>
  <footer role="contentinfo" class="site-footer">
    <div class="footer-links">{foot}</div>
    <p class="footer-belgium"><a href="https://www.belgium.be/{lang if lang != 'en' else 'en'}">belgium.be</a> &ndash; {NAME[lang]} &copy; 2026</p>
  </footer>
</body>
</html>
"""
    write(SITE, path, html)


def splash():
    write(SITE, "/", """<!DOCTYPE html>
<html>
<head>
  <meta charset="utf-8">
  <title>SPF Mobilité fictive | FOD Mobiliteit fictief | FÖD Mobilität (fiktiv) | FPS Mobility (fictitious)</title>
  <link rel="alternate" hreflang="fr" href="/fr/">
  <link rel="alternate" hreflang="nl" href="/nl/">
  <link rel="alternate" hreflang="de" href="/de/">
  <link rel="alternate" hreflang="en" href="/en/">
  <link rel="alternate" hreflang="x-default" href="/">
  <link rel="stylesheet" href="/css/mobility.css">
</head>
<body class="splash">
  <div class="splash-box">
    <img src="/images/logo-mobilite.png" alt="" width="180" height="60">
    <ul class="splash-languages">
      <li><a href="/fr/" lang="fr">Français</a></li>
      <li><a href="/nl/" lang="nl">Nederlands</a></li>
      <li><a href="/de/" lang="de">Deutsch</a></li>
      <li><a href="/en/" lang="en">English</a></li>
    </ul>
  </div>
</body>
</html>
""")


def build():
    brand_logo(SITE, "/images/logo-mobilite.png", "SPF MOBI·FIC", "#1d3f8c")
    photo(SITE, "/images/actualites/permis-numerique.jpg", "#3a6fb0", "mobile")
    photo(SITE, "/images/actualites/rapport-2025.jpg", "#6a8f3a", "2025")
    # complaints logos, several markups
    logo(SITE, "/images/plaintes/logo-plaintes-fr.png", "fr", (165, 115))
    logo(SITE, "/images/plaintes/logo-klachten-nl.png", "nl", (140, 85))
    logo(SITE, "/images/plaintes/logo-klachten-nl@2x.png", "nl", (280, 170))
    logo(SITE, "/images/plaintes/beschwerden-logo-de.png", "de", (165, 115))
    logo(SITE, "/images/plaintes/complaints-en.png", "en", (165, 115))
    write(SITE, "/css/mobility.css", """body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#222}
.site-header{background:#fff;border-bottom:4px solid #1d3f8c}.header-top{display:flex;justify-content:space-between;padding:8px 24px}
.menu{list-style:none;display:flex;gap:18px;margin:0;padding:8px 24px}.menu--sub{display:none}
.menu-item--expanded:hover .menu--sub{display:block;position:absolute;background:#fff}
.language-switcher-language-url{list-style:none;display:flex;gap:8px}.is-active{font-weight:bold}
main{max-width:960px;margin:0 auto;padding:16px 24px}.site-footer{background:#1d3f8c;color:#fff;padding:16px 24px}
.site-footer a{color:#fff}.visually-hidden{position:absolute;left:-9999px}
.breadcrumb ol{list-style:none;display:flex;gap:6px;padding:8px 24px;margin:0}
.splash-box{max-width:420px;margin:120px auto;text-align:center}.splash-languages{list-style:none;padding:0}
.splash-languages li{margin:12px 0;font-size:1.3em}
.complaints-logo-link{display:inline-block;margin-top:24px}
""")
    pdf(SITE, "/documents/beschwerdeformular.pdf", "Beschwerdeformular - FÖD Mobilität (fiktiv)",
        ["Bitte füllen Sie dieses Formular aus und senden Sie es an:",
         "FÖD Mobilität (fiktiv) - Beschwerdedienst, Rue de l'Exemple 1, 1000 Brüssel",
         "oder per E-Mail an beschwerden@mobilite-fictive.example"],
        ["Name, Vorname", "Anschrift", "E-Mail", "Telefon", "Betroffene Dienststelle",
         "Datum des Vorfalls", "Ihre Beschwerde (Sachverhalt)"])
    write(SITE, "/js/lazysizes.min.js", LAZY_JS)
    splash()
    fr()
    nl()
    de()
    en()
    write(SITE, "site.yml", """# federal-mobility: server behaviour the static files cannot express
status:
  "/fr/actualites/archives/": 500     # the archive link on the news page is broken
delay:
  "/nl/nieuws/": 0.4
""")


# ---------------------------------------------------------------- FR
def fr():
    page("home", "fr", "Bienvenue au SPF Mobilité fictive", """
        <p class="lead">Permis de conduire, immatriculation, sécurité routière, transport de marchandises&nbsp;: le SPF Mobilité fictive accompagne citoyens et entreprises dans leurs démarches.</p>
        <section class="home-news">
          <h2>Actualités</h2>
          <ul>
            <li><a href="/fr/actualites/permis-de-conduire-numerique/">Votre permis de conduire dans votre smartphone</a> <small>14/10/2026</small></li>
            <li><a href="/fr/actualites/rapport-plaintes-2025/">Gestion des plaintes&nbsp;: le rapport 2025 est en ligne</a> <small>02/09/2026</small></li>
          </ul>
          <p><a href="/fr/actualites/">Toutes les actualités</a></p>
        </section>
        <section class="home-tasks">
          <h2>Vos démarches</h2>
          <ul>
            <li><a href="/fr/services/#immatriculation">Immatriculer un véhicule</a></li>
            <li><a href="/fr/services/#permis">Permis de conduire et examens</a></li>
            <li><a href="/fr/services/#securite">Sécurité routière</a></li>
          </ul>
        </section>""")

    page("news", "fr", "Actualités", """
        <div class="view-news">
          <div class="views-row"><h2><a href="/fr/actualites/permis-de-conduire-numerique/">Votre permis de conduire dans votre smartphone</a></h2>
            <p class="date">14 octobre 2026</p><p>La version numérique du permis de conduire est désormais disponible pour tous les titulaires d’un permis au format carte bancaire.</p></div>
          <div class="views-row"><h2><a href="/fr/actualites/rapport-plaintes-2025/">Gestion des plaintes&nbsp;: le rapport 2025 est en ligne</a></h2>
            <p class="date">2 septembre 2026</p><p>Combien de plaintes avons-nous reçues l’an dernier et qu’en avons-nous fait&nbsp;? Découvrez les chiffres.</p></div>
        </div>
        <p><a href="/fr/actualites/archives/">Archives des actualités</a></p>""", [("Actualités", "/fr/actualites/")][:0])

    page("news1", "fr", "Votre permis de conduire dans votre smartphone", """
        <p class="date">Publié le 14 octobre 2026</p>
        <img src="/images/actualites/permis-numerique.jpg" alt="Un smartphone affichant un permis de conduire" width="480" height="270">
        <p>Depuis ce lundi, chaque titulaire d’un permis de conduire au format carte bancaire peut en afficher une version numérique dans l’application publique
        d’identification. La carte physique reste valable et doit toujours pouvoir être présentée à l’étranger.</p>
        <h2>Comment l’activer&nbsp;?</h2>
        <ol><li>Mettez à jour l’application.</li><li>Connectez-vous avec votre carte d’identité électronique.</li><li>Choisissez «&nbsp;Ajouter mon permis&nbsp;».</li></ol>
        <p>Une question&nbsp;? Consultez notre page <a href="/fr/contact/">Contact</a>.</p>""", [("Actualités", "/fr/actualites/")])

    page("news2", "fr", "Gestion des plaintes : le rapport 2025 est en ligne", """
        <p class="date">Publié le 2 septembre 2026</p>
        <img src="/images/actualites/rapport-2025.jpg" alt="" width="480" height="270">
        <p>En 2025, notre service des plaintes a enregistré <strong>412&nbsp;plaintes</strong>, dont 57&nbsp;% ont été jugées fondées ou partiellement fondées.
        La majorité concernait les délais de traitement des demandes d’immatriculation.</p>
        <p>Les résultats sont transmis chaque année au Réseau fédéral de gestion des plaintes. Ils nous ont permis de lancer trois actions d’amélioration, dont une
        simplification du formulaire de demande de plaque personnalisée.</p>
        <p>Vous voulez savoir comment introduire une plainte&nbsp;? Lisez notre page <a href="/fr/contact/plaintes/">Plaintes</a>.</p>""",
         [("Actualités", "/fr/actualites/")])

    page("about", "fr", "À propos du SPF", """
        <p>Le SPF Mobilité fictive est un service public fédéral <em>imaginaire</em>, créé pour les besoins d’une démonstration. Il prépare et met en œuvre la politique
        fédérale de mobilité&nbsp;: transport routier, ferroviaire, maritime et aérien.</p>
        <h2>Nos missions</h2>
        <ul><li>délivrer les documents de conduite et d’immatriculation&nbsp;;</li><li>contrôler la sécurité des véhicules et des infrastructures&nbsp;;</li>
        <li>préparer la réglementation&nbsp;;</li><li>informer les usagers.</li></ul>
        <h2>Nos valeurs</h2>
        <p>Respect, orientation client, intégrité et travail d’équipe.</p>""")

    page("services", "fr", "Services", """
        <h2 id="immatriculation">Immatriculation des véhicules</h2>
        <p>Toute demande d’immatriculation passe par votre assureur ou votre courtier. La plaque est livrée à domicile dans les deux jours ouvrables.</p>
        <p>Votre demande a été refusée&nbsp;? La lettre de refus indique comment introduire un recours et dans quel délai.</p>
        <h2 id="permis">Permis de conduire</h2>
        <p>Les examens théoriques et pratiques sont organisés par les centres agréés. Le permis lui-même est délivré par votre commune.</p>
        <h2 id="securite">Sécurité routière</h2>
        <p>Campagnes, statistiques d’accidents et conseils pratiques.</p>""")

    page("contact", "fr", "Contact", """
        <div class="contact-details">
          <h2>Adresse</h2>
          <p>SPF Mobilité fictive<br>Rue de l’Exemple 1<br>1000&nbsp;Bruxelles</p>
          <h2>Téléphone</h2>
          <p>Centre de contact&nbsp;: <a href="tel:+3220000000">+32&nbsp;2&nbsp;000&nbsp;00&nbsp;00</a><br>du lundi au vendredi, de 9&nbsp;h à 16&nbsp;h</p>
          <h2>E-mail</h2>
          <p><a href="mailto:info@mobilite-fictive.example">info@mobilite-fictive.example</a></p>
        </div>
        <h2>Une question&nbsp;?</h2>
        <p>Pour toute demande d’information sur nos services, utilisez notre formulaire de contact ou téléphonez au centre de contact.
        Nous répondons aux questions générales dans les meilleurs délais.</p>
        <form class="contact-form" action="/fr/contact/envoyer" method="post">
          <label for="c-name">Nom</label> <input id="c-name" name="name" type="text">
          <label for="c-mail">E-mail</label> <input id="c-mail" name="mail" type="email">
          <label for="c-q">Votre question</label> <textarea id="c-q" name="question" rows="5"></textarea>
          <button type="submit">Envoyer</button>
        </form>
        <p class="complaints-logo-link">
          <a href="/fr/contact/plaintes/"><img src="/images/plaintes/logo-plaintes-fr.png" alt="Des plaintes sur nos prestations ?" width="165" height="115"></a>
        </p>""")

    page("complaints", "fr", "Gestion des plaintes", """
        <p class="lead">Vous n’êtes pas satisfait de la manière dont nous vous avons servi&nbsp;? Dites-le-nous.</p>
        <h2>Pourquoi gérons-nous les plaintes&nbsp;?</h2>
        <p>Nous voulons offrir à chacun un service de qualité. Chaque plainte nous montre ce qui n’a pas fonctionné&nbsp;: nous l’analysons
        pour corriger la situation et pour éviter que le même problème ne se reproduise. Vos remarques nous aident donc à améliorer
        nos services.</p>
        <h2>Qu’est-ce qu’une plainte&nbsp;?</h2>
        <p>Pour nous, une plainte est l’expression d’un mécontentement à propos d’un service que
        <strong>le SPF Mobilité fictive</strong> vous a rendu (ou aurait dû vous rendre)&nbsp;: un dossier traité trop lentement, une lettre
        restée sans réponse, un collaborateur peu aimable, une erreur dans un document…</p>
        <p>Ne sont <strong>pas</strong> traitées comme des plaintes&nbsp;:</p>
        <ul>
          <li>les demandes d’information (adressez-vous au <a href="/fr/contact/">centre de contact</a>)&nbsp;;</li>
          <li>les suggestions et les critiques d’une loi ou de la politique du ministre&nbsp;;</li>
          <li>les plaintes anonymes&nbsp;;</li>
          <li>les faits qui remontent à plus d’un an.</li>
        </ul>
        <h2>Plainte ou recours&nbsp;?</h2>
        <p>Attention&nbsp;: une plainte n’est pas un recours. Vous contestez le contenu d’une décision (par exemple le refus d’une immatriculation)&nbsp;?
        Suivez alors la procédure de recours mentionnée dans la lettre de décision. L’introduction d’une plainte
        ne suspend pas les délais de recours.</p>
        <h2>Comment se déroule la procédure&nbsp;?</h2>
        <ol class="steps">
          <li><strong>Vous introduisez votre plainte</strong>, de préférence via notre <a href="/fr/contact/plaintes/formulaire/">formulaire de plainte en ligne</a>,
          ou par courrier adressé au Service des plaintes, Rue de l’Exemple&nbsp;1, 1000&nbsp;Bruxelles.</li>
          <li><strong>Enregistrement</strong>&nbsp;: le coordinateur des plaintes enregistre votre plainte sous un numéro unique et vous envoie un
          accusé de réception dans les cinq jours ouvrables.</li>
          <li><strong>Examen</strong>&nbsp;: le service concerné analyse les faits et vous contacte si nécessaire.</li>
          <li><strong>Réponse</strong>&nbsp;: vous recevez une réponse motivée dans un délai de <strong>30&nbsp;jours</strong>
          calendrier. Si l’examen prend plus de temps,
          nous vous prévenons avant l’échéance.</li>
        </ol>
        <h2>Pas satisfait de notre réponse&nbsp;?</h2>
        <p>Si notre réponse ne vous convient pas, vous pouvez vous adresser gratuitement au
        <a href="https://www.mediateurfederal.be/fr">Médiateur fédéral</a>, qui intervient en deuxième ligne,
        de manière indépendante.</p>""", [("Contact", "/fr/contact/")])

    page("form", "fr", "Formulaire de plainte", """
        <p>Complétez ce formulaire pour introduire une plainte. Les champs marqués d’un astérisque (*) sont obligatoires.</p>
        <form id="complaint-form" action="/fr/contact/plaintes/formulaire/envoi" method="post" enctype="multipart/form-data">
          <fieldset><legend>Vos coordonnées</legend>
            <label for="f-last">Nom *</label> <input id="f-last" name="last_name" required>
            <label for="f-first">Prénom *</label> <input id="f-first" name="first_name" required>
            <label for="f-mail">E-mail *</label> <input id="f-mail" name="email" type="email" required>
            <label for="f-tel">Téléphone</label> <input id="f-tel" name="phone" type="tel">
          </fieldset>
          <fieldset><legend>Votre plainte</legend>
            <label for="f-svc">Service concerné</label>
            <select id="f-svc" name="service"><option>Immatriculation</option><option>Permis de conduire</option><option>Centre de contact</option><option>Autre</option></select>
            <label for="f-ref">Référence de votre dossier (si vous en avez une)</label> <input id="f-ref" name="reference">
            <label for="f-date">Date des faits</label> <input id="f-date" name="date" type="date">
            <label for="f-text">Décrivez votre plainte *</label> <textarea id="f-text" name="complaint" rows="8" required></textarea>
            <label for="f-file">Pièce jointe</label> <input id="f-file" name="attachment" type="file">
          </fieldset>
          <p><input type="checkbox" id="f-ok" name="consent" required> <label for="f-ok">J’accepte que mes données soient traitées pour le suivi de ma plainte (voir <a href="/fr/mentions-legales/#vie-privee">vie privée</a>).</label></p>
          <button type="submit">Envoyer ma plainte</button>
        </form>""", [("Contact", "/fr/contact/"), ("Plaintes", "/fr/contact/plaintes/")])

    page("legal", "fr", "Mentions légales et vie privée", """
        <h2>Éditeur</h2><p>SPF Mobilité fictive, Rue de l’Exemple 1, 1000 Bruxelles. Site de démonstration&nbsp;: les informations qu’il contient sont fictives.</p>
        <h2>Responsabilité</h2><p>Nous veillons à l’exactitude des informations publiées, sans pouvoir la garantir.</p>
        <h2 id="vie-privee">Vie privée</h2>
        <p>Les données que vous nous transmettez via nos formulaires servent uniquement au traitement de votre demande ou de votre plainte.
        Elles sont conservées cinq ans. Vous pouvez exercer vos droits auprès de notre délégué à la protection des données
        (<a href="mailto:dpo@mobilite-fictive.example">dpo@mobilite-fictive.example</a>) et, le cas échéant, auprès de l’Autorité de protection des données.</p>
        <h2>Cookies</h2><p>Ce site n’utilise que des cookies strictement nécessaires.</p>""")

    page("a11y", "fr", "Déclaration d’accessibilité", """
        <p>Le SPF Mobilité fictive s’engage à rendre son site accessible conformément à la loi du 19 juillet 2018.</p>
        <h2>État de conformité</h2><p>Ce site est partiellement conforme à la norme EN 301 549 (WCAG&nbsp;2.1 niveau AA).</p>
        <h2>Contenus non accessibles</h2><ul><li>certains documents PDF anciens&nbsp;;</li><li>les cartes interactives.</li></ul>
        <h2>Retour d’information et coordonnées</h2>
        <p>Vous rencontrez un problème d’accessibilité&nbsp;? Écrivez à <a href="mailto:webmaster@mobilite-fictive.example">webmaster@mobilite-fictive.example</a>.</p>
        <h2>Procédure de mise en œuvre</h2>
        <p>Si notre réponse n’est pas satisfaisante, vous pouvez vous adresser au Médiateur fédéral,
        Rue de Louvain 48 boîte 6, 1000 Bruxelles, <a href="https://www.mediateurfederal.be/fr">www.mediateurfederal.be</a>.</p>""")


# ---------------------------------------------------------------- NL
def nl():
    page("home", "nl", "Welkom bij de FOD Mobiliteit fictief", """
        <p class="lead">Rijbewijs, inschrijving van voertuigen, verkeersveiligheid en goederenvervoer: de FOD Mobiliteit fictief helpt burgers en bedrijven op weg.</p>
        <section class="home-news">
          <h2>Nieuws</h2>
          <ul>
            <li><a href="/nl/nieuws/digitaal-rijbewijs/">Uw rijbewijs op uw smartphone</a> <small>14/10/2026</small></li>
            <li><a href="/nl/nieuws/klachtenrapport-2025/">Klachtenmanagement: het rapport 2025 staat online</a> <small>02/09/2026</small></li>
          </ul>
          <p><a href="/nl/nieuws/">Alle nieuwsberichten</a></p>
        </section>
        <section class="home-tasks">
          <h2>Snel naar</h2>
          <ul><li><a href="/nl/diensten/#inschrijving">Een voertuig inschrijven</a></li><li><a href="/nl/diensten/#rijbewijs">Rijbewijs en examens</a></li></ul>
        </section>""")

    page("news", "nl", "Nieuws", """
        <div class="view-news">
          <div class="views-row"><h2><a href="/nl/nieuws/digitaal-rijbewijs/">Uw rijbewijs op uw smartphone</a></h2>
            <p class="date">14 oktober 2026</p><p>Wie een rijbewijs in bankkaartformaat heeft, kan nu ook een digitale versie tonen.</p></div>
          <div class="views-row"><h2><a href="/nl/nieuws/klachtenrapport-2025/">Klachtenmanagement: het rapport 2025 staat online</a></h2>
            <p class="date">2 september 2026</p><p>Hoeveel klachten kregen we vorig jaar en wat hebben we ermee gedaan?</p></div>
        </div>""")

    page("news1", "nl", "Uw rijbewijs op uw smartphone", """
        <p class="date">Gepubliceerd op 14 oktober 2026</p>
        <img src="/images/actualites/permis-numerique.jpg" alt="Smartphone met een digitaal rijbewijs" width="480" height="270">
        <p>Vanaf maandag kan iedere houder van een rijbewijs in bankkaartformaat een digitale versie ervan tonen in de publieke
        identificatie-app. De plastic kaart blijft geldig en is in het buitenland nog altijd nodig.</p>
        <p>Vragen? Kijk op onze <a href="/nl/contact/">contactpagina</a>.</p>""", [("Nieuws", "/nl/nieuws/")])

    page("news2", "nl", "Klachtenmanagement: het rapport 2025 staat online", """
        <p class="date">Gepubliceerd op 2 september 2026</p>
        <p>In 2025 registreerde onze klachtendienst <strong>412 klachten</strong>; 57&nbsp;% daarvan was (gedeeltelijk) gegrond.
        De meeste gingen over de behandelingstijd van inschrijvingsaanvragen.</p>
        <p>De cijfers worden elk jaar doorgegeven aan het Federaal Netwerk Klachtenmanagement. Ze leidden tot drie verbeteracties.</p>
        <p>Hoe u zelf een klacht indient, leest u op de pagina <a href="/nl/contact/klachten/">Klachten</a>.</p>""", [("Nieuws", "/nl/nieuws/")])

    page("about", "nl", "Over de FOD", """
        <p>De FOD Mobiliteit fictief is een <em>verzonnen</em> federale overheidsdienst, gemaakt voor een demonstratie. Hij bereidt het federale
        mobiliteitsbeleid voor en voert het uit: weg, spoor, water en lucht.</p>
        <h2>Onze opdrachten</h2>
        <ul><li>rijbewijzen en inschrijvingsbewijzen afleveren;</li><li>de veiligheid van voertuigen controleren;</li><li>regelgeving voorbereiden.</li></ul>""")

    page("services", "nl", "Diensten", """
        <h2 id="inschrijving">Inschrijving van voertuigen</h2>
        <p>U vraagt een inschrijving aan via uw verzekeraar of makelaar. De nummerplaat wordt binnen twee werkdagen thuis geleverd.</p>
        <p>Werd uw aanvraag geweigerd? In de weigeringsbrief staat hoe en binnen welke termijn u beroep kunt aantekenen.</p>
        <h2 id="rijbewijs">Rijbewijs</h2>
        <p>De examens worden georganiseerd door erkende examencentra; het rijbewijs zelf haalt u af bij uw gemeente.</p>""")

    page("contact", "nl", "Contact", """
        <div class="contact-details">
          <h2>Adres</h2>
          <p>FOD Mobiliteit fictief<br>Voorbeeldstraat 1<br>1000&nbsp;Brussel</p>
          <h2>Telefoon</h2>
          <p>Contactcenter: <a href="tel:+3220000001">+32&nbsp;2&nbsp;000&nbsp;00&nbsp;01</a> (werkdagen van 9 tot 16 uur)</p>
          <h2>E-mail</h2>
          <p><a href="mailto:info@mobiliteit-fictief.example">info@mobiliteit-fictief.example</a></p>
        </div>
        <h2>Vraag om informatie</h2>
        <p>Hebt u een vraag over onze dienstverlening? Gebruik het contactformulier hieronder of bel ons contactcenter.</p>
        <form class="contact-form" action="/nl/contact/verzenden" method="post">
          <label for="c-name">Naam</label> <input id="c-name" name="name">
          <label for="c-mail">E-mail</label> <input id="c-mail" name="mail" type="email">
          <label for="c-q">Uw vraag</label> <textarea id="c-q" name="question" rows="5"></textarea>
          <button type="submit">Verzenden</button>
        </form>
        <p class="complaints-logo-link">
          <a href="/nl/contact/klachten/"><img src="/images/plaintes/logo-klachten-nl.png" srcset="/images/plaintes/logo-klachten-nl.png 1x, /images/plaintes/logo-klachten-nl@2x.png 2x" alt="Klachten over onze dienstverlening?" width="140" height="85"></a>
        </p>""")

    page("complaints", "nl", "Klachtenmanagement", """
        <p class="lead">Niet tevreden over onze dienstverlening? Laat het ons weten.</p>
        <h2>Waarom een klachtenmanagement?</h2>
        <p>Een goede dienstverlening is voor ons belangrijk. Elke klacht wijst ons op iets dat beter kan: we gebruiken ze om fouten recht te zetten
        en om te vermijden dat hetzelfde probleem zich opnieuw voordoet.</p>
        <h2>Wat is een klacht?</h2>
        <p>Een klacht is een uiting van ontevredenheid over de manier waarop <strong>de FOD Mobiliteit fictief</strong> u geholpen heeft:
        een dossier dat te lang blijft liggen, een onvriendelijk onthaal, een brief zonder antwoord, een vergissing in een document.</p>
        <p>Geen klacht zijn:</p>
        <ul>
          <li>vragen om informatie (daarvoor is er het <a href="/nl/contact/">contactcenter</a>);</li>
          <li>suggesties, of kritiek op een wet of op het beleid van de minister;</li>
          <li>anonieme klachten;</li>
          <li>feiten die meer dan een jaar geleden plaatsvonden.</li>
        </ul>
        <h2>Klacht of beroep?</h2>
        <p>Een klacht is geen beroep. Bent u het niet eens met een beslissing, bijvoorbeeld een geweigerde inschrijving, dan moet u de
        beroepsprocedure volgen die in de beslissing vermeld staat. Een klacht indienen schort de beroepstermijnen niet op.</p>
        <h2>Hoe verloopt de procedure?</h2>
        <ol class="steps">
          <li><strong>U dient uw klacht in</strong> met het <a href="/nl/contact/klachten/klachtenformulier/">online klachtenformulier</a>
          of per brief aan de Klachtendienst, Voorbeeldstraat 1, 1000 Brussel.</li>
          <li>De klachtencoördinator registreert uw klacht onder een uniek dossiernummer. U krijgt binnen <em>vijf</em> werkdagen een ontvangstbevestiging.</li>
          <li>De betrokken dienst onderzoekt de feiten.</li>
          <li>U ontvangt binnen 30&nbsp;kalenderdagen een gemotiveerd antwoord. Lukt dat niet, dan verwittigen we u vooraf.</li>
        </ol>
        <h2>Niet tevreden met ons antwoord?</h2>
        <p>Dan kunt u gratis terecht bij de <a href="https://www.federaalombudsman.be/nl">federale Ombudsman</a>.
        Hij is onafhankelijk en treedt op als tweede lijn.</p>""", [("Contact", "/nl/contact/")])

    page("form", "nl", "Klachtenformulier", """
        <p>Vul dit formulier in om een klacht in te dienen. Velden met een * zijn verplicht.</p>
        <form id="klachtenformulier" action="/nl/contact/klachten/klachtenformulier/verzenden" method="post">
          <label for="k-naam">Naam *</label> <input id="k-naam" name="naam" required>
          <label for="k-mail">E-mail *</label> <input id="k-mail" name="email" type="email" required>
          <label for="k-dienst">Betrokken dienst</label>
          <select id="k-dienst" name="dienst"><option>Inschrijving</option><option>Rijbewijs</option><option>Contactcenter</option><option>Andere</option></select>
          <label for="k-ref">Uw dossiernummer (indien bekend)</label> <input id="k-ref" name="referentie">
          <label for="k-tekst">Omschrijf uw klacht *</label> <textarea id="k-tekst" name="klacht" rows="8" required></textarea>
          <button type="submit">Klacht versturen</button>
        </form>""", [("Contact", "/nl/contact/"), ("Klachten", "/nl/contact/klachten/")])

    page("legal", "nl", "Juridische informatie en privacy", """
        <h2>Uitgever</h2><p>FOD Mobiliteit fictief, Voorbeeldstraat 1, 1000 Brussel. Demonstratiesite: alle gegevens zijn fictief.</p>
        <h2 id="privacy">Privacy</h2>
        <p>De gegevens die u via onze formulieren doorgeeft, gebruiken we alleen om uw vraag of klacht te behandelen. U kunt uw rechten uitoefenen bij
        onze functionaris voor gegevensbescherming (<a href="mailto:dpo@mobiliteit-fictief.example">dpo@mobiliteit-fictief.example</a>).</p>""")

    page("a11y", "nl", "Toegankelijkheidsverklaring", """
        <p>De FOD Mobiliteit fictief wil zijn website toegankelijk maken overeenkomstig de wet van 19 juli 2018.</p>
        <h2>Nalevingsstatus</h2><p>Deze website voldoet gedeeltelijk aan EN 301 549.</p>
        <h2>Feedback</h2><p>Stuit u op een toegankelijkheidsprobleem? Mail naar <a href="mailto:webmaster@mobiliteit-fictief.example">webmaster@mobiliteit-fictief.example</a>.</p>
        <h2>Handhavingsprocedure</h2>
        <p>Bent u niet tevreden met ons antwoord, dan kunt u zich wenden tot de federale Ombudsman, Leuvenseweg 48 bus 6, 1000 Brussel.</p>""")


# ---------------------------------------------------------------- DE (thinner: no deadlines, no second line)
def de():
    page("home", "de", "Willkommen beim FÖD Mobilität (fiktiv)", """
        <p>Auf diesen Seiten finden Sie die wichtigsten Informationen in deutscher Sprache. Ausführlichere Inhalte stehen auf
        <a href="/fr/" hreflang="fr">Französisch</a> und <a href="/nl/" hreflang="nl">Niederländisch</a> zur Verfügung.</p>
        <ul><li><a href="/de/kontakt/">Kontakt</a></li><li><a href="/de/kontakt/beschwerden/">Beschwerden</a></li></ul>""")

    page("contact", "de", "Kontakt", """
        <h2>Anschrift</h2>
        <p>FÖD Mobilität (fiktiv)<br>Rue de l’Exemple 1<br>1000 Brüssel</p>
        <h2>Telefon und E-Mail</h2>
        <p>Tel.: +32&nbsp;2&nbsp;000&nbsp;00&nbsp;02<br>E-Mail: <a href="mailto:info@mobilite-fictive.example">info@mobilite-fictive.example</a></p>
        <h2>Auskunft</h2>
        <p>Für allgemeine Fragen zu unseren Dienstleistungen schreiben Sie uns bitte eine E-Mail oder rufen Sie unser Kontaktzentrum an.</p>
        <div class="complaints-logo-link">
          <a href="/de/kontakt/beschwerden/"><img class="lazyload" src=\"""" + LAZY_GIF + """\" data-src="/images/plaintes/beschwerden-logo-de.png" alt="Beschwerden über unsere Dienstleistungen?" width="165" height="115"></a>
        </div>
        <script src="/js/lazysizes.min.js" async></script>""")

    page("complaints", "de", "Beschwerden", """
        <h2>Warum ein Beschwerdemanagement?</h2>
        <p>Wir möchten unsere Dienstleistungen ständig verbessern. Jede Beschwerde hilft uns, Fehler zu erkennen und zu beheben.</p>
        <h2>Was ist eine Beschwerde?</h2>
        <p>Eine Beschwerde ist eine Äußerung der Unzufriedenheit über die Art und Weise, wie unser Dienst Sie behandelt hat, zum Beispiel eine zu lange
        Bearbeitungszeit oder ein unfreundlicher Empfang. Anonyme Beschwerden und reine Informationsanfragen werden nicht als Beschwerde behandelt.</p>
        <p><strong>Achtung:</strong> Eine Beschwerde ist kein Rechtsmittel. Wenn Sie eine Entscheidung anfechten möchten, folgen Sie dem in der Entscheidung
        angegebenen Rechtsbehelf; die Fristen dafür werden durch eine Beschwerde nicht unterbrochen.</p>
        <h2>Wie reichen Sie eine Beschwerde ein?</h2>
        <p>Füllen Sie das <a href="/documents/beschwerdeformular.pdf">Beschwerdeformular (PDF)</a> aus und senden Sie es per Post oder per E-Mail an
        <a href="mailto:beschwerden@mobilite-fictive.example">beschwerden@mobilite-fictive.example</a>.</p>
        <p>Ihre Beschwerde wird unter einer Vorgangsnummer registriert und Sie erhalten eine Eingangsbestätigung. Anschließend prüft die zuständige
        Dienststelle den Sachverhalt und Sie erhalten so rasch wie möglich eine begründete Antwort.</p>""", [("Kontakt", "/de/kontakt/")])

    page("a11y", "de", "Erklärung zur Barrierefreiheit", """
        <p>Der FÖD Mobilität (fiktiv) bemüht sich, seine Website im Einklang mit dem Gesetz vom 19. Juli 2018 barrierefrei zu gestalten.</p>
        <p>Probleme? Schreiben Sie an <a href="mailto:webmaster@mobilite-fictive.example">webmaster@mobilite-fictive.example</a>.
        Sind Sie mit unserer Antwort nicht zufrieden, können Sie sich an den föderalen Ombudsmann wenden.</p>""")


# ---------------------------------------------------------------- EN (thinner: no form, no appeal statement)
def en():
    page("home", "en", "Welcome to the FPS Mobility (fictitious)", """
        <p>This English section gives a short overview of our services. Full information is available in
        <a href="/fr/" hreflang="fr">French</a> and <a href="/nl/" hreflang="nl">Dutch</a>.</p>
        <ul><li><a href="/en/contact/">Contact us</a></li><li><a href="/en/contact/complaints/">Complaints</a></li></ul>""")

    page("contact", "en", "Contact", """
        <h2>Address</h2>
        <p>FPS Mobility (fictitious)<br>Rue de l’Exemple 1<br>1000 Brussels, Belgium</p>
        <h2>Phone &amp; e-mail</h2>
        <p>Phone: +32&nbsp;2&nbsp;000&nbsp;00&nbsp;03 &middot; E-mail: <a href="mailto:info@mobilite-fictive.example">info@mobilite-fictive.example</a></p>
        <h2>Questions</h2>
        <p>For any information request, please e-mail us or call the contact centre on working days between 9 am and 4 pm.</p>
        <a href="/en/contact/complaints/" class="complaints-logo-link" role="img" aria-label="Complaints about our services?" title="Complaints about our services?"
           style="display:block; width:165px; height:115px; background: url('/images/plaintes/complaints-en.png') no-repeat left top;"></a>""")

    page("complaints", "en", "Complaints", """
        <p>We want to provide a good service to everyone, and your complaints help us improve the way we work.</p>
        <h3>What is a complaint?</h3>
        <p>A complaint is an expression of dissatisfaction with the service you received from us: an unreasonable delay, an unanswered letter,
        an unfriendly reception or a mistake in one of our documents. Requests for information and anonymous messages are not handled as complaints.</p>
        <h3>How to complain</h3>
        <p>Send an e-mail to <a href="mailto:complaints@mobilite-fictive.example">complaints@mobilite-fictive.example</a> or a letter to the
        Complaints Service, Rue de l’Exemple 1, 1000 Brussels. Please describe what happened, when, and which department was involved.</p>
        <p>Your complaint is registered under a unique reference number and you will receive an acknowledgement of receipt within 5 working days.
        The department concerned examines the facts and you will receive a reasoned reply within 30 days.</p>
        <h3>Not satisfied?</h3>
        <p>If you are not satisfied with our reply, you can contact the <a href="https://www.federalombudsman.be/en">Federal Ombudsman</a> free of charge.</p>""",
         [("Contact", "/en/contact/")])


if __name__ == "__main__":
    build()
