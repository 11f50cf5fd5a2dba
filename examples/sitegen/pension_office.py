"""Site 2: pension-office. / redirects to /fr/, no hreflang, header switcher FR/NL with title attribute."""
from common import brand_logo, logo, pdf, photo, write

SITE = "pension-office"
NAME = {"fr": "Office fédéral des Pensions de démonstration", "nl": "Federaal Pensioenbureau (demo)"}
SHORT = {"fr": "OFPD", "nl": "FPBD"}

PAIRS = {  # key -> (fr path, nl path)
    "home": ("/fr/", "/nl/"),
    "news": ("/fr/actualites.html", "/nl/nieuws.html"),
    "news1": ("/fr/actualites/indexation-janvier-2027.html", "/nl/nieuws/indexering-januari-2027.html"),
    "news2": ("/fr/actualites/paiement-decembre.html", "/nl/nieuws/betaling-december.html"),
    "about": ("/fr/qui-sommes-nous.html", "/nl/wie-zijn-we.html"),
    "services": ("/fr/ma-pension.html", "/nl/mijn-pensioen.html"),
    "appeal": ("/fr/contester-une-decision.html", "/nl/beslissing-betwisten.html"),
    "contact": ("/fr/contact.html", "/nl/contact.html"),
    "complaints": ("/fr/plaintes.html", "/nl/klachten.html"),
    "legal": ("/fr/mentions-legales.html", "/nl/wettelijke-vermeldingen.html"),
    "privacy": ("/fr/vie-privee.html", "/nl/privacy.html"),
    "a11y": ("/fr/accessibilite.html", "/nl/toegankelijkheid.html"),
}
IDX = {"fr": 0, "nl": 1}
SEL = ' class="selected"'

MENU = {
    "fr": [("home", "Accueil"), ("news", "Actualités"), ("services", "Ma pension"), ("appeal", "Contester une décision"),
           ("about", "Qui sommes-nous ?"), ("contact", "Contact")],
    "nl": [("home", "Home"), ("news", "Nieuws"), ("services", "Mijn pensioen"), ("appeal", "Een beslissing betwisten"),
           ("about", "Wie zijn we?"), ("contact", "Contact")],
}
FOOTER = {
    "fr": [("legal", "Mentions légales"), ("privacy", "Vie privée"), ("a11y", "Accessibilité"), ("contact", "Contact")],
    "nl": [("legal", "Wettelijke vermeldingen"), ("privacy", "Privacy"), ("a11y", "Toegankelijkheid"), ("contact", "Contact")],
}


def page(key, lang, title, body):
    other = "nl" if lang == "fr" else "fr"
    path = PAIRS[key][IDX[lang]]
    other_path = PAIRS[key][IDX[other]]
    other_title = "Nederlands" if other == "nl" else "Français"
    switch = (f'<span class="lang current">{lang.upper()}</span> '
              f'<a class="lang" href="{other_path}" title="{other_title}">{other.upper()}</a>')
    if lang == "nl":
        switch = (f'<a class="lang" href="{other_path}" title="{other_title}">{other.upper()}</a> '
                  f'<span class="lang current">{lang.upper()}</span>')
    menu = "\n".join(
        f'        <li{SEL if k == key else ""}><a href="{PAIRS[k][IDX[lang]]}">{label}</a></li>'
        for k, label in MENU[lang])
    foot = "\n".join(f'      <a href="{PAIRS[k][IDX[lang]]}">{label}</a>' for k, label in FOOTER[lang])
    html = f"""<!DOCTYPE html>
<html lang="{lang}-BE">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{SHORT[lang]} - {title}</title>
<link href="/style/ofpd.css" rel="stylesheet" type="text/css">
</head>
<body>
<div id="wrapper">
  <div id="header">
    <a href="{PAIRS['home'][IDX[lang]]}"><img src="/img/ofpd-logo.png" alt="{NAME[lang]}" id="logo"></a>
    <div id="langswitch">{switch}</div>
  </div>
  <div id="columns">
    <div id="sidebar">
      <ul id="menu">
{menu}
      </ul>
    </div>
    <div id="content">
      <h1>{title}</h1>
{body}
    </div>
  </div>
  <div id="footer">
    <p>{NAME[lang]} &ndash; {"Tour du Midi fictive, 1060 Bruxelles" if lang == "fr" else "Fictieve Zuidtoren, 1060 Brussel"}</p>
    <p class="links">
{foot}
    </p>
  </div>
</div>
</body>
</html>
"""
    write(SITE, path, html)


