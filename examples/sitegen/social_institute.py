"""Site 5: social-institute. /fr/ /nl/ /de/ with lang attributes, no hreflang, no <a> links between
languages: the switcher is a <select> whose option values are URLs; robots.txt disallows /private/ and
names the sitemap; the menus carry lure links to /private/. Complaint content split into sub-pages."""
from common import brand_logo, logo, photo, write

SITE = "social-institute"
NAME = {"fr": "Institut fédéral de Sécurité sociale (fictif)", "nl": "Federaal Instituut voor Sociale Zekerheid (fictief)",
        "de": "Föderales Institut für Soziale Sicherheit (fiktiv)"}
GROUPS = {
    "home": {"fr": "/fr/", "nl": "/nl/", "de": "/de/"},
    "news": {"fr": "/fr/actualites/", "nl": "/nl/nieuws/"},
    "news1": {"fr": "/fr/actualites/nouveau-portail/", "nl": "/nl/nieuws/nieuw-portaal/"},
    "benefits": {"fr": "/fr/prestations/", "nl": "/nl/uitkeringen/"},
    "contact": {"fr": "/fr/contact/", "nl": "/nl/contact/", "de": "/de/kontakt/"},
    "complaints": {"fr": "/fr/plaintes/", "nl": "/nl/klachten/", "de": "/de/beschwerden/"},
    "procedure": {"fr": "/fr/plaintes/procedure/", "nl": "/nl/klachten/procedure/", "de": "/de/beschwerden/verfahren/"},
    "form": {"fr": "/fr/plaintes/formulaire/", "nl": "/nl/klachten/formulier/", "de": "/de/beschwerden/formular/"},
    "faq": {"fr": "/fr/plaintes/faq/", "nl": "/nl/klachten/faq/", "de": "/de/beschwerden/faq/"},
    "legal": {"fr": "/fr/mentions-legales/", "nl": "/nl/disclaimer/"},
    "a11y": {"fr": "/fr/accessibilite/", "nl": "/nl/toegankelijkheid/", "de": "/de/barrierefreiheit/"},
}
MENU = {
    "fr": [("home", "Accueil"), ("benefits", "Prestations"), ("news", "Actualités"), ("contact", "Contact"),
           ("complaints", "Plaintes"), ("/private/plaintes-interne/", "Plaintes (interne)")],
    "nl": [("home", "Home"), ("benefits", "Uitkeringen"), ("news", "Nieuws"), ("contact", "Contact"),
           ("complaints", "Klachten"), ("/private/klachten-intern/", "Klachten (intern)")],
    "de": [("home", "Startseite"), ("contact", "Kontakt"), ("complaints", "Beschwerden"),
           ("/private/beschwerden-intern/", "Beschwerden (intern)")],
}
SUBMENU = {"fr": [("complaints", "Introduction"), ("procedure", "Procédure et délais"), ("form", "Formulaire de plainte"), ("faq", "Questions fréquentes")],
           "nl": [("complaints", "Inleiding"), ("procedure", "Procedure en termijnen"), ("form", "Klachtenformulier"), ("faq", "Veelgestelde vragen")],
           "de": [("complaints", "Einleitung"), ("procedure", "Verfahren und Fristen"), ("form", "Beschwerdeformular"), ("faq", "Häufige Fragen")]}
FOOT = {"fr": [("legal", "Mentions légales"), ("a11y", "Accessibilité")], "nl": [("legal", "Disclaimer"), ("a11y", "Toegankelijkheid")],
        "de": [("a11y", "Barrierefreiheit")]}
LABEL = {"fr": "Langue", "nl": "Taal", "de": "Sprache"}
LURE = ' class="lure"'
CURRENT = ' aria-current="page"'
LANGNAME = {"fr": "Français", "nl": "Nederlands", "de": "Deutsch"}


def href(lang, k):
    return k if k.startswith("/") else GROUPS[k][lang]


