"""Site 8: staging-health. Behind HTTP basic auth (webmaster:staging); / redirects to /en/;
/en/ /de/ /fr/ /nl/ with hreflang + x-default; meta robots noindex (staging). Compliant everywhere."""
from common import brand_logo, copy_file, LOGOS, logo, photo, write

SITE = "staging-health"
LANGS = ("en", "de", "fr", "nl")
NAME = {"en": "Federal Health Service (staging, fictitious)", "de": "Föderaler Gesundheitsdienst (Staging, fiktiv)",
        "fr": "Service fédéral de la Santé (staging, fictif)", "nl": "Federale Gezondheidsdienst (staging, fictief)"}
G = {
    "home": {"en": "/en/", "de": "/de/", "fr": "/fr/", "nl": "/nl/"},
    "news1": {"en": "/en/news/new-vaccination-portal/", "de": "/de/nachrichten/neues-impfportal/",
              "fr": "/fr/actualites/nouveau-portail-vaccination/", "nl": "/nl/nieuws/nieuw-vaccinatieportaal/"},
    "contact": {"en": "/en/contact/", "de": "/de/kontakt/", "fr": "/fr/contact/", "nl": "/nl/contact/"},
    "complaints": {"en": "/en/complaints-handling/", "de": "/de/beschwerdemanagement/",
                   "fr": "/fr/gestion-des-plaintes/", "nl": "/nl/klachtenmanagement/"},
    "form": {"en": "/en/complaints-handling/form/", "de": "/de/beschwerdemanagement/formular/",
             "fr": "/fr/gestion-des-plaintes/formulaire/", "nl": "/nl/klachtenmanagement/formulier/"},
    "a11y": {"en": "/en/accessibility/", "de": "/de/barrierefreiheit/", "fr": "/fr/accessibilite/", "nl": "/nl/toegankelijkheid/"},
}
MENU = {"en": [("home", "Home"), ("news1", "News"), ("contact", "Contact"), ("complaints", "Complaints")],
        "de": [("home", "Startseite"), ("news1", "Aktuelles"), ("contact", "Kontakt"), ("complaints", "Beschwerden")],
        "fr": [("home", "Accueil"), ("news1", "Actualités"), ("contact", "Contact"), ("complaints", "Plaintes")],
        "nl": [("home", "Home"), ("news1", "Nieuws"), ("contact", "Contact"), ("complaints", "Klachten")]}
CUR = ' aria-current="true"'
A11Y = {"en": "Accessibility", "de": "Barrierefreiheit", "fr": "Accessibilité", "nl": "Toegankelijkheid"}


