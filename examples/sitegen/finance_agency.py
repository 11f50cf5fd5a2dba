"""Site 3: finance-agency. No language prefixes: FR and NL pages are flat *.html files told apart by
<html lang> and by their names; switcher links read "Nederlands" / "Français"; / is a meta refresh."""
from common import brand_logo, logo, photo, write

SITE = "finance-agency"
NAME = {"fr": "Agence fédérale des Impôts et Recettes (fictive)",
        "nl": "Federaal Agentschap Belastingen en Ontvangsten (fictief)"}
PAIRS = {
    "home": ("/accueil.html", "/start.html"),
    "news": ("/actualites.html", "/nieuws.html"),
    "news1": ("/actu-hameconnage-plainte-penale.html", "/nieuws-phishing-strafklacht.html"),
    "news2": ("/actu-declaration-2027.html", "/nieuws-aangifte-2027.html"),
    "about": ("/qui-sommes-nous.html", "/over-ons.html"),
    "services": ("/impots.html", "/belastingen.html"),
    "reclamation": ("/reclamation.html", "/bezwaarschrift.html"),
    "contact": ("/contact.html", "/contacteer-ons.html"),
    "complaints": ("/plaintes.html", "/klachten.html"),
    "legal": ("/mentions-legales.html", "/wettelijke-informatie.html"),
    "privacy": ("/vie-privee.html", "/privacy.html"),
    "a11y": ("/accessibilite.html", "/toegankelijkheid.html"),
}
I = {"fr": 0, "nl": 1}
NAV = {"fr": [("home", "Accueil"), ("services", "Impôts"), ("reclamation", "Réclamation"), ("news", "Actualités"),
              ("about", "Qui sommes-nous"), ("contact", "Contact")],
       "nl": [("home", "Start"), ("services", "Belastingen"), ("reclamation", "Bezwaarschrift"), ("news", "Nieuws"),
              ("about", "Over ons"), ("contact", "Contacteer ons")]}
FOOT = {"fr": [("complaints", "Plaintes"), ("legal", "Mentions légales"), ("privacy", "Vie privée"), ("a11y", "Accessibilité")],
        "nl": [("complaints", "Klachten"), ("legal", "Wettelijke informatie"), ("privacy", "Privacy"), ("a11y", "Toegankelijkheid")]}


def page(key, lang, title, body):
    other = "nl" if lang == "fr" else "fr"
    path, other_path = PAIRS[key][I[lang]], PAIRS[key][I[other]]
    switch = (f'<a href="{other_path}" class="switch-lang">{"Nederlands" if other == "nl" else "Français"}</a>')
    nav = "".join(f'<a class="nav-link{" active" if k == key else ""}" href="{PAIRS[k][I[lang]]}">{label}</a>' for k, label in NAV[lang])
    foot = " · ".join(f'<a href="{PAIRS[k][I[lang]]}">{label}</a>' for k, label in FOOT[lang])
    html = f"""<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{title} - {NAME[lang]}</title>
<meta name="description" content="{NAME[lang]}">
<link rel="stylesheet" href="assets/site.css">
</head>
<body>
<div class="topbar"><div class="container">{NAME[lang]} <span class="sep">|</span> {switch}</div></div>
<header class="container header">
  <a href="{PAIRS['home'][I[lang]]}"><img src="assets/afir-logo.png" alt="{NAME[lang]}" width="200" height="60"></a>
  <nav class="nav">{nav}</nav>
</header>
<div class="container content">
<h1>{title}</h1>
{body}
</div>
<footer class="footer"><div class="container">{foot}<br><small>&copy; 2026 {NAME[lang]}</small></div></footer>
</body>
</html>
"""
    write(SITE, path, html)