def page(key, lang, title, body, path=None, sub=False):
    path = path or GROUPS[key][lang]
    opts = "".join(
        f'<option value="{GROUPS[key].get(l, GROUPS["home"][l])}"{" selected" if l == lang else ""}>{LANGNAME[l]}</option>'
        for l in ("fr", "nl", "de"))
    menu = "\n".join(f'        <li><a href="{href(lang, k)}"{LURE if k.startswith("/private") else ""}>{t}</a></li>'
                     for k, t in MENU[lang])
    side = ""
    if sub:
        side = '<aside class="subnav"><ul>' + "".join(
            f'<li><a href="{GROUPS[k][lang]}"{CURRENT if k == key else ""}>{t}</a></li>'
            for k, t in SUBMENU[lang]) + "</ul></aside>"
    foot = " · ".join(f'<a href="{GROUPS[k][lang]}">{t}</a>' for k, t in FOOT[lang])
    html = f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <title>{title} – {NAME[lang]}</title>
  <link rel="stylesheet" href="/static/ifss.css">
  <script src="/static/lang.js" defer></script>
</head>
<body>
  <header class="masthead">
    <a class="brand" href="{GROUPS['home'][lang]}"><img src="/static/ifss-logo.png" alt="{NAME[lang]}" width="200" height="60"></a>
    <form class="lang-select" action="#" method="get">
      <label for="lang">{LABEL[lang]}</label>
      <select id="lang" name="lang">{opts}</select>
    </form>
    <nav class="primary">
      <ul>
{menu}
      </ul>
    </nav>
  </header>
  <div class="page">
    {side}
    <main id="content">
      <h1>{title}</h1>
{body}
    </main>
  </div>
  <footer class="foot">{NAME[lang]} – {foot}</footer>