def build():
    brand_logo(SITE, "/img/ofpd-logo.png", "OFPD · FPBD", "#7a1f5c", (220, 60))
    photo(SITE, "/img/news/indexation.jpg", "#a34d7f", "+2 %")
    logo(SITE, "/img/logo/plaintes-fr.png", "fr", (165, 115))
    logo(SITE, "/img/logo/plaintes-fr.webp", "fr", (165, 115), fmt="WEBP")
    logo(SITE, "/img/logo/klachten-nl.png", "nl", (165, 115))
    logo(SITE, "/img/logo/klachten-nl.webp", "nl", (165, 115), fmt="WEBP")
    write(SITE, "/style/ofpd.css", """body{font-family:Verdana,sans-serif;font-size:13px;background:#eee;margin:0}
#wrapper{width:980px;margin:0 auto;background:#fff}#header{height:70px;position:relative;border-bottom:3px solid #7a1f5c}
#logo{margin:5px 10px}#langswitch{position:absolute;right:12px;top:24px}.lang{margin-left:6px}.current{font-weight:bold}
#columns{display:flex}#sidebar{width:220px;background:#f6eef3}#menu{list-style:none;padding:10px}#menu li{padding:5px 0}
#menu .selected a{font-weight:bold}#content{flex:1;padding:10px 24px}#footer{background:#7a1f5c;color:#fff;padding:10px}
#footer a{color:#fff;margin-right:12px}table.data td,table.data th{border:1px solid #ccc;padding:4px 8px}
""")
    write(SITE, "site.yml", """# pension-office: the bare domain sends visitors to the French home page
redirects:
  "/": "/fr/"
""")
    pdf(SITE, "/fr/documents/formulaire-de-plainte.pdf", "Formulaire de plainte",
        ["Office fédéral des Pensions de démonstration - Service des plaintes",
         "Renvoyez ce formulaire complété à plaintes@pensions-demo.example",
         "ou par courrier : Tour du Midi fictive, 1060 Bruxelles.",
         "Vous recevrez un accusé de réception mentionnant votre numéro de dossier."],
        ["Nom et prénom", "Numéro de registre national", "Adresse", "E-mail / téléphone",
         "Service concerné", "Date des faits", "Description de votre plainte"])
    pdf(SITE, "/nl/documenten/klachtenformulier.pdf", "Klachtenformulier",
        ["Federaal Pensioenbureau (demo) - Klachtendienst",
         "Stuur dit ingevulde formulier naar klachten@pensioen-demo.example",
         "of per post: Fictieve Zuidtoren, 1060 Brussel.",
         "U krijgt een ontvangstbevestiging met uw dossiernummer."],
        ["Naam en voornaam", "Rijksregisternummer", "Adres", "E-mail / telefoon",
         "Betrokken dienst", "Datum van de feiten", "Omschrijving van uw klacht"])
    fr()
    nl()