def build():
    brand_logo(SITE, "/assets/afir-logo.png", "AFIR · FABO", "#0b5d3b", (200, 60))
    photo(SITE, "/assets/phishing.jpg", "#8a2b2b", "phishing")
    logo(SITE, "/assets/plaintes-fr.png", "fr", (140, 85))
    logo(SITE, "/assets/klachten-nl.png", "nl", (140, 85))
    write(SITE, "/assets/site.css", """body{margin:0;font-family:'Segoe UI',sans-serif}.container{max-width:1000px;margin:0 auto;padding:0 16px}
.topbar{background:#0b5d3b;color:#fff;font-size:13px;padding:4px 0}.topbar a{color:#fff}.header{display:flex;align-items:center;gap:24px}
.nav-link{margin-right:14px}.active{text-decoration:underline}.footer{background:#f0f0f0;margin-top:40px;padding:16px 0}
.contact-logo{float:right;margin:0 0 12px 12px}
""")
    write(SITE, "/index.html", """<!doctype html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="refresh" content="0; url=accueil.html">
<title>Agence fédérale des Impôts et Recettes (fictive)</title>
</head>
<body>
<p>Redirection… <a href="accueil.html">Continuer</a></p>
</body>
</html>
""")
    fr()
    nl()


def fr():
    page("home", "fr", "Accueil", """
<p class="intro">L’Agence fédérale des Impôts et Recettes (fictive) établit et perçoit les impôts fédéraux. <em>Organisme imaginaire, créé pour une démonstration.</em></p>
<div class="row">
  <div class="col"><h2>Particuliers</h2><ul><li><a href="impots.html#ipp">Impôt des personnes physiques</a></li><li><a href="reclamation.html">Contester votre avertissement-extrait de rôle</a></li></ul></div>
  <div class="col"><h2>Actualités</h2><ul>
    <li><a href="actu-hameconnage-plainte-penale.html">Faux e-mails de remboursement&nbsp;: l’Agence porte plainte</a></li>
    <li><a href="actu-declaration-2027.html">Déclaration 2027&nbsp;: ce qui change</a></li></ul>
    <p><a href="actualites.html">Toutes les actualités</a></p></div>
</div>""")
    page("news", "fr", "Actualités", """
<article><h2><a href="actu-hameconnage-plainte-penale.html">Faux e-mails de remboursement&nbsp;: l’Agence porte plainte</a></h2><p>12/11/2026</p></article>
<article><h2><a href="actu-declaration-2027.html">Déclaration 2027&nbsp;: ce qui change</a></h2><p>28/10/2026</p></article>""")
    page("news1", "fr", "Faux e-mails de remboursement : l’Agence porte plainte", """
<p><time datetime="2026-11-12">12 novembre 2026</time></p>
<img src="assets/phishing.jpg" alt="" width="480" height="270">
<p>Depuis quelques jours, de nombreux contribuables reçoivent un e-mail qui semble provenir de l’Agence et annonce un «&nbsp;remboursement d’impôt en attente&nbsp;».
Le message renvoie vers un faux site qui demande vos données bancaires.</p>
<p><strong>L’Agence a déposé une plainte pénale</strong> contre X auprès du parquet de Bruxelles pour usurpation d’identité et tentative d’escroquerie.</p>
<h2>Vous êtes victime&nbsp;?</h2>
<ul><li>prévenez immédiatement votre banque&nbsp;;</li><li>portez plainte auprès de la police locale&nbsp;;</li><li>transférez l’e-mail suspect à <a href="mailto:suspect@impots-fictifs.example">suspect@impots-fictifs.example</a>.</li></ul>
<p>L’Agence ne vous demandera jamais vos codes bancaires par e-mail.</p>""")
    page("news2", "fr", "Déclaration 2027 : ce qui change", """
<p><time datetime="2026-10-28">28 octobre 2026</time></p>
<p>La déclaration simplifiée sera envoyée à davantage de contribuables. Vérifiez-la attentivement&nbsp;: sans réaction de votre part dans le délai indiqué,
elle sera considérée comme acceptée.</p>""")
    page("about", "fr", "Qui sommes-nous", """
<p>L’Agence compte environ 9&nbsp;000 agents répartis dans 40 bureaux. Elle est placée sous l’autorité du ministre des Finances.</p>
<p>Nos valeurs&nbsp;: équité, fiabilité, service.</p>""")
    page("services", "fr", "Impôts", """
<h2 id="ipp">Impôt des personnes physiques</h2>
<p>Vous remplissez chaque année une déclaration d’impôt. Après le calcul, vous recevez un avertissement-extrait de rôle qui mentionne le montant à payer ou à rembourser.</p>
<h2 id="precompte">Précompte immobilier</h2>
<p>Le précompte immobilier est un impôt régional&nbsp;; il n’est pas perçu par l’Agence.</p>""")
    page("reclamation", "fr", "Introduire une réclamation", """
<p>Vous n’êtes pas d’accord avec le montant de votre impôt&nbsp;? Vous pouvez contester l’imposition en introduisant une <strong>réclamation</strong>.</p>
<h2>Délai</h2>
<p>La réclamation doit être introduite <strong>dans un délai d’un an</strong> à compter du troisième jour ouvrable qui suit la date d’envoi de l’avertissement-extrait de rôle.</p>
<h2>Comment&nbsp;?</h2>
<p>Par le formulaire en ligne de l’espace personnel, par e-mail ou par lettre adressée au conseiller-général mentionné sur votre avertissement-extrait de rôle.
La réclamation doit être motivée et signée.</p>
<h2>Et ensuite&nbsp;?</h2>
<p>Vous recevez un accusé de réception mentionnant le numéro de dossier et le nom du fonctionnaire chargé de votre réclamation. L’administration prend une décision
dans les six mois. Sans décision dans ce délai, vous pouvez saisir le tribunal de première instance.</p>
<p>En cas de désaccord persistant, vous pouvez aussi demander une conciliation au Service de conciliation fiscale.</p>""")
    page("contact", "fr", "Contact", """
<p class="contact-logo"><a href="plaintes.html"><img src="assets/plaintes-fr.png" alt="Des plaintes sur nos prestations ?" width="140" height="85"></a></p>
<h2>Adresse</h2>
<p>Agence fédérale des Impôts et Recettes (fictive)<br>Boulevard du Modèle 50<br>1030 Schaerbeek</p>
<h2>Par téléphone</h2>
<p>+32&nbsp;2&nbsp;000&nbsp;22&nbsp;22, les jours ouvrables de 8&nbsp;h à 17&nbsp;h</p>
<h2>Par e-mail</h2>
<p><a href="mailto:info@impots-fictifs.example">info@impots-fictifs.example</a></p>
<h2>Formulaire de contact</h2>
<p>Une question sur votre dossier fiscal&nbsp;? Envoyez-nous votre demande d’information via ce formulaire.</p>
<form action="contact-envoi.html" method="post">
  <label>Nom <input name="nom"></label>
  <label>Numéro national <input name="niss"></label>
  <label>Sujet <select name="sujet"><option>Impôt des personnes physiques</option><option>TVA</option><option>Paiement et remboursement</option><option>Autre</option></select></label>
  <label>Message <textarea name="message" rows="6"></textarea></label>
  <button>Envoyer</button>
</form>""")
    page("complaints", "fr", "Plaintes", """
<p>L’Agence attache une grande importance à la qualité de son service. Vos plaintes nous permettent de repérer nos erreurs et d’améliorer notre fonctionnement.</p>
<h2>Qu’est-ce qu’une plainte&nbsp;?</h2>
<p>Une plainte exprime votre insatisfaction sur la manière dont nos services vous ont traité&nbsp;: attitude d’un agent, délai trop long, information erronée, courrier sans réponse.
Les plaintes anonymes et les faits de plus d’un an ne sont pas pris en compte.</p>
<h2>Plainte ou réclamation&nbsp;?</h2>
<p>Une plainte n’est pas une réclamation. Vous contestez le montant de votre impôt&nbsp;? Vous devez alors introduire une
<a href="reclamation.html">réclamation</a> auprès du conseiller-général compétent, dans le délai légal. Une plainte ne modifie pas
l’imposition et ne suspend pas le délai de réclamation.</p>
<h2>Vous avez une plainte&nbsp;?</h2>
<p>N’hésitez pas à <a href="contact.html">nous contacter</a>. Nous examinerons votre situation avec attention et reviendrons vers vous dans les meilleurs délais.</p>
<h2>Toujours pas satisfait&nbsp;?</h2>
<p>Vous pouvez vous adresser au <a href="https://www.le-mediateur.be/">Médiateur de la Wallonie et de la Fédération Wallonie-Bruxelles</a>.</p>""")
    page("legal", "fr", "Mentions légales", """<p>Site de démonstration. Les informations publiées sont fictives et n’engagent pas l’administration.</p>""")
    page("privacy", "fr", "Vie privée", """<p>Nous traitons vos données fiscales conformément au RGPD. Délégué à la protection des données&nbsp;: <a href="mailto:dpo@impots-fictifs.example">dpo@impots-fictifs.example</a>.</p>""")
    page("a11y", "fr", "Accessibilité", """<p>Ce site est partiellement conforme aux WCAG&nbsp;2.1 AA. Signalez un problème à <a href="mailto:web@impots-fictifs.example">web@impots-fictifs.example</a>.</p>""")