</body>
</html>
"""
    write(SITE, path, html)
    return html


def build():
    brand_logo(SITE, "/static/ifss-logo.png", "IFSS · FISZ", "#00677f", (200, 60))
    photo(SITE, "/static/portail.jpg", "#00677f", "portail / portaal")
    logo(SITE, "/static/logo/plaintes-fr-165.png", "fr", (165, 115))
    logo(SITE, "/static/logo/plaintes-fr-330.png", "fr", (330, 230))
    logo(SITE, "/static/logo/klachten-nl.png", "nl", (165, 115))
    logo(SITE, "/static/logo/beschwerden-de-invers.png", "de", (140, 85), inverse=True)
    write(SITE, "/static/ifss.css", """body{font-family:Helvetica,Arial,sans-serif;margin:0}.masthead{padding:10px 30px;border-bottom:5px solid #00677f}
.lang-select{float:right}.primary ul{list-style:none;display:flex;gap:18px;padding:0}
.page{display:flex;max-width:1100px;margin:auto}.subnav{width:230px;padding:20px}main{flex:1;padding:20px}
table.deadlines{border-collapse:collapse}table.deadlines td,table.deadlines th{border:1px solid #999;padding:6px 10px}
details{border:1px solid #ddd;margin:6px 0;padding:6px}summary{cursor:pointer;font-weight:bold}.foot{background:#eee;padding:16px 30px}
""")
    write(SITE, "/static/lang.js", """document.addEventListener('DOMContentLoaded', function () {
  var s = document.getElementById('lang');
  if (s) { s.addEventListener('change', function () { window.location.href = s.value; }); }
});
""")
    write(SITE, "/robots.txt", """# Institut fédéral de Sécurité sociale (fictif)
User-agent: *
Disallow: /private/
Disallow: /fr/plaintes/formulaire/envoi
Disallow: /nl/klachten/formulier/verzenden

Sitemap: /sitemap.xml
""")
    fr(); nl(); de()
    home_fr = page("home", "fr", "Bienvenue", HOME_FR, path="/")  # / is a copy of the French home page
    write(SITE, "/", home_fr.replace("<head>\n", '<head>\n  <link rel="canonical" href="/fr/">\n', 1))
    private()
    locs = [p for g in GROUPS.values() for p in g.values()]
    write(SITE, "/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
          + "\n".join(f"  <url><loc>{p}</loc><lastmod>2026-11-02</lastmod></url>" for p in ["/"] + locs)
          + "\n</urlset>\n")


def private():
    for path, lang, title, text in [
        ("/private/plaintes-interne/", "fr", "Registre interne des plaintes",
         "Réservé au personnel. Connectez-vous avec votre compte interne pour consulter le registre des plaintes, les délais de réponse et les numéros de dossier."),
        ("/private/klachten-intern/", "nl", "Intern klachtenregister",
         "Enkel voor personeelsleden. Meld u aan met uw interne account om het klachtenregister, de antwoordtermijnen en de dossiernummers te raadplegen."),
        ("/private/beschwerden-intern/", "de", "Internes Beschwerderegister",
         "Nur für Personal. Melden Sie sich mit Ihrem internen Konto an, um das Beschwerderegister einzusehen."),
    ]:
        write(SITE, path, f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><meta name="robots" content="noindex, nofollow"><title>{title} – intranet</title></head>
<body><h1>{title}</h1><p>{text}</p>
<form action="/private/login" method="post"><input name="user"><input name="password" type="password"><button>Login</button></form>
<p><a href="/private/registre/export.csv">export.csv</a></p>
</body></html>
""")


HOME_FR = """
      <p class="lead">L’Institut fédéral de Sécurité sociale (fictif) paie des allocations à près de 600&nbsp;000 bénéficiaires. <em>Institution imaginaire, créée pour une démonstration.</em></p>
      <h2>Actualités</h2>
      <p><a href="/fr/actualites/nouveau-portail/">Un nouveau portail pour suivre votre dossier</a></p>
      <h2>Accès rapide</h2>
      <ul><li><a href="/fr/prestations/">Nos prestations</a></li><li><a href="/fr/contact/">Nous contacter</a></li><li><a href="/fr/plaintes/">Introduire une plainte</a></li></ul>"""


def fr():
    page("home", "fr", "Bienvenue", HOME_FR)
    page("news", "fr", "Actualités", """
      <ul><li><time>2026-10-05</time> – <a href="/fr/actualites/nouveau-portail/">Un nouveau portail pour suivre votre dossier</a></li></ul>""")
    page("news1", "fr", "Un nouveau portail pour suivre votre dossier", """
      <img src="/static/portail.jpg" alt="" width="480" height="270">
      <p>Depuis le 5 octobre, vous pouvez consulter l’état de votre dossier, vos paiements et vos attestations fiscales en ligne, 24&nbsp;h sur 24.
      Connexion avec votre carte d’identité électronique ou une application d’identification.</p>""")
    page("benefits", "fr", "Prestations", """
      <h2>Allocation d’aide (fictive)</h2>
      <p>Vous y avez droit si vos revenus ne dépassent pas un plafond fixé chaque année. La décision vous est notifiée par lettre.</p>
      <h2>Contester une décision</h2>
      <p>Vous pouvez introduire un recours contre une décision devant le tribunal du travail dans les trois mois de sa notification.
      La lettre de décision vous explique comment faire.</p>""")
    page("contact", "fr", "Contact", """
      <address>
        Institut fédéral de Sécurité sociale (fictif)<br>
        Place de l’Exemple 3<br>1210 Saint-Josse-ten-Noode<br>
        Tél.&nbsp;: <a href="tel:+3220003333">02&nbsp;000&nbsp;33&nbsp;33</a><br>
        E-mail&nbsp;: <a href="mailto:contact@ifss-fictif.example">contact@ifss-fictif.example</a>
      </address>
      <h2>Une demande d’information&nbsp;?</h2>
      <p>Nos conseillers répondent à vos questions par téléphone du lundi au vendredi de 8&nbsp;h à 16&nbsp;h 30, ou par e-mail.
      Indiquez toujours votre numéro de registre national.</p>
      <p class="logo-plaintes"><a href="/fr/plaintes/"><img src="/static/logo/plaintes-fr-165.png"
         srcset="/static/logo/plaintes-fr-165.png 1x, /static/logo/plaintes-fr-330.png 2x"
         alt="Des plaintes sur nos prestations ?" width="165" height="115"></a></p>""")
    page("complaints", "fr", "Gestion des plaintes", """
      <p>Vous n’êtes pas satisfait de nos services&nbsp;? Dites-le-nous&nbsp;: nous voulons que chaque bénéficiaire soit bien servi, et chaque plainte
      nous aide à repérer ce qui doit être amélioré dans notre organisation.</p>
      <h2>Qu’est-ce qu’une plainte&nbsp;?</h2>
      <p>Une plainte est l’expression manifeste d’une insatisfaction concernant un service rendu par l’Institut&nbsp;: la qualité d’une information, la
      manière dont votre dossier a été traité, l’attitude d’un collaborateur ou l’application d’une règle.</p>
      <p>Ne sont pas recevables&nbsp;:</p>
      <ul><li>les plaintes anonymes&nbsp;;</li><li>les faits datant de plus d’un an&nbsp;;</li><li>les plaintes qui concernent un autre organisme&nbsp;;</li>
      <li>les simples demandes d’information.</li></ul>
      <h2>Une plainte ou un recours&nbsp;?</h2>
      <p>Une plainte <strong>n’est pas</strong> un recours. Pour contester une décision relative à vos droits, vous devez introduire un recours devant le
      tribunal du travail dans les trois mois (voir <a href="/fr/prestations/">Prestations</a>). Votre plainte ne suspend pas ce délai.</p>
      <p>En savoir plus&nbsp;: <a href="/fr/plaintes/procedure/">procédure et délais</a> · <a href="/fr/plaintes/formulaire/">formulaire de plainte</a> ·
      <a href="/fr/plaintes/faq/">questions fréquentes</a></p>""", sub=True)
    page("procedure", "fr", "Procédure et délais", """
      <h2>1. Vous introduisez votre plainte</h2>
      <p>Le plus simple&nbsp;: notre <a href="/fr/plaintes/formulaire/">formulaire de plainte en ligne</a>. Vous pouvez aussi écrire au
      Service de gestion des plaintes, Place de l’Exemple 3, 1210 Saint-Josse-ten-Noode, ou envoyer un e-mail à
      <a href="mailto:plaintes@ifss-fictif.example">plaintes@ifss-fictif.example</a>.</p>
      <h2>2. Nous l’enregistrons</h2>
      <p>Le coordinateur des plaintes enregistre votre plainte et lui attribue un numéro unique. Vous recevez un accusé de réception qui mentionne ce numéro et
      le nom de la personne qui suit votre dossier.</p>
      <h2>3. Nous l’examinons</h2>
      <p>Le service concerné analyse les faits. Si votre plainte n’est pas recevable, nous vous le disons en expliquant pourquoi.</p>
      <h2>4. Nous vous répondons</h2>
      <p>Vous recevez une réponse écrite et motivée.</p>
      <table class="deadlines">
        <caption>Nos délais</caption>
        <thead><tr><th>Étape</th><th>Délai</th></tr></thead>
        <tbody>
          <tr><td>Accusé de réception</td><td>5&nbsp;jours ouvrables</td></tr>
          <tr><td>Réponse motivée</td><td>30&nbsp;jours calendrier</td></tr>
          <tr><td>Prolongation pour un dossier complexe (vous êtes prévenu)</td><td>+&nbsp;15&nbsp;jours calendrier au maximum</td></tr>
        </tbody>
      </table>
      <h2>5. Vous n’êtes pas satisfait&nbsp;?</h2>
      <p>Si vous n’êtes pas satisfait de notre réponse, vous pouvez vous adresser au <a href="https://www.mediateurfederal.be/fr">Médiateur fédéral</a>,
      qui examine les plaintes en deuxième ligne, gratuitement et en toute indépendance.</p>""", sub=True)
    page("form", "fr", "Formulaire de plainte", """
      <form method="post" action="/fr/plaintes/formulaire/envoi">
        <fieldset><legend>Vous</legend>
          <label>Nom et prénom <input name="nom" required></label>
          <label>Numéro de registre national <input name="niss"></label>
          <label>Adresse e-mail <input type="email" name="email" required></label>
        </fieldset>
        <fieldset><legend>Votre plainte</legend>
          <label>Objet <input name="objet"></label>
          <label>Que s’est-il passé&nbsp;? <textarea name="description" rows="10" required></textarea></label>
          <label>Qu’attendez-vous de nous&nbsp;? <textarea name="attente" rows="3"></textarea></label>
        </fieldset>
        <button type="submit">Envoyer</button>
      </form>""", sub=True)
    page("faq", "fr", "Questions fréquentes", """
      <details><summary>Dans quel délai vais-je recevoir une réponse&nbsp;?</summary>
        <p>Vous recevez un accusé de réception dans les cinq jours ouvrables et une réponse motivée dans les trente jours calendrier.</p></details>
      <details><summary>Puis-je introduire une plainte de manière anonyme&nbsp;?</summary>
        <p>Non. Nous devons pouvoir vous contacter pour examiner votre plainte et vous répondre.</p></details>
      <details><summary>Ma plainte suspend-elle le délai pour introduire un recours&nbsp;?</summary>
        <p>Non&nbsp;: si vous contestez une décision, introduisez aussi votre recours au tribunal du travail dans le délai prévu.</p></details>
      <details><summary>Et si je ne suis pas satisfait de la réponse&nbsp;?</summary>
        <p>Vous pouvez alors contacter le Médiateur fédéral (<a href="https://www.mediateurfederal.be/fr">www.mediateurfederal.be</a>, numéro gratuit 0800&nbsp;99&nbsp;961).</p></details>""", sub=True)
    page("legal", "fr", "Mentions légales", """
      <p>Site de démonstration&nbsp;: toutes les informations sont fictives.</p>
      <h2>Protection des données</h2><p>Vos données sont traitées uniquement pour la gestion de votre dossier. DPO&nbsp;: <a href="mailto:dpo@ifss-fictif.example">dpo@ifss-fictif.example</a>.</p>""")
    page("a11y", "fr", "Déclaration d’accessibilité", """
      <p>Ce site est conforme aux WCAG 2.1 niveau AA, à l’exception de quelques documents PDF.</p>
      <p>Contact&nbsp;: <a href="mailto:web@ifss-fictif.example">web@ifss-fictif.example</a>. Procédure de mise en œuvre&nbsp;: Médiateur fédéral.</p>""")


def nl():
    page("home", "nl", "Welkom", """
      <p class="lead">Het Federaal Instituut voor Sociale Zekerheid (fictief) betaalt uitkeringen aan bijna 600&nbsp;000 gerechtigden. <em>Verzonnen instelling voor een demonstratie.</em></p>
      <h2>Nieuws</h2>
      <p><a href="/nl/nieuws/nieuw-portaal/">Een nieuw portaal om uw dossier op te volgen</a></p>
      <ul><li><a href="/nl/uitkeringen/">Onze uitkeringen</a></li><li><a href="/nl/contact/">Contact</a></li><li><a href="/nl/klachten/">Een klacht indienen</a></li></ul>""")
    page("news", "nl", "Nieuws", """
      <ul><li><time>2026-10-05</time> – <a href="/nl/nieuws/nieuw-portaal/">Een nieuw portaal om uw dossier op te volgen</a></li></ul>""")
    page("news1", "nl", "Een nieuw portaal om uw dossier op te volgen", """
      <img src="/static/portail.jpg" alt="" width="480" height="270">
      <p>Sinds 5 oktober kunt u de stand van uw dossier, uw betalingen en uw fiscale attesten online raadplegen, dag en nacht.</p>""")
    page("benefits", "nl", "Uitkeringen", """
      <h2>Steunuitkering (fictief)</h2>
      <p>U hebt er recht op als uw inkomen onder een jaarlijks vastgelegd plafond blijft.</p>
      <h2>Een beslissing betwisten</h2>
      <p>Tegen een beslissing kunt u binnen drie maanden na de kennisgeving beroep aantekenen bij de arbeidsrechtbank.</p>""")
    page("contact", "nl", "Contact", """
      <address>
        Federaal Instituut voor Sociale Zekerheid (fictief)<br>
        Voorbeeldplein 3<br>1210 Sint-Joost-ten-Node<br>
        Tel.: <a href="tel:+3220003334">02&nbsp;000&nbsp;33&nbsp;34</a><br>
        E-mail: <a href="mailto:contact@fisz-fictief.example">contact@fisz-fictief.example</a>
      </address>
      <h2>Een vraag om informatie?</h2>
      <p>Onze adviseurs beantwoorden uw vragen telefonisch van maandag tot vrijdag van 8 tot 16.30 uur, of per e-mail.</p>
      <p class="logo-plaintes"><a href="/nl/klachten/"><img src="/static/logo/klachten-nl.png" alt="Klachten over onze dienstverlening?" width="165" height="115"></a></p>""")
    page("complaints", "nl", "Klachtenmanagement", """
      <p>Niet tevreden over onze dienstverlening? Laat het ons weten. Tevreden klanten zijn voor ons belangrijk, en uit elke klacht
      leren we wat beter kan in onze werking.</p>
      <h2>Wat is een klacht?</h2>
      <p>Een klacht is een duidelijke uiting van ongenoegen over een dienst van het Instituut: de kwaliteit van de informatie, de manier waarop uw dossier
      behandeld werd, de houding van een medewerker of de toepassing van een regel.</p>
      <p>Niet ontvankelijk zijn:</p>
      <ul><li>anonieme klachten;</li><li>feiten van meer dan een jaar geleden;</li><li>klachten over een andere instelling;</li><li>gewone informatievragen.</li></ul>
      <h2>Klacht of beroep?</h2>
      <p>Een klacht is <strong>geen</strong> beroep. Wilt u een beslissing over uw rechten aanvechten, dan moet u binnen drie maanden beroep aantekenen bij de
      arbeidsrechtbank. De klachtenprocedure schort die beroepstermijn niet op.</p>
      <p>Lees verder: <a href="/nl/klachten/procedure/">procedure en termijnen</a> · <a href="/nl/klachten/formulier/">klachtenformulier</a> ·
      <a href="/nl/klachten/faq/">veelgestelde vragen</a></p>""", sub=True)
    page("procedure", "nl", "Procedure en termijnen", """
      <h2>1. U dient uw klacht in</h2>
      <p>Via ons <a href="/nl/klachten/formulier/">online klachtenformulier</a>, per brief aan de Klachtendienst, Voorbeeldplein 3, 1210 Sint-Joost-ten-Node,
      of per e-mail naar <a href="mailto:klachten@fisz-fictief.example">klachten@fisz-fictief.example</a>.</p>
      <h2>2. We registreren uw klacht</h2>
      <p>De klachtencoördinator geeft uw klacht een uniek dossiernummer. U krijgt een ontvangstbevestiging met dat nummer en de naam van uw contactpersoon.</p>
      <h2>3. We onderzoeken uw klacht</h2>
      <p>De betrokken dienst onderzoekt de feiten. Is uw klacht niet ontvankelijk, dan laten we u weten waarom.</p>
      <h2>4. U krijgt een antwoord</h2>
      <table class="deadlines">
        <tr><th>Stap</th><th>Termijn</th></tr>
        <tr><td>Ontvangstbevestiging</td><td>5 werkdagen</td></tr>
        <tr><td>Gemotiveerd antwoord</td><td>30 kalenderdagen</td></tr>
        <tr><td>Verlenging bij een complex dossier (we verwittigen u)</td><td>maximaal 15 kalenderdagen extra</td></tr>
      </table>
      <h2>5. Niet tevreden?</h2>
      <p>Bent u niet tevreden met ons antwoord, dan kunt u gratis terecht bij de <a href="https://www.federaalombudsman.be/nl">federale Ombudsman</a>.
      Hij is onafhankelijk van de administratie.</p>""", sub=True)
    page("form", "nl", "Klachtenformulier", """
      <form method="post" action="/nl/klachten/formulier/verzenden">
        <label>Naam en voornaam <input name="naam" required></label>
        <label>E-mailadres <input type="email" name="email" required></label>
        <label>Onderwerp <input name="onderwerp"></label>
        <label>Wat is er gebeurd? <textarea name="omschrijving" rows="10" required></textarea></label>
        <button type="submit">Versturen</button>
      </form>""", sub=True)
    page("faq", "nl", "Veelgestelde vragen", """
      <details><summary>Wanneer krijg ik een antwoord?</summary>
        <p>U krijgt binnen vijf werkdagen een ontvangstbevestiging en binnen dertig kalenderdagen een gemotiveerd antwoord.</p></details>
      <details><summary>Kan ik anoniem klagen?</summary><p>Nee, we moeten u kunnen contacteren.</p></details>
      <details><summary>Schort mijn klacht de beroepstermijn op?</summary><p>Nee. Teken ook beroep aan als u een beslissing betwist.</p></details>
      <details><summary>En als ik niet tevreden ben met het antwoord?</summary>
        <p>Dan kunt u contact opnemen met de federale Ombudsman (<a href="https://www.federaalombudsman.be/nl">www.federaalombudsman.be</a>).</p></details>""", sub=True)
    page("legal", "nl", "Disclaimer", """<p>Demonstratiesite: alle informatie is fictief. DPO: <a href="mailto:dpo@fisz-fictief.example">dpo@fisz-fictief.example</a>.</p>""")
    page("a11y", "nl", "Toegankelijkheidsverklaring", """<p>Deze website voldoet aan de WCAG 2.1 AA, op enkele pdf-documenten na.</p>""")


def de():
    page("home", "de", "Willkommen", """
      <p class="lead">Das Föderale Institut für Soziale Sicherheit (fiktiv) zahlt Leistungen an fast 600&nbsp;000 Berechtigte. <em>Erfundene Einrichtung für eine Demonstration.</em></p>
      <ul><li><a href="/de/kontakt/">Kontakt</a></li><li><a href="/de/beschwerden/">Beschwerde einreichen</a></li></ul>""")
    page("contact", "de", "Kontakt", """
      <address>
        Föderales Institut für Soziale Sicherheit (fiktiv)<br>
        Place de l’Exemple 3<br>1210 Brüssel<br>
        Tel.: 02&nbsp;000&nbsp;33&nbsp;35<br>
        E-Mail: <a href="mailto:kontakt@ifss-fictif.example">kontakt@ifss-fictif.example</a>
      </address>
      <h2>Auskünfte</h2>
      <p>Für Informationsanfragen erreichen Sie uns montags bis freitags von 8 bis 16.30 Uhr telefonisch oder jederzeit per E-Mail.</p>
      <p class="logo-plaintes"><a href="/de/beschwerden/"><img src="/static/logo/beschwerden-de-invers.png" alt="Beschwerden über unsere Dienstleistungen?" width="140" height="85"></a></p>""")
    page("complaints", "de", "Beschwerdemanagement", """
      <p>Sie sind mit unserem Dienst nicht zufrieden? Teilen Sie es uns mit. Jede Beschwerde hilft uns, unsere Dienstleistungen zu verbessern.</p>
      <h2>Was ist eine Beschwerde?</h2>
      <p>Eine Beschwerde ist eine deutliche Äußerung der Unzufriedenheit über eine Dienstleistung des Instituts, etwa über die Qualität einer Auskunft,
      die Bearbeitung Ihrer Akte oder das Verhalten eines Mitarbeiters. Anonyme Beschwerden, Sachverhalte, die länger als ein Jahr zurückliegen,
      und reine Informationsanfragen sind unzulässig.</p>
      <h2>Beschwerde oder Rechtsmittel?</h2>
      <p>Eine Beschwerde ist kein Rechtsmittel. Wenn Sie eine Entscheidung anfechten möchten, müssen Sie innerhalb von drei Monaten Klage beim
      Arbeitsgericht erheben. Die Beschwerde unterbricht diese Frist nicht.</p>
      <p>Weiter: <a href="/de/beschwerden/verfahren/">Verfahren und Fristen</a> · <a href="/de/beschwerden/formular/">Beschwerdeformular</a> ·
      <a href="/de/beschwerden/faq/">Häufige Fragen</a></p>""", sub=True)
    page("procedure", "de", "Verfahren und Fristen", """
      <ol>
        <li>Sie reichen Ihre Beschwerde über das <a href="/de/beschwerden/formular/">Online-Beschwerdeformular</a>, per Post oder per E-Mail an
        <a href="mailto:beschwerden@ifss-fictif.example">beschwerden@ifss-fictif.example</a> ein.</li>
        <li>Der Beschwerdekoordinator registriert sie unter einer Vorgangsnummer; Sie erhalten eine Eingangsbestätigung.</li>
        <li>Die zuständige Dienststelle prüft den Sachverhalt.</li>
        <li>Sie erhalten eine schriftliche, mit Gründen versehene Antwort.</li>
      </ol>
      <table class="deadlines">
        <tr><th>Schritt</th><th>Frist</th></tr>
        <tr><td>Eingangsbestätigung</td><td>5 Werktage</td></tr>
        <tr><td>Begründete Antwort</td><td>30 Kalendertage</td></tr>
        <tr><td>Verlängerung bei komplexen Akten (mit Benachrichtigung)</td><td>höchstens 15 Kalendertage zusätzlich</td></tr>
      </table>
      <p>Sind Sie mit unserer Antwort nicht zufrieden, können Sie sich an den <a href="https://www.federalombudsman.be/de">föderalen Ombudsmann</a> wenden.</p>""", sub=True)
    page("form", "de", "Beschwerdeformular", """
      <form method="post" action="/de/beschwerden/formular/senden">
        <label>Name <input name="name" required></label>
        <label>E-Mail <input type="email" name="email" required></label>
        <label>Ihre Beschwerde <textarea name="beschwerde" rows="10" required></textarea></label>
        <button type="submit">Absenden</button>
      </form>""", sub=True)
    page("faq", "de", "Häufige Fragen", """
      <details><summary>Wann erhalte ich eine Antwort?</summary><p>Die Eingangsbestätigung erhalten Sie innerhalb von fünf Werktagen, die Antwort innerhalb von dreißig Kalendertagen.</p></details>
      <details><summary>Kann ich mich anonym beschweren?</summary><p>Nein.</p></details>
      <details><summary>Was tun, wenn ich mit der Antwort nicht zufrieden bin?</summary><p>Wenden Sie sich an den föderalen Ombudsmann.</p></details>""", sub=True)
    page("a11y", "de", "Erklärung zur Barrierefreiheit", """<p>Diese Website entspricht den WCAG 2.1 AA, mit Ausnahme einiger PDF-Dokumente.</p>""")


if __name__ == "__main__":
    build()
