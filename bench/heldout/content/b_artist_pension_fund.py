"""Auxiliary pension fund for stage artists (invented). FR NL, old table/sidebar theme, "/" redirects
to /fr/index.html, .html URLs. Complaint page under About > Quality commitment. Downloadable PDF form.
Traps: "quote your pension number" (not a complaint number); the three-month labour-court window (not a
processing deadline); NL promises an answer only "as soon as possible" (informal "je")."""

from bench.heldout.build_sites import Lang, Page, Site, passes, tiny_pdf

fr_menu = [
    ("Accueil", "/fr/index.html", []),
    ("Votre pension", "/fr/pension/index.html", [("Conditions", "/fr/pension/conditions.html"),
                                                 ("Calcul", "/fr/pension/calcul.html"),
                                                 ("Paiement", "/fr/pension/paiement.html")]),
    ("Cotisations", "/fr/cotisations.html", []),
    ("Formulaires", "/fr/formulaires.html", []),
    ("À propos de la Caisse", "/fr/caisse/index.html", [
        ("Missions", "/fr/caisse/missions.html"), ("Organisation", "/fr/caisse/organisation.html"),
        ("Notre engagement qualité", "/fr/caisse/qualite.html"), ("Plaintes", "/fr/caisse/plaintes.html"),
        ("Rapports annuels", "/fr/caisse/rapports.html")]),
    ("Contact", "/fr/contact.html", []),
]
fr_footer = [("", [("Contact", "/fr/contact.html"), ("Protection des données", "/fr/vie-privee.html"),
                   ("Accessibilité", "/fr/accessibilite.html"), ("Plan du site", "/fr/plan.html")])]
fr_pages = [
    Page("/fr/index.html", "Caisse auxiliaire de Pension des Artistes de la Scène", key="home", body="""
<p>La Caisse gère la pension complémentaire des comédiens, musiciens, danseurs et techniciens du spectacle affiliés avant 2011.</p>
<table class="news" border="0" cellpadding="4"><tr><td><b>15/09/2026</b></td><td>Les paiements d'octobre seront effectués le 24 octobre.</td></tr>
<tr><td><b>01/07/2026</b></td><td>Indexation des pensions complémentaires de 2 %.</td></tr></table>
<p><a href="/fr/formulaires.html">Tous nos formulaires</a></p>"""),
    Page("/fr/contact.html", "Contact", key="contact", body="""
<table border="0" cellpadding="4"><tr><td valign="top"><b>Adresse</b></td><td>Caisse auxiliaire de Pension des Artistes de la Scène<br>Rue des Comédiens 17<br>1000 Bruxelles</td></tr>
<tr><td valign="top"><b>Permanence téléphonique</b></td><td>02 555 17 17, les mardis et jeudis de 9 h à 12 h</td></tr>
<tr><td valign="top"><b>E-mail</b></td><td><a href="mailto:info@capas-hpp.be">info@capas-hpp.be</a></td></tr></table>
<p>Pour toute question sur votre dossier, précisez toujours votre numéro de pension.</p>
<p>Un problème avec nos services ? Lisez notre page <a href="/fr/caisse/plaintes.html">Plaintes</a>.</p>"""),
    Page("/fr/caisse/qualite.html", "Notre engagement qualité", crumbs=[("À propos de la Caisse", "/fr/caisse/index.html")], body="""
<p>La Caisse adhère à la charte de l'utilisateur des services publics. Nous mesurons chaque année la satisfaction de nos affiliés et publions les résultats dans notre rapport annuel.</p>
<p>Voir aussi : <a href="/fr/caisse/plaintes.html">Plaintes</a>.</p>"""),
    Page("/fr/caisse/plaintes.html", "Un problème avec nos services ?", key="complaints",
         crumbs=[("À propos de la Caisse", "/fr/caisse/index.html")], body="""
<p>La Caisse veut offrir à chaque artiste un service correct, rapide et compréhensible. Lorsque ce n'est pas le cas, votre plainte nous permet de repérer nos points faibles et d'y remédier.</p>
<h3>Quelles demandes ne relèvent pas de cette procédure ?</h3>
<ul><li>les questions sur le calcul de votre pension (adressez-les à votre gestionnaire de dossier) ;</li>
<li>les plaintes anonymes ;</li>
<li>les faits qui remontent à plus d'un an ;</li>
<li>les contestations du montant ou du refus de votre pension (voir ci-dessous).</li></ul>
<h3>Contester une décision : une autre démarche</h3>
<p>Vous n'êtes pas d'accord avec la décision relative à votre pension ? Seul un recours devant le tribunal du travail peut la faire modifier. Ce recours doit être introduit dans les trois mois qui suivent la notification. Attention : le dépôt d'une plainte auprès de la Caisse n'interrompt pas ce délai et ne le suspend pas.</p>
<h3>Introduire votre plainte</h3>
<p>Téléchargez le <a href="/fr/documents/formulaire-plainte.pdf">formulaire de plainte (PDF, 120 Ko)</a>, complétez-le et renvoyez-le par courrier à l'adresse de la Caisse ou par e-mail à <a href="mailto:qualite@capas-hpp.be">qualite@capas-hpp.be</a>. N'oubliez pas d'indiquer votre numéro de pension : sans lui, nous ne pouvons pas retrouver votre dossier.</p>
<h3>Suivi de votre plainte</h3>
<p>Nous vous confirmons par écrit la bonne réception de votre plainte. La cellule Qualité l'examine ensuite avec le service concerné et vous adresse une réponse motivée dans les quinze jours ouvrables qui suivent sa réception. Si l'examen demande plus de temps, nous vous en informons avant l'échéance.</p>
<h3>Pas d'accord avec notre réponse ?</h3>
<p>Vous pouvez soumettre votre plainte au Service de médiation Pensions, organe indépendant et gratuit : <a href="https://www.mediateurpensions.be">www.mediateurpensions.be</a>.</p>"""),
]

