"""Site 6: police-oversight-demo. / redirects by Accept-Language; /fr/ /nl/ with hreflang.
Trap pages about filing a criminal complaint with the police."""
from common import LAZY_GIF, brand_logo, logo, pdf, photo, write

SITE = "police-oversight-demo"
NAME = {"fr": "Service fédéral d’Appui policier (démo)", "nl": "Federale Dienst Politieondersteuning (demo)"}
G = {
    "home": ("/fr/", "/nl/"),
    "news": ("/fr/actualites/", "/nl/nieuws/"),
    "news1": ("/fr/actualites/recrutement-2027/", "/nl/nieuws/rekrutering-2027/"),
    "news2": ("/fr/actualites/campagne-cyberfraude/", "/nl/nieuws/campagne-cyberfraude/"),
    "about": ("/fr/qui-sommes-nous/", "/nl/wie-zijn-we/"),
    "report": ("/fr/porter-plainte/", "/nl/aangifte-doen/"),
    "contact": ("/fr/contact/", "/nl/contact/"),
    "complaints": ("/fr/contact/plainte-services/", "/nl/contact/klacht-dienstverlening/"),
    "form": ("/fr/contact/plainte-services/formulaire/", None),
    "legal": ("/fr/mentions-legales/", "/nl/juridische-info/"),
    "privacy": ("/fr/vie-privee/", "/nl/privacy/"),
    "a11y": ("/fr/accessibilite/", "/nl/toegankelijkheid/"),
}
X = {"fr": 0, "nl": 1}
NAV = {"fr": [("home", "Accueil"), ("report", "Porter plainte à la police (plainte pénale)"), ("news", "Actualités"),
              ("about", "Qui sommes-nous ?"), ("contact", "Contact")],
       "nl": [("home", "Home"), ("report", "Aangifte doen"), ("news", "Nieuws"), ("about", "Wie zijn we?"), ("contact", "Contact")]}
FOOT = {"fr": [("legal", "Mentions légales"), ("privacy", "Vie privée"), ("a11y", "Accessibilité"), ("complaints", "Une plainte sur nos services ?")],
        "nl": [("legal", "Juridische info"), ("privacy", "Privacy"), ("a11y", "Toegankelijkheid"), ("complaints", "Een klacht over onze dienstverlening?")]}


def page(key, lang, title, body):
    path = G[key][X[lang]]
    alts = "".join(f'\n    <link rel="alternate" hreflang="{l}" href="{G[key][X[l]]}" />' for l in ("fr", "nl") if G[key][X[l]])
    other = "nl" if lang == "fr" else "fr"
    other_path = G[key][X[other]] or G["home"][X[other]]
    nav = "\n".join(f'          <li class="nav-item"><a class="nav-link" href="{G[k][X[lang]]}">{t}</a></li>' for k, t in NAV[lang])
    foot = "\n".join(f'        <li><a href="{G[k][X[lang]]}">{t}</a></li>' for k, t in FOOT[lang])
    html = f"""<!DOCTYPE html>
<html lang="{lang}">
  <head>
    <meta charset="utf-8" />
    <title>{title} - {NAME[lang]}</title>{alts}
    <link rel="stylesheet" href="/assets/css/sfap.css" />
  </head>
  <body>
    <div class="alert-bar">{"Urgence ? Appelez le <strong>101</strong> (police) ou le <strong>112</strong>." if lang == "fr" else "Dringend? Bel <strong>101</strong> (politie) of <strong>112</strong>."}</div>
    <header class="navbar">
      <a class="navbar-brand" href="{G['home'][X[lang]]}"><img src="/assets/img/sfap.png" alt="{NAME[lang]}" /></a>
      <nav>
        <ul class="navbar-nav">
{nav}
        </ul>
      </nav>
      <div class="lang"><a href="{other_path}" hreflang="{other}">{"Nederlands" if other == "nl" else "Français"}</a></div>
    </header>
    <main class="container">
      <h1>{title}</h1>
{body}
    </main>
    <footer class="site-footer">
      <ul class="footer-menu">
{foot}
      </ul>
      <p>{NAME[lang]} – {"service fictif de démonstration" if lang == "fr" else "fictieve demonstratiedienst"}</p>
    </footer>
  </body>
</html>
"""
    write(SITE, path, html)