def page(key, lang, title, body):
    alts = "\n".join(f'  <link rel="alternate" hreflang="{l}" href="{G[key][l]}">' for l in LANGS)
    alts += f'\n  <link rel="alternate" hreflang="x-default" href="{G[key]["en"]}">'
    switch = "".join(f'<li><a href="{G[key][l]}" lang="{l}"{CUR if l == lang else ""}>{l.upper()}</a></li>' for l in LANGS)
    menu = "".join(f'<li><a href="{G[k][lang]}">{t}</a></li>' for k, t in MENU[lang])
    write(SITE, G[key][lang], f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="robots" content="noindex">
  <title>{title} | {NAME[lang]}</title>
{alts}
  <link rel="stylesheet" href="/theme/health.css">
</head>
<body>
  <div class="staging-banner">STAGING – {"not for public use" if lang == "en" else "nicht öffentlich" if lang == "de" else "non public" if lang == "fr" else "niet publiek"}</div>
  <header>
    <a href="{G['home'][lang]}"><img src="/theme/fhs.png" alt="{NAME[lang]}" width="200" height="60"></a>
    <ul class="langs">{switch}</ul>
    <nav><ul class="menu">{menu}</ul></nav>
  </header>
  <main>
    <h1>{title}</h1>
{body}
  </main>
  <footer><a href="{G['a11y'][lang]}">{A11Y[lang]}</a> · {NAME[lang]}</footer>
</body>
</html>
""")


def build():
    brand_logo(SITE, "/theme/fhs.png", "FHS · SFS", "#00796b", (200, 60))
    photo(SITE, "/theme/vaccination.jpg", "#00796b", "portal")
    logo(SITE, "/theme/logos/plaintes-fr.png", "fr", (165, 115))
    logo(SITE, "/theme/logos/klachten-nl.png", "nl", (140, 85))
    logo(SITE, "/theme/logos/beschwerden-de.png", "de", (165, 115))
    copy_file(SITE, "/theme/logos/complaints-en.svg", LOGOS / "complaints-logo-en.svg")
    write(SITE, "/theme/health.css", """body{font-family:'Open Sans',sans-serif;margin:0}.staging-banner{background:#ffeb3b;text-align:center;font-weight:bold}
header{padding:10px 24px;border-bottom:3px solid #00796b}.langs,.menu{list-style:none;display:flex;gap:12px;padding:0}
main{max-width:900px;margin:auto;padding:20px}footer{background:#e0f2f1;padding:16px 24px}
""")
    write(SITE, "site.yml", """# staging-health: a pre-production copy behind basic auth (use --auth webmaster:staging)
auth: "webmaster:staging"
redirects:
  "/": "/en/"
""")
    for lang, texts in CONTENT.items():
        for key, (title, body) in texts.items():
            page(key, lang, title, body)


CONTENT = {
"en": {
 "home": ("Welcome", """
    <p>The Federal Health Service (staging, fictitious) protects public health and the environment. <em>Imaginary service on a staging server.</em></p>
    <p><a href="/en/news/new-vaccination-portal/">A new portal for your vaccination record</a></p>"""),
 "news1": ("A new portal for your vaccination record", """
    <img src="/theme/vaccination.jpg" alt="" width="480" height="270">
    <p>From 1 December you can view and download your vaccination record online.</p>"""),
 "contact": ("Contact", """
    <h2>Postal address</h2><p>Federal Health Service (staging)<br>Sample Square 4<br>1000 Brussels</p>
    <h2>Phone and e-mail</h2><p>+32&nbsp;2&nbsp;000&nbsp;77&nbsp;70 · <a href="mailto:info@health-staging.example">info@health-staging.example</a></p>
    <h2>Information requests</h2><p>Questions about our services? Send us an e-mail or call us on working days from 9 am to 5 pm.</p>
    <p><a href="/en/complaints-handling/"><img src="/theme/logos/complaints-en.svg" alt="Complaints about our services?" width="165" height="115"></a></p>"""),
 "complaints": ("Complaints handling", """
    <p>Help us improve our performance: every complaint shows us where our service fell short, so that we can put it right and prevent it from happening again.</p>
    <h2>What do we mean by a complaint?</h2>
    <p>Any expression of dissatisfaction with a service provided by us: how you were treated, the quality of our information, delays or the way a rule was applied.
    Anonymous messages, questions asking for information and facts older than one year are not handled as complaints.</p>
    <h2>A complaint is not an appeal</h2>
    <p>Filing a complaint in no way replaces the appeal procedure against one of our decisions, and it does not affect the time limits for that appeal.
    The decision letter tells you how to appeal.</p>
    <h2>How does it work?</h2>
    <ol><li>Fill in the <a href="/en/complaints-handling/form/">online complaint form</a> or write to the Complaints Service, Sample Square 4, 1000 Brussels.</li>
    <li>Your complaint is registered with a unique number and you receive an acknowledgement of receipt within 3 working days.</li>
    <li>The complaints coordinator has it examined by the department concerned.</li>
    <li>You receive a substantiated answer within four weeks.</li></ol>
    <h2>Not satisfied with our answer?</h2>
    <p>You can then turn to the <a href="https://www.federalombudsman.be/en">Federal Ombudsman</a>.</p>"""),
 "form": ("Complaint form", """
    <form method="post" action="/en/complaints-handling/form/send">
      <label>Name <input name="name" required></label>
      <label>E-mail <input type="email" name="email" required></label>
      <label>Your complaint <textarea name="complaint" rows="8" required></textarea></label>
      <button>Submit</button>
    </form>"""),
 "a11y": ("Accessibility statement", """<p>This website partially conforms to WCAG 2.1 AA.</p>"""),
},
"de": {
 "home": ("Willkommen", """
    <p>Der Föderale Gesundheitsdienst (Staging, fiktiv) schützt die öffentliche Gesundheit und die Umwelt. <em>Erfundener Dienst auf einem Testserver.</em></p>
    <p><a href="/de/nachrichten/neues-impfportal/">Ein neues Portal für Ihren Impfnachweis</a></p>"""),
 "news1": ("Ein neues Portal für Ihren Impfnachweis", """
    <p>Ab dem 1. Dezember können Sie Ihren Impfnachweis online einsehen und herunterladen.</p>"""),
 "contact": ("Kontakt", """
    <h2>Postanschrift</h2><p>Föderaler Gesundheitsdienst (Staging)<br>Musterplatz 4<br>1000 Brüssel</p>
    <h2>Telefon und E-Mail</h2><p>+32&nbsp;2&nbsp;000&nbsp;77&nbsp;71 · <a href="mailto:info@health-staging.example">info@health-staging.example</a></p>
    <h2>Informationsanfragen</h2><p>Fragen zu unseren Dienstleistungen? Schreiben Sie uns oder rufen Sie uns werktags von 9 bis 17 Uhr an.</p>
    <p><a href="/de/beschwerdemanagement/"><img src="/theme/logos/beschwerden-de.png" alt="Beschwerden über unsere Dienstleistungen?" width="165" height="115"></a></p>"""),
 "complaints": ("Beschwerdemanagement", """
    <p>Helfen Sie uns, unsere Dienstleistung zu verbessern: Jede Beschwerde zeigt uns, wo etwas schiefgelaufen ist.</p>
    <h2>Was verstehen wir unter einer Beschwerde?</h2>
    <p>Jede Äußerung der Unzufriedenheit über eine unserer Dienstleistungen – über den Empfang, die Qualität einer Auskunft, Verzögerungen oder die Anwendung einer Vorschrift.
    Anonyme Schreiben, reine Informationsanfragen und Sachverhalte, die mehr als ein Jahr zurückliegen, gelten nicht als Beschwerde.</p>
    <h2>Beschwerde und Rechtsmittel</h2>
    <p>Eine Beschwerde ersetzt kein Rechtsmittel gegen eine unserer Entscheidungen; die Fristen für einen Widerspruch oder eine Klage bleiben unberührt.</p>
    <h2>Ablauf</h2>
    <ol><li>Nutzen Sie das <a href="/de/beschwerdemanagement/formular/">Online-Beschwerdeformular</a> oder schreiben Sie an den Beschwerdedienst, Musterplatz 4, 1000 Brüssel.</li>
    <li>Ihre Beschwerde erhält eine Vorgangsnummer; innerhalb von drei Werktagen erhalten Sie eine Eingangsbestätigung.</li>
    <li>Der Beschwerdekoordinator lässt den Sachverhalt von der zuständigen Abteilung prüfen.</li>
    <li>Sie erhalten innerhalb von vier Wochen eine begründete Antwort.</li></ol>
    <h2>Mit der Antwort nicht zufrieden?</h2>
    <p>Dann können Sie sich an den <a href="https://www.federalombudsman.be/de">föderalen Ombudsmann</a> wenden.</p>"""),
 "form": ("Beschwerdeformular", """
    <form method="post" action="/de/beschwerdemanagement/formular/senden">
      <label>Name <input name="name" required></label>
      <label>E-Mail <input type="email" name="email" required></label>
      <label>Ihre Beschwerde <textarea name="beschwerde" rows="8" required></textarea></label>
      <button>Absenden</button>
    </form>"""),
 "a11y": ("Erklärung zur Barrierefreiheit", """<p>Diese Website ist teilweise mit den WCAG 2.1 AA vereinbar.</p>"""),
},
"fr": {
 "home": ("Bienvenue", """
    <p>Le Service fédéral de la Santé (staging, fictif) protège la santé publique et l’environnement. <em>Service imaginaire sur un serveur de test.</em></p>
    <p><a href="/fr/actualites/nouveau-portail-vaccination/">Un nouveau portail pour votre carnet de vaccination</a></p>"""),
 "news1": ("Un nouveau portail pour votre carnet de vaccination", """
    <p>À partir du 1<sup>er</sup> décembre, vous pouvez consulter et télécharger votre carnet de vaccination en ligne.</p>"""),
 "contact": ("Contact", """
    <h2>Adresse postale</h2><p>Service fédéral de la Santé (staging)<br>Place de l’Échantillon 4<br>1000 Bruxelles</p>
    <h2>Téléphone et e-mail</h2><p>+32&nbsp;2&nbsp;000&nbsp;77&nbsp;72 · <a href="mailto:info@sante-staging.example">info@sante-staging.example</a></p>
    <h2>Demandes d’information</h2><p>Une question sur nos services&nbsp;? Écrivez-nous ou appelez-nous les jours ouvrables de 9&nbsp;h à 17&nbsp;h.</p>
    <p><a href="/fr/gestion-des-plaintes/"><img src="/theme/logos/plaintes-fr.png" alt="Des plaintes sur nos prestations ?" width="165" height="115"></a></p>"""),
 "complaints": ("Gestion des plaintes", """
    <p>Aidez-nous à améliorer nos prestations&nbsp;: chaque plainte nous indique où notre service a failli, pour que nous puissions corriger le tir.</p>
    <h2>Qu’entendons-nous par plainte&nbsp;?</h2>
    <p>Toute manifestation d’insatisfaction concernant un service que nous vous avons rendu&nbsp;: accueil, qualité de l’information, retard, application d’une règle.
    Les messages anonymes, les demandes d’information et les faits de plus d’un an ne sont pas traités comme des plaintes.</p>
    <h2>Plainte ou recours&nbsp;?</h2>
    <p>Une plainte ne remplace en aucun cas la procédure de recours contre l’une de nos décisions, et elle ne suspend pas le délai pour introduire ce recours.</p>
    <h2>Déroulement</h2>
    <ol><li>Complétez le <a href="/fr/gestion-des-plaintes/formulaire/">formulaire de plainte en ligne</a> ou écrivez au Service des plaintes, Place de l’Échantillon 4, 1000 Bruxelles.</li>
    <li>Votre plainte reçoit un numéro unique et vous recevez un accusé de réception dans les 3&nbsp;jours ouvrables.</li>
    <li>Le coordinateur des plaintes la fait examiner par le service concerné.</li>
    <li>Vous recevez une réponse motivée dans un délai de quatre semaines.</li></ol>
    <h2>La réponse ne vous satisfait pas&nbsp;?</h2>
    <p>Vous pouvez alors vous adresser au <a href="https://www.mediateurfederal.be/fr">Médiateur fédéral</a>.</p>"""),
 "form": ("Formulaire de plainte", """
    <form method="post" action="/fr/gestion-des-plaintes/formulaire/envoi">
      <label>Nom <input name="nom" required></label>
      <label>E-mail <input type="email" name="email" required></label>
      <label>Votre plainte <textarea name="plainte" rows="8" required></textarea></label>
      <button>Envoyer</button>
    </form>"""),
 "a11y": ("Déclaration d’accessibilité", """<p>Ce site est partiellement conforme aux WCAG 2.1 AA.</p>"""),
},
"nl": {
 "home": ("Welkom", """
    <p>De Federale Gezondheidsdienst (staging, fictief) beschermt de volksgezondheid en het leefmilieu. <em>Verzonnen dienst op een testserver.</em></p>
    <p><a href="/nl/nieuws/nieuw-vaccinatieportaal/">Een nieuw portaal voor uw vaccinatiekaart</a></p>"""),
 "news1": ("Een nieuw portaal voor uw vaccinatiekaart", """
    <p>Vanaf 1 december kunt u uw vaccinatiekaart online bekijken en downloaden.</p>"""),
 "contact": ("Contact", """
    <h2>Postadres</h2><p>Federale Gezondheidsdienst (staging)<br>Staalplein 4<br>1000 Brussel</p>
    <h2>Telefoon en e-mail</h2><p>+32&nbsp;2&nbsp;000&nbsp;77&nbsp;73 · <a href="mailto:info@gezondheid-staging.example">info@gezondheid-staging.example</a></p>
    <h2>Vragen om informatie</h2><p>Een vraag over onze dienstverlening? Mail ons of bel ons op werkdagen van 9 tot 17 uur.</p>
    <p><a href="/nl/klachtenmanagement/"><img src="/theme/logos/klachten-nl.png" alt="Klachten over onze dienstverlening?" width="140" height="85"></a></p>"""),
 "complaints": ("Klachtenmanagement", """
    <p>Help ons onze prestaties te verbeteren: elke klacht toont ons waar onze dienstverlening tekortschoot, zodat we het kunnen rechtzetten.</p>
    <h2>Wat verstaan we onder een klacht?</h2>
    <p>Elke uiting van ongenoegen over een dienst die wij u verleend hebben: het onthaal, de kwaliteit van de informatie, vertraging of de toepassing van een regel.
    Anonieme berichten, informatievragen en feiten van meer dan een jaar oud behandelen we niet als klacht.</p>
    <h2>Klacht of beroep?</h2>
    <p>Een klacht vervangt nooit de beroepsprocedure tegen een van onze beslissingen en schort de beroepstermijn niet op.</p>
    <h2>Hoe verloopt het?</h2>
    <ol><li>Vul het <a href="/nl/klachtenmanagement/formulier/">online klachtenformulier</a> in of schrijf naar de Klachtendienst, Staalplein 4, 1000 Brussel.</li>
    <li>Uw klacht krijgt een uniek nummer en u ontvangt binnen 3 werkdagen een ontvangstbevestiging.</li>
    <li>De klachtencoördinator laat ze onderzoeken door de betrokken dienst.</li>
    <li>U krijgt binnen vier weken een gemotiveerd antwoord.</li></ol>
    <h2>Niet tevreden met ons antwoord?</h2>
    <p>Dan kunt u terecht bij de <a href="https://www.federaalombudsman.be/nl">federale Ombudsman</a>.</p>"""),
 "form": ("Klachtenformulier", """
    <form method="post" action="/nl/klachtenmanagement/formulier/verzenden">
      <label>Naam <input name="naam" required></label>
      <label>E-mail <input type="email" name="email" required></label>
      <label>Uw klacht <textarea name="klacht" rows="8" required></textarea></label>
      <button>Verzenden</button>
    </form>"""),
 "a11y": ("Toegankelijkheidsverklaring", """<p>Deze website voldoet gedeeltelijk aan de WCAG 2.1 AA.</p>"""),
},
}

if __name__ == "__main__":
    build()