def nl():
    page("home", "nl", "Start", """
<p class="intro">Het Federaal Agentschap Belastingen en Ontvangsten (fictief) vestigt en int de federale belastingen. <em>Verzonnen instelling voor een demonstratie.</em></p>
<div class="row">
  <div class="col"><h2>Particulieren</h2><ul><li><a href="belastingen.html#pb">Personenbelasting</a></li><li><a href="bezwaarschrift.html">Uw aanslagbiljet betwisten</a></li></ul></div>
  <div class="col"><h2>Nieuws</h2><ul>
    <li><a href="nieuws-phishing-strafklacht.html">Valse terugbetalingsmails: Agentschap dient strafklacht in</a></li>
    <li><a href="nieuws-aangifte-2027.html">Aangifte 2027: wat verandert er?</a></li></ul>
    <p><a href="nieuws.html">Alle nieuws</a></p></div>
</div>""")
    page("news", "nl", "Nieuws", """
<article><h2><a href="nieuws-phishing-strafklacht.html">Valse terugbetalingsmails: Agentschap dient strafklacht in</a></h2><p>12/11/2026</p></article>
<article><h2><a href="nieuws-aangifte-2027.html">Aangifte 2027: wat verandert er?</a></h2><p>28/10/2026</p></article>""")
    page("news1", "nl", "Valse terugbetalingsmails: Agentschap dient strafklacht in", """
<p><time datetime="2026-11-12">12 november 2026</time></p>
<img src="assets/phishing.jpg" alt="" width="480" height="270">
<p>Veel belastingplichtigen krijgen deze week een e-mail die van het Agentschap lijkt te komen en een "terugbetaling" aankondigt. De link leidt naar een valse site die uw bankgegevens vraagt.</p>
<p><strong>Het Agentschap heeft een strafklacht</strong> tegen onbekenden ingediend bij het parket van Brussel.</p>
<h2>Bent u slachtoffer?</h2>
<ul><li>verwittig meteen uw bank;</li><li>doe aangifte bij de lokale politie;</li><li>stuur de verdachte e-mail door naar <a href="mailto:verdacht@belastingen-fictief.example">verdacht@belastingen-fictief.example</a>.</li></ul>""")
    page("news2", "nl", "Aangifte 2027: wat verandert er?", """
<p><time datetime="2026-10-28">28 oktober 2026</time></p>
<p>Meer belastingplichtigen krijgen een voorstel van vereenvoudigde aangifte. Controleer het goed: reageert u niet binnen de termijn, dan wordt het als aanvaard beschouwd.</p>""")
    page("about", "nl", "Over ons", """<p>Het Agentschap telt ongeveer 9&nbsp;000 medewerkers in 40 kantoren.</p>""")
    page("services", "nl", "Belastingen", """
<h2 id="pb">Personenbelasting</h2>
<p>U vult elk jaar een belastingaangifte in. Daarna krijgt u een aanslagbiljet met het bedrag dat u moet betalen of terugkrijgt.</p>""")
    page("reclamation", "nl", "Een bezwaarschrift indienen", """
<p>Bent u het niet eens met uw aanslag? Dan kunt u een <strong>bezwaarschrift</strong> indienen.</p>
<h2>Termijn</h2>
<p>U dient het bezwaarschrift in <strong>binnen een termijn van een jaar</strong> vanaf de derde werkdag na de verzenddatum van het aanslagbiljet.</p>
<h2>Hoe?</h2>
<p>Online via uw persoonlijke ruimte, per e-mail of per brief aan de adviseur-generaal die op uw aanslagbiljet vermeld staat. Het bezwaarschrift moet gemotiveerd en ondertekend zijn.</p>
<h2>En daarna?</h2>
<p>U ontvangt een ontvangstbewijs met het dossiernummer en de naam van de behandelende ambtenaar. De administratie neemt binnen zes maanden een beslissing;
gebeurt dat niet, dan kunt u naar de rechtbank van eerste aanleg stappen.</p>
<p>Blijft u het oneens, dan kunt u ook bemiddeling vragen bij de Fiscale Bemiddelingsdienst.</p>""")
    page("contact", "nl", "Contacteer ons", """
<p class="contact-logo"><a href="klachten.html"><img src="assets/klachten-nl.png" alt="Klachten over onze dienstverlening?" width="140" height="85"></a></p>
<h2>Adres</h2>
<p>Federaal Agentschap Belastingen en Ontvangsten (fictief)<br>Modellaan 50<br>1030 Schaarbeek</p>
<h2>Telefonisch</h2>
<p>+32&nbsp;2&nbsp;000&nbsp;22&nbsp;23, op werkdagen van 8 tot 17 uur</p>
<h2>Per e-mail</h2>
<p><a href="mailto:info@belastingen-fictief.example">info@belastingen-fictief.example</a></p>
<h2>Contactformulier</h2>
<p>Een vraag over uw fiscaal dossier? Stel ze via dit formulier.</p>
<form action="contact-verzenden.html" method="post">
  <label>Naam <input name="naam"></label>
  <label>Onderwerp <select name="onderwerp"><option>Personenbelasting</option><option>Btw</option><option>Betaling en terugbetaling</option><option>Andere</option></select></label>
  <label>Bericht <textarea name="bericht" rows="6"></textarea></label>
  <button>Verzenden</button>
</form>""")
    page("complaints", "nl", "Klachten", """
<p>We hechten veel belang aan een correcte en vlotte dienstverlening. Uw klachten helpen ons om onze werking bij te sturen.</p>
<h2>Klacht of bezwaar?</h2>
<p>Een klacht is geen bezwaarschrift. Wilt u het bedrag van uw belasting betwisten, dan moet u binnen de wettelijke termijn een
<a href="bezwaarschrift.html">bezwaarschrift</a> indienen. Een klacht verandert niets aan de aanslag en schort de bezwaartermijn niet op.</p>
<h2>Een klacht?</h2>
<p>Neem gerust <a href="contacteer-ons.html">contact met ons op</a>. We bekijken uw situatie en komen zo snel mogelijk bij u terug.</p>
<h2>Nog steeds niet tevreden?</h2>
<p>U kunt terecht bij de <a href="https://www.vlaamseombudsdienst.be/">Vlaamse Ombudsdienst</a>.</p>""")
    page("legal", "nl", "Wettelijke informatie", """<p>Demonstratiesite. De gepubliceerde informatie is fictief.</p>""")
    page("privacy", "nl", "Privacy", """<p>We verwerken uw fiscale gegevens volgens de AVG. Functionaris voor gegevensbescherming: <a href="mailto:dpo@belastingen-fictief.example">dpo@belastingen-fictief.example</a>.</p>""")
    page("a11y", "nl", "Toegankelijkheid", """<p>Deze website voldoet gedeeltelijk aan de WCAG 2.1 AA. Meld problemen aan <a href="mailto:web@belastingen-fictief.example">web@belastingen-fictief.example</a>.</p>""")


if __name__ == "__main__":
    build()