def build():
    brand_logo(SITE, "/assets/img/sfap.png", "SFAP · FDPO", "#1b2a47", (200, 60))
    photo(SITE, "/assets/img/recrutement.jpg", "#1b2a47", "2027")
    logo(SITE, "/assets/img/plainte-services-fr-165.png", "fr", (165, 115))
    logo(SITE, "/assets/img/plainte-services-fr-140.png", "fr", (140, 85))
    logo(SITE, "/assets/img/klachten-nl.jpg", "nl", (165, 115), fmt="JPEG")
    write(SITE, "/assets/css/sfap.css", """body{font-family:Roboto,Arial,sans-serif;margin:0}.alert-bar{background:#c00;color:#fff;padding:4px 20px}
.navbar{display:flex;align-items:center;gap:20px;padding:10px 20px;background:#1b2a47}.navbar a{color:#fff}
.navbar-nav{list-style:none;display:flex;gap:16px;margin:0;padding:0}.container{max-width:960px;margin:auto;padding:20px}
.site-footer{background:#eef;padding:20px}.footer-menu{list-style:none;display:flex;gap:16px;padding:0}
""")
    write(SITE, "site.yml", """# police-oversight-demo: the bare domain chooses French or Dutch from the Accept-Language header
lang_redirect: true
# the redirect takes the first two letters of Accept-Language; languages the site does not have fall back to French
redirects:
  "/en/": "/fr/"
  "/de/": "/fr/"
""")
    pdf(SITE, "/nl/documenten/klachtenformulier.pdf", "Klachtenformulier - klacht over onze dienstverlening",
        ["Federale Dienst Politieondersteuning (demo) - Klachtendienst",
         "Dit formulier is bestemd voor klachten over onze dienstverlening.",
         "Het is GEEN aangifte van een misdrijf: daarvoor gaat u naar de politie.",
         "Terugsturen naar klachten@politieondersteuning-demo.example"],
        ["Naam en voornaam", "Adres", "E-mail / telefoon", "Betrokken dienst", "Datum van de feiten", "Uw klacht"])
    fr()
    nl()