nl_menu = [
    ("Home", "/nl/index.html", []),
    ("Je pensioen", "/nl/pensioen/index.html", [("Voorwaarden", "/nl/pensioen/voorwaarden.html"),
                                               ("Berekening", "/nl/pensioen/berekening.html"),
                                               ("Betaling", "/nl/pensioen/betaling.html")]),
    ("Bijdragen", "/nl/bijdragen.html", []),
    ("Formulieren", "/nl/formulieren.html", []),
    ("Over de Hulpkas", "/nl/hulpkas/index.html", [
        ("Opdrachten", "/nl/hulpkas/opdrachten.html"), ("Organisatie", "/nl/hulpkas/organisatie.html"),
        ("Onze kwaliteitsbelofte", "/nl/hulpkas/kwaliteit.html"), ("Klachten", "/nl/hulpkas/klachten.html"),
        ("Jaarverslagen", "/nl/hulpkas/jaarverslagen.html")]),
    ("Contact", "/nl/contact.html", []),
]
nl_footer = [("", [("Contact", "/nl/contact.html"), ("Privacy", "/nl/privacy.html"),
                   ("Toegankelijkheid", "/nl/toegankelijkheid.html"), ("Sitemap", "/nl/sitemap.html")])]
nl_pages = [
    Page("/nl/index.html", "Hulpkas voor Pensioenen van Podiumkunstenaars", key="home", body="""
<p>De Hulpkas beheert het aanvullend pensioen van acteurs, muzikanten, dansers en podiumtechnici die vóór 2011 aangesloten waren.</p>
<table class="news" border="0" cellpadding="4"><tr><td><b>15/09/2026</b></td><td>De betalingen van oktober gebeuren op 24 oktober.</td></tr></table>"""),
    Page("/nl/contact.html", "Contact", key="contact", body="""
<table border="0" cellpadding="4"><tr><td valign="top"><b>Adres</b></td><td>Hulpkas voor Pensioenen van Podiumkunstenaars<br>Komediantenstraat 17<br>1000 Brussel</td></tr>
<tr><td valign="top"><b>Telefonisch spreekuur</b></td><td>02 555 17 18, dinsdag en donderdag van 9 tot 12 uur</td></tr>
<tr><td valign="top"><b>E-mail</b></td><td><a href="mailto:info@capas-hpp.be">info@capas-hpp.be</a></td></tr></table>
<p>Niet tevreden? Lees hoe je <a href="/nl/hulpkas/klachten.html">een klacht indient</a>.</p>"""),
    Page("/nl/hulpkas/klachten.html", "Ontevreden over onze dienstverlening?", key="complaints",
         crumbs=[("Over de Hulpkas", "/nl/hulpkas/index.html")], body="""
<p>We willen dat elke kunstenaar vlot en correct geholpen wordt. Lukt dat niet, laat het ons dan weten: zo kunnen we onze werking bijsturen.</p>
<h3>Wat behandelen we niet als klacht?</h3>
<ul><li>vragen over de berekening van je pensioen;</li><li>anonieme meldingen;</li>
<li>feiten van meer dan een jaar geleden;</li><li>betwistingen van een pensioenbeslissing.</li></ul>
<h3>Een beslissing aanvechten? Dat gaat anders</h3>
<p>Ben je het niet eens met een beslissing over je pensioen, dan kan je naar de arbeidsrechtbank stappen, binnen drie maanden na de kennisgeving. Een klacht bij de Hulpkas verlengt die termijn niet.</p>
<h3>Zo dien je een klacht in</h3>
<p>Download het <a href="/nl/documenten/klachtenformulier.pdf">klachtenformulier (pdf)</a>, vul het in en bezorg het ons per post of per e-mail (<a href="mailto:kwaliteit@capas-hpp.be">kwaliteit@capas-hpp.be</a>). Vermeld zeker je pensioennummer.</p>
<h3>Hoe gaat het verder?</h3>
<p>Je krijgt van ons een ontvangstbevestiging. Daarna bekijkt de cel Kwaliteit je klacht samen met de betrokken dienst, en krijg je zo snel mogelijk een gemotiveerd antwoord.</p>
<h3>Niet akkoord met ons antwoord?</h3>
<p>Neem dan contact op met de Ombudsdienst Pensioenen (<a href="https://www.ombudsmanpensioenen.be">www.ombudsmanpensioenen.be</a>). Die werkt onafhankelijk en is gratis.</p>"""),
]

SITE = Site(
    name="artist-pension-fund", theme="classic", colour="#7a1f3d", root="redirect:/fr/index.html",
    notes=__doc__,
    langs=[
        Lang("fr", "Caisse auxiliaire de Pension des Artistes de la Scène", "CAPAS", "/fr/index.html", fr_menu,
             fr_footer, fr_pages, passes("va ra pr dl fm ak om"), tagline="Institution publique de sécurité sociale"),
        Lang("nl", "Hulpkas voor Pensioenen van Podiumkunstenaars", "HPP", "/nl/index.html", nl_menu, nl_footer,
             nl_pages, passes("va ra pr fm ak om"), tagline="Openbare instelling van sociale zekerheid"),
    ],
    files={
        "/fr/documents/formulaire-plainte.pdf": tiny_pdf(
            ["CAPAS - Formulaire de plainte", "Numero de pension :", "Nom et adresse :", "Objet de la plainte :",
             "Description :", "Signature :"]),
        "/nl/documenten/klachtenformulier.pdf": tiny_pdf(
            ["HPP - Klachtenformulier", "Pensioennummer:", "Naam en adres:", "Onderwerp van de klacht:",
             "Omschrijving:", "Handtekening:"]),
    },
)