def fr():
    page("home", "fr", "Bienvenue", """
      <p>L’Office fédéral des Pensions de démonstration calcule et paie les pensions des anciens travailleurs salariés et fonctionnaires
      <em>(organisme fictif, créé pour une démonstration)</em>.</p>
      <div class="teasers">
        <h2>À la une</h2>
        <p><a href="/fr/actualites/indexation-janvier-2027.html">Vos pensions indexées de 2&nbsp;% en janvier&nbsp;2027</a></p>
        <p><a href="/fr/actualites/paiement-decembre.html">Paiement anticipé des pensions de décembre</a></p>
      </div>
      <div class="quicklinks">
        <h2>Liens rapides</h2>
        <ul><li><a href="/fr/ma-pension.html">Quand puis-je partir à la pension&nbsp;?</a></li>
        <li><a href="/fr/contact.html">Nous contacter</a></li><li><a href="/fr/plaintes.html">Une plainte&nbsp;?</a></li></ul>
      </div>""")
    page("news", "fr", "Actualités", """
      <ul class="newslist">
        <li><span class="date">03/11/2026</span> <a href="/fr/actualites/indexation-janvier-2027.html">Vos pensions indexées de 2&nbsp;% en janvier&nbsp;2027</a></li>
        <li><span class="date">20/10/2026</span> <a href="/fr/actualites/paiement-decembre.html">Paiement anticipé des pensions de décembre</a></li>
      </ul>""")
    page("news1", "fr", "Vos pensions indexées de 2 % en janvier 2027", """
      <p class="date">03/11/2026</p>
      <img src="/img/news/indexation.jpg" alt="" width="480" height="270">
      <p>L’indice-pivot ayant été dépassé en octobre, les pensions seront augmentées de 2&nbsp;% à partir du paiement de janvier&nbsp;2027.
      Vous ne devez faire aucune démarche&nbsp;: l’adaptation est automatique.</p>""")
    page("news2", "fr", "Paiement anticipé des pensions de décembre", """
      <p class="date">20/10/2026</p>
      <p>En raison des jours fériés de fin d’année, la pension de décembre sera versée le lundi 21 décembre au lieu du 25.
      Selon votre banque, le montant peut apparaître sur votre compte un ou deux jours plus tard.</p>""")
    page("about", "fr", "Qui sommes-nous ?", """
      <p>Nous sommes un organisme public fédéral <strong>imaginaire</strong>. Nos 2&nbsp;800 collaborateurs répartis dans 12 Points Pension
      accueillent chaque année plus de 200&nbsp;000 visiteurs.</p>
      <h2>Notre mission</h2>
      <p>Payer la bonne pension, au bon moment, à la bonne personne, et informer chacun de ses droits.</p>
      <h2>Contrat d’administration</h2>
      <p>Nos engagements de qualité sont fixés dans un contrat d’administration conclu avec l’État fédéral.</p>""")
    page("services", "fr", "Ma pension", """
      <h2>Quand partir&nbsp;?</h2>
      <p>L’âge légal de la pension est fixé à 66&nbsp;ans. Sous certaines conditions de carrière, une pension anticipée est possible.</p>
      <h2>Demander sa pension</h2>
      <p>Introduisez votre demande en ligne au plus tôt un an avant la date de prise de cours souhaitée, ou rendez-vous dans un Point Pension.</p>
      <h2>Le paiement</h2>
      <p>La pension est payée mensuellement, par virement, au début de chaque mois.</p>""")
    page("appeal", "fr", "Contester une décision", """
      <p>Vous n’êtes pas d’accord avec la décision concernant votre pension (montant, date de prise de cours, refus)&nbsp;?</p>
      <h2>Recours devant le tribunal du travail</h2>
      <p>Vous pouvez introduire un recours auprès du tribunal du travail de votre domicile
      <strong>dans les trois mois</strong> qui suivent la notification de la décision. Le recours est gratuit&nbsp;; la requête doit être
      déposée ou envoyée par recommandé au greffe du tribunal.</p>
      <h2>Demander une révision</h2>
      <p>Si vous pensez qu’une erreur matérielle a été commise, vous pouvez aussi nous demander de revoir la décision. Joignez les
      documents justificatifs à votre demande.</p>""")
    page("contact", "fr", "Contact", """
      <table class="contactinfo">
        <tr><th>Adresse</th><td>Office fédéral des Pensions de démonstration<br>Tour du Midi fictive<br>1060 Bruxelles</td></tr>
        <tr><th>Numéro gratuit</th><td>0800&nbsp;00&nbsp;111 (du lundi au vendredi, de 8&nbsp;h&nbsp;30 à 16&nbsp;h&nbsp;30)</td></tr>
        <tr><th>E-mail</th><td><a href="mailto:info@pensions-demo.example">info@pensions-demo.example</a></td></tr>
        <tr><th>Depuis l’étranger</th><td>+32&nbsp;2&nbsp;000&nbsp;11&nbsp;11</td></tr>
      </table>
      <h2>Vous souhaitez plus d’informations&nbsp;?</h2>
      <p>Posez votre question par e-mail, appelez notre numéro gratuit ou prenez rendez-vous dans l’un de nos Points Pension.
      Pensez à mentionner votre numéro de registre national.</p>
      <div class="logo-plaintes">
        <a href="/fr/plaintes.html">
          <picture>
            <source srcset="/img/logo/plaintes-fr.webp" type="image/webp">
            <img src="/img/logo/plaintes-fr.png" alt="Des plaintes sur nos prestations ?" width="165" height="115">
          </picture>
        </a>
      </div>""")
    page("complaints", "fr", "Vous avez une plainte ?", """
      <p>Votre avis compte. En nous signalant ce qui n’a pas bien fonctionné, vous nous aidez à améliorer la qualité de notre service&nbsp;;
      chaque plainte est analysée pour éviter que le problème ne se reproduise. Ce service de première ligne est entièrement gratuit.</p>
      <h2>Qu’entendons-nous par «&nbsp;plainte&nbsp;»&nbsp;?</h2>
      <p>Une plainte est le signalement d’une insatisfaction sur la manière dont l’Office vous a servi&nbsp;: un dossier qui traîne, un
      paiement mal expliqué, un accueil désagréable, une lettre restée sans réponse.<br>
      Une question sur le montant de votre pension ou sur vos droits n’est pas une plainte mais une demande d’information&nbsp;: adressez-la à notre
      <a href="/fr/contact.html">service d’information</a>. Nous ne traitons pas les plaintes anonymes.</p>
      <h2>Comment introduire votre plainte&nbsp;?</h2>
      <ul>
        <li>en complétant le <a href="/fr/documents/formulaire-de-plainte.pdf">formulaire de plainte (PDF, 3&nbsp;Ko)</a> et en nous le renvoyant&nbsp;;</li>
        <li>par e-mail à <a href="mailto:plaintes@pensions-demo.example">plaintes@pensions-demo.example</a>&nbsp;;</li>
        <li>par courrier&nbsp;: Service des plaintes, Tour du Midi fictive, 1060 Bruxelles.</li>
      </ul>
      <h2>Que se passe-t-il ensuite&nbsp;?</h2>
      <p>Votre plainte est enregistrée sous un numéro de dossier unique. Vous recevez un accusé de réception endéans les 10&nbsp;jours calendrier.
      Le gestionnaire des plaintes examine votre dossier avec le service concerné et vous envoie une réponse motivée
      dans les 45&nbsp;jours calendrier qui suivent la réception de votre plainte.</p>
      <h2>Vous n’êtes pas satisfait de la réponse&nbsp;?</h2>
      <p>Vous pouvez alors vous adresser au <a href="https://www.mediateurpensions.be/fr">Service de médiation Pensions</a>,
      un service indépendant, compétent pour toutes les plaintes relatives aux pensions légales.</p>""")
    page("legal", "fr", "Mentions légales", """
      <p>Éditeur responsable&nbsp;: l’administrateur général de l’Office fédéral des Pensions de démonstration. Site de démonstration&nbsp;:
      toutes les informations sont fictives.</p>
      <p>Les textes publiés sur ce site n’ont pas de valeur légale&nbsp;; seules les publications au Moniteur belge font foi.</p>""")
    page("privacy", "fr", "Vie privée", """
      <p>Nous traitons vos données personnelles uniquement pour calculer et payer votre pension et répondre à vos questions ou plaintes.</p>
      <p>Délégué à la protection des données&nbsp;: <a href="mailto:dpo@pensions-demo.example">dpo@pensions-demo.example</a>.</p>""")
    page("a11y", "fr", "Accessibilité", """
      <p>Nous voulons que notre site soit utilisable par tous. Il est partiellement conforme aux WCAG&nbsp;2.1 (niveau AA).</p>
      <p>Un problème d’accessibilité&nbsp;? Signalez-le à <a href="mailto:web@pensions-demo.example">web@pensions-demo.example</a>.
      Sans réponse satisfaisante, vous pouvez contacter le Médiateur fédéral.</p>""")