def fr():
    page("home", "fr", "Bienvenue", """
      <p>Le Service fédéral d’Appui policier (démo) soutient les services de police&nbsp;: informatique, formation, délivrance d’attestations et d’agréments.
      <em>Service imaginaire, créé pour une démonstration.</em></p>
      <div class="cards">
        <div class="card"><h2><a href="/fr/porter-plainte/">Porter plainte à la police</a></h2><p>Vous êtes victime d’une infraction&nbsp;? Voici comment déposer plainte.</p></div>
        <div class="card"><h2><a href="/fr/actualites/">Actualités</a></h2><p>Recrutement, campagnes de prévention…</p></div>
        <div class="card"><h2><a href="/fr/contact/">Contact</a></h2><p>Nos coordonnées et nos heures d’ouverture.</p></div>
      </div>""")
    page("news", "fr", "Actualités", """
      <ul>
        <li><a href="/fr/actualites/recrutement-2027/">Recrutement 2027&nbsp;: 1&nbsp;600 places d’inspecteur</a> (09/11/2026)</li>
        <li><a href="/fr/actualites/campagne-cyberfraude/">Cyberfraude&nbsp;: une campagne pour les seniors</a> (21/10/2026)</li>
      </ul>""")
    page("news1", "fr", "Recrutement 2027 : 1 600 places d’inspecteur", """
      <img src="/assets/img/recrutement.jpg" alt="" width="480" height="270" />
      <p>Les candidatures pour la session de recrutement 2027 sont ouvertes jusqu’au 31 janvier. Les épreuves de sélection commencent en mars.</p>""")
    page("news2", "fr", "Cyberfraude : une campagne pour les seniors", """
      <p>Faux conseillers bancaires, fausses livraisons&nbsp;: notre campagne explique comment reconnaître les arnaques et comment porter plainte si vous en êtes victime.</p>
      <p>Voir&nbsp;: <a href="/fr/porter-plainte/">Porter plainte à la police</a>.</p>""")
    page("about", "fr", "Qui sommes-nous ?", """
      <p>Nous sommes un service d’appui <strong>fictif</strong>&nbsp;: nous fournissons aux zones de police les outils informatiques, les formations et
      les procédures d’agrément (systèmes d’alarme, entreprises de gardiennage).</p>""")
    page("report", "fr", "Porter plainte à la police (plainte pénale)", """
      <p>Vous êtes victime ou témoin d’une infraction (vol, agression, escroquerie)&nbsp;? Vous pouvez porter plainte dans n’importe quel commissariat de police.</p>
      <h2>Comment déposer plainte&nbsp;?</h2>
      <ol><li>Rendez-vous au commissariat le plus proche, muni de votre carte d’identité.</li>
      <li>Un policier acte votre déclaration dans un procès-verbal.</li>
      <li>Vous recevez une attestation de dépôt de plainte avec le numéro du procès-verbal, à conserver pour votre assurance.</li></ol>
      <p>Pour certains faits (vol de vélo, vandalisme), vous pouvez aussi faire une déclaration en ligne.</p>
      <p>Le parquet décide ensuite des suites à donner à votre plainte.</p>
      <p><em>Cette page ne concerne pas les plaintes au sujet de nos propres services&nbsp;: pour cela, voir <a href="/fr/contact/plainte-services/">Une plainte sur nos services&nbsp;?</a></em></p>""")
    page("contact", "fr", "Contact", """
      <div class="row">
        <div class="col">
          <h2>Adresse</h2>
          <p>Service fédéral d’Appui policier (démo)<br>Avenue du Test 12<br>1050 Ixelles</p>
        </div>
        <div class="col">
          <h2>Téléphone et e-mail</h2>
          <p>+32&nbsp;2&nbsp;000&nbsp;55&nbsp;55 (jours ouvrables, 9&nbsp;h – 16&nbsp;h)<br>
          <a href="mailto:info@appui-policier-demo.example">info@appui-policier-demo.example</a></p>
        </div>
      </div>
      <h2>Demander des informations</h2>
      <p>Une question sur un agrément, une attestation ou nos formations&nbsp;? Écrivez-nous ou téléphonez&nbsp;: un collaborateur vous répondra.</p>
      <p><strong>Urgence&nbsp;?</strong> Appelez le 101. Pour signaler une infraction, voyez <a href="/fr/porter-plainte/">Porter plainte à la police</a>.</p>
      <div class="complaints-logo">
        <a href="/fr/contact/plainte-services/" title="Une plainte sur nos services ?">
          <picture>
            <source media="(min-width: 800px)" srcset="/assets/img/plainte-services-fr-165.png">
            <img src="/assets/img/plainte-services-fr-140.png" alt="Des plaintes sur nos prestations ?" />
          </picture>
        </a>
      </div>""")
    page("complaints", "fr", "Une plainte sur nos services ?", """
      <p>Vous avez été mal reçu, votre demande d’agrément traîne, ou nos informations étaient erronées&nbsp;? Signalez-le-nous.
      Nous tirons les leçons de chaque plainte pour améliorer notre fonctionnement et la qualité de notre service.</p>
      <h2>De quoi parle-t-on&nbsp;?</h2>
      <p>Une plainte, pour nous, est une expression d’insatisfaction au sujet d’un service fourni par le Service fédéral d’Appui policier lui-même.</p>
      <p>Ce n’est pas&nbsp;:</p>
      <ul>
        <li>une plainte pénale contre l’auteur d’une infraction (voir <a href="/fr/porter-plainte/">Porter plainte à la police</a>)&nbsp;;</li>
        <li>un <strong>recours</strong> contre une de nos décisions&nbsp;: vous contestez par exemple le refus d’un agrément&nbsp;? Introduisez un recours devant
        le Conseil d’État, comme indiqué dans la décision. Une plainte ne suspend pas ce délai de recours.</li>
      </ul>
      <h2>La procédure</h2>
      <ol>
        <li>Vous remplissez le <a href="/fr/contact/plainte-services/formulaire/">formulaire de plainte</a> ou vous nous écrivez
        (Service des plaintes, Avenue du Test 12, 1050 Ixelles).</li>
        <li>Votre plainte reçoit un numéro unique&nbsp;; un accusé de réception vous est envoyé dans les 48&nbsp;heures.</li>
        <li>Le coordinateur des plaintes fait examiner les faits par le service concerné.</li>
        <li>Vous recevez une réponse motivée dans les 30&nbsp;jours calendrier.</li>
      </ol>
      <h2>Et si la réponse ne vous satisfait pas&nbsp;?</h2>
      <p>Vous pouvez vous tourner vers le <a href="https://comitep.be/">Comité permanent de contrôle des services de police (Comité&nbsp;P)</a>.</p>""")
    page("form", "fr", "Formulaire de plainte", """
      <p>Ce formulaire sert uniquement aux plaintes sur nos services. Pour dénoncer une infraction, adressez-vous à la police.</p>
      <form action="/fr/contact/plainte-services/formulaire/envoi" method="post">
        <div><label for="n">Nom</label><input id="n" name="nom" required /></div>
        <div><label for="m">E-mail</label><input id="m" type="email" name="email" required /></div>
        <div><label for="s">Service concerné</label><select id="s" name="service"><option>Agréments</option><option>Attestations</option><option>Formation</option><option>Accueil</option></select></div>
        <div><label for="t">Votre plainte</label><textarea id="t" name="texte" rows="8" required></textarea></div>
        <button type="submit">Envoyer</button>
      </form>""")
    page("legal", "fr", "Mentions légales", """<p>Site fictif de démonstration. Aucune information n’engage un service de police réel.</p>""")
    page("privacy", "fr", "Vie privée", """<p>Les données transmises via nos formulaires sont utilisées uniquement pour traiter votre demande ou votre plainte.</p>""")
    page("a11y", "fr", "Accessibilité", """<p>Ce site est partiellement conforme aux WCAG 2.1 AA. Problème&nbsp;? <a href="mailto:web@appui-policier-demo.example">web@appui-policier-demo.example</a>.</p>""")


def nl():
    page("home", "nl", "Welkom", """
      <p>De Federale Dienst Politieondersteuning (demo) ondersteunt de politiediensten met informatica, opleiding, attesten en erkenningen.
      <em>Verzonnen dienst voor een demonstratie.</em></p>
      <ul><li><a href="/nl/aangifte-doen/">Aangifte doen bij de politie</a></li><li><a href="/nl/nieuws/">Nieuws</a></li><li><a href="/nl/contact/">Contact</a></li></ul>""")
    page("news", "nl", "Nieuws", """
      <ul>
        <li><a href="/nl/nieuws/rekrutering-2027/">Rekrutering 2027: 1&nbsp;600 plaatsen voor inspecteurs</a> (09/11/2026)</li>
        <li><a href="/nl/nieuws/campagne-cyberfraude/">Cyberfraude: campagne voor senioren</a> (21/10/2026)</li>
      </ul>""")
    page("news1", "nl", "Rekrutering 2027: 1 600 plaatsen voor inspecteurs", """
      <img src="/assets/img/recrutement.jpg" alt="" width="480" height="270" />
      <p>Kandidaten kunnen zich tot 31 januari inschrijven. De selectieproeven starten in maart.</p>""")
    page("news2", "nl", "Cyberfraude: campagne voor senioren", """
      <p>Valse bankmedewerkers, valse pakjesdiensten: onze campagne legt uit hoe u oplichting herkent en hoe u aangifte doet als u slachtoffer bent.</p>""")
    page("about", "nl", "Wie zijn we?", """<p>Wij zijn een <strong>fictieve</strong> ondersteuningsdienst voor de politiezones: informatica, opleiding en erkenningen.</p>""")
    page("report", "nl", "Aangifte doen", """
      <p>Bent u slachtoffer of getuige van een misdrijf? Dan kunt u in elk politiekantoor een klacht indienen of aangifte doen.</p>
      <ol><li>Ga naar het dichtstbijzijnde politiekantoor met uw identiteitskaart.</li>
      <li>Een politieagent neemt uw verklaring op in een proces-verbaal.</li>
      <li>U krijgt een attest met het nummer van het proces-verbaal.</li></ol>
      <p>Het parket beslist daarna over het gevolg dat aan uw klacht gegeven wordt.</p>""")
    page("contact", "nl", "Contact", """
      <h2>Adres</h2>
      <p>Federale Dienst Politieondersteuning (demo)<br>Testlaan 12<br>1050 Elsene</p>
      <h2>Telefoon en e-mail</h2>
      <p>+32&nbsp;2&nbsp;000&nbsp;55&nbsp;56 (werkdagen, 9 – 16 uur)<br><a href="mailto:info@politieondersteuning-demo.example">info@politieondersteuning-demo.example</a></p>
      <h2>Informatie vragen</h2>
      <p>Een vraag over een erkenning, een attest of een opleiding? Stuur ons een e-mail of bel ons.</p>
      <div class="complaints-logo">
        <a href="/nl/contact/klacht-dienstverlening/"><img src=\"""" + LAZY_GIF + """\" data-src="/assets/img/klachten-nl.jpg" loading="lazy" alt="Klachten over onze dienstverlening?" width="165" height="115" /></a>
        <noscript><img src="/assets/img/klachten-nl.jpg" alt="Klachten over onze dienstverlening?" width="165" height="115" /></noscript>
      </div>""")
    page("complaints", "nl", "Een klacht over onze dienstverlening?", """
      <p>Werd u slecht onthaald, blijft uw aanvraag liggen of kreeg u verkeerde informatie? Laat het ons weten: elke klacht helpt ons onze dienstverlening te verbeteren.</p>
      <h2>Wat is een klacht?</h2>
      <p>Een klacht is een uiting van ontevredenheid over een dienst die de Federale Dienst Politieondersteuning zelf levert.</p>
      <p>Het is geen aangifte van een misdrijf (zie <a href="/nl/aangifte-doen/">Aangifte doen</a>) en ook geen beroep tegen een beslissing:
      wie bijvoorbeeld een geweigerde erkenning wil aanvechten, moet beroep instellen bij de Raad van State. Een klacht schort die beroepstermijn niet op.</p>
      <h2>Procedure</h2>
      <p>Vul het <a href="/nl/documenten/klachtenformulier.pdf">klachtenformulier</a> in en stuur het naar
      <a href="mailto:klachten@politieondersteuning-demo.example">klachten@politieondersteuning-demo.example</a> of per post naar de Klachtendienst, Testlaan 12, 1050 Elsene.
      U krijgt binnen twee werkdagen een ontvangstbevestiging. De klachtencoördinator laat de feiten onderzoeken en u ontvangt binnen dertig kalenderdagen
      een gemotiveerd antwoord.</p>
      <h2>Niet tevreden?</h2>
      <p>Dan kunt u zich wenden tot het <a href="https://comitep.be/">Vast Comité van Toezicht op de politiediensten (Comité P)</a>.</p>""")
    page("legal", "nl", "Juridische info", """<p>Fictieve demonstratiesite.</p>""")
    page("privacy", "nl", "Privacy", """<p>Gegevens uit onze formulieren gebruiken we enkel om uw vraag of klacht te behandelen.</p>""")
    page("a11y", "nl", "Toegankelijkheid", """<p>Deze website voldoet gedeeltelijk aan de WCAG 2.1 AA.</p>""")


if __name__ == "__main__":
    build()