def nl():
    page("home", "nl", "Welkom", """
      <p>Het Federaal Pensioenbureau (demo) berekent en betaalt de pensioenen van gewezen werknemers en ambtenaren
      <em>(fictieve instelling voor een demonstratie)</em>.</p>
      <div class="teasers">
        <h2>In de kijker</h2>
        <p><a href="/nl/nieuws/indexering-januari-2027.html">Pensioenen in januari 2027 met 2&nbsp;% geïndexeerd</a></p>
        <p><a href="/nl/nieuws/betaling-december.html">Pensioen van december vroeger betaald</a></p>
      </div>
      <div class="quicklinks">
        <h2>Snel naar</h2>
        <ul><li><a href="/nl/mijn-pensioen.html">Wanneer kan ik met pensioen?</a></li>
        <li><a href="/nl/contact.html">Contacteer ons</a></li><li><a href="/nl/klachten.html">Een klacht?</a></li></ul>
      </div>""")
    page("news", "nl", "Nieuws", """
      <ul class="newslist">
        <li><span class="date">03/11/2026</span> <a href="/nl/nieuws/indexering-januari-2027.html">Pensioenen in januari 2027 met 2&nbsp;% geïndexeerd</a></li>
        <li><span class="date">20/10/2026</span> <a href="/nl/nieuws/betaling-december.html">Pensioen van december vroeger betaald</a></li>
      </ul>""")
    page("news1", "nl", "Pensioenen in januari 2027 met 2 % geïndexeerd", """
      <p class="date">03/11/2026</p>
      <img src="/img/news/indexation.jpg" alt="" width="480" height="270">
      <p>Omdat de spilindex in oktober overschreden werd, stijgen de pensioenen met 2&nbsp;% vanaf de betaling van januari 2027.
      U hoeft daarvoor niets te doen.</p>""")
    page("news2", "nl", "Pensioen van december vroeger betaald", """
      <p class="date">20/10/2026</p>
      <p>Door de feestdagen wordt het pensioen van december op maandag 21 december gestort in plaats van op de 25e.</p>""")
    page("about", "nl", "Wie zijn we?", """
      <p>Wij zijn een <strong>fictieve</strong> federale openbare instelling. Onze 2&nbsp;800 medewerkers ontvangen jaarlijks meer dan 200&nbsp;000
      bezoekers in 12 Pensioenpunten.</p>
      <h2>Onze opdracht</h2>
      <p>Het juiste pensioen, op het juiste moment, aan de juiste persoon betalen.</p>""")
    page("services", "nl", "Mijn pensioen", """
      <h2>Wanneer met pensioen?</h2>
      <p>De wettelijke pensioenleeftijd is 66 jaar. Onder bepaalde loopbaanvoorwaarden kunt u vervroegd met pensioen.</p>
      <h2>Uw pensioen aanvragen</h2>
      <p>U vraagt uw pensioen online aan, ten vroegste een jaar vóór de gewenste ingangsdatum.</p>""")
    page("appeal", "nl", "Een beslissing betwisten", """
      <p>Bent u het niet eens met de beslissing over uw pensioen?</p>
      <h2>Beroep bij de arbeidsrechtbank</h2>
      <p>U kunt <strong>binnen drie maanden</strong> na de kennisgeving van de beslissing beroep aantekenen bij de arbeidsrechtbank van uw
      woonplaats. Dat beroep is kosteloos.</p>
      <h2>Herziening vragen</h2>
      <p>Denkt u dat er een materiële vergissing gebeurd is, dan kunt u ons ook vragen de beslissing te herzien.</p>""")
    page("contact", "nl", "Contact", """
      <table class="contactinfo">
        <tr><th>Adres</th><td>Federaal Pensioenbureau (demo)<br>Fictieve Zuidtoren<br>1060 Brussel</td></tr>
        <tr><th>Gratis nummer</th><td>0800&nbsp;00&nbsp;112 (maandag tot vrijdag, 8.30 tot 16.30 uur)</td></tr>
        <tr><th>E-mail</th><td><a href="mailto:info@pensioen-demo.example">info@pensioen-demo.example</a></td></tr>
      </table>
      <h2>Meer informatie nodig?</h2>
      <p>Stel uw vraag per e-mail, bel ons gratis nummer of maak een afspraak in een Pensioenpunt. Vermeld altijd uw rijksregisternummer.</p>
      <div class="logo-plaintes">
        <a href="/nl/klachten.html">
          <picture>
            <source srcset="/img/logo/klachten-nl.webp" type="image/webp">
            <img src="/img/logo/klachten-nl.png" alt="Klachten over onze dienstverlening?" width="165" height="115">
          </picture>
        </a>
      </div>""")
    page("complaints", "nl", "Een klacht?", """
      <p>Uw mening telt. Door ons te melden wat er misliep, helpt u ons de kwaliteit van onze dienstverlening te verbeteren. Elke klacht
      wordt geanalyseerd, zodat hetzelfde probleem zich niet herhaalt. Het klachtenmanagement is gratis.</p>
      <h2>Wat is een klacht?</h2>
      <p>Een klacht is een uiting van ontevredenheid over de manier waarop het Pensioenbureau u geholpen heeft: een dossier dat blijft
      aanslepen, een betaling die niet uitgelegd werd, een onvriendelijk onthaal, een brief zonder antwoord.
      Een vraag over het bedrag van uw pensioen is een informatievraag, geen klacht. Anonieme klachten behandelen we niet.</p>
      <h2>Hoe dient u een klacht in?</h2>
      <ul>
        <li>met het <a href="/nl/documenten/klachtenformulier.pdf">klachtenformulier (pdf)</a>;</li>
        <li>per e-mail naar <a href="mailto:klachten@pensioen-demo.example">klachten@pensioen-demo.example</a>;</li>
        <li>per brief aan de Klachtendienst, Fictieve Zuidtoren, 1060 Brussel.</li>
      </ul>
      <h2>Wat gebeurt er daarna?</h2>
      <p>We registreren uw klacht onder een uniek dossiernummer en sturen u binnen tien kalenderdagen een ontvangstbevestiging.
      De klachtenbehandelaar onderzoekt uw dossier samen met de betrokken dienst. U krijgt een gemotiveerd antwoord binnen
      zes weken na ontvangst van uw klacht.</p>
      <h2>Niet tevreden met het antwoord?</h2>
      <p>Dan kunt u terecht bij de <a href="https://www.ombudsmanpensioenen.be/nl">Ombudsdienst Pensioenen</a>, een onafhankelijke dienst
      die bevoegd is voor alle klachten over de wettelijke pensioenen.</p>""")
    page("legal", "nl", "Wettelijke vermeldingen", """
      <p>Verantwoordelijke uitgever: de administrateur-generaal van het Federaal Pensioenbureau (demo). Demonstratiesite: alle gegevens zijn fictief.</p>""")
    page("privacy", "nl", "Privacy", """
      <p>We verwerken uw persoonsgegevens alleen om uw pensioen te berekenen en te betalen en om uw vragen of klachten te beantwoorden.</p>
      <p>Functionaris voor gegevensbescherming: <a href="mailto:dpo@pensioen-demo.example">dpo@pensioen-demo.example</a>.</p>""")
    page("a11y", "nl", "Toegankelijkheid", """
      <p>Deze website voldoet gedeeltelijk aan de WCAG 2.1 (niveau AA).</p>
      <p>Een toegankelijkheidsprobleem? Meld het aan <a href="mailto:web@pensioen-demo.example">web@pensioen-demo.example</a>.
      Krijgt u geen bevredigend antwoord, dan kunt u contact opnemen met de federale Ombudsman.</p>""")


if __name__ == "__main__":
    build()
