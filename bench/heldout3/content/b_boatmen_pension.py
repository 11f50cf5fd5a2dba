"""Inland boatmen's pension fund: classic table theme, / redirects to /fr/. Complaints under
About > Quality > Complaints, PDF form (FR). Traps: "rappelez votre numéro de pension", labour-court
window, NL deadlines and acknowledgement without any channel, DE "Aktenzeichen"."""

from bench.heldout3.build_sites import Lang, Page, Site, passes, tiny_pdf

fr = Lang(
    code="fr", name="Caisse de pension des bateliers", short="CPB", home="/fr/",
    tagline="La pension des bateliers de la navigation intérieure",
    menu=[("Ma pension", "/fr/pension", [("Calcul", "/fr/pension/calcul"), ("Paiement", "/fr/pension/paiement")]),
          ("À propos", "/fr/a-propos", [("Qualité", "/fr/a-propos/qualite"),
                                        ("Plaintes", "/fr/a-propos/qualite/plaintes")]),
          ("Contact", "/fr/contact", [])],
    footer=[("Infos", [("Accessibilité", "/fr/accessibilite"), ("Vie privée", "/fr/vie-privee")])],
    pages=[
        Page("/fr/", "Accueil", key="home", body="""<p>La CPB calcule et paie la pension de retraite et de survie
des bateliers et de leurs conjoints.</p><p><a href="/fr/pension/paiement">Dates de paiement 2026</a> ·
<a href="/fr/a-propos/qualite">Notre engagement qualité</a></p>"""),
        Page("/fr/contact", "Contact", key="contact", body="""<p>Caisse de pension des bateliers<br>
Quai de Mariemont 27, 1080 Molenbeek-Saint-Jean<br>Tél. 02 411 72 60 · pension@cpb-bateliers.be</p>
<p>Lorsque vous nous écrivez, rappelez toujours votre numéro de pension.</p>"""),
        Page("/fr/a-propos/qualite", "Qualité", key="quality", crumbs=[("À propos", "/fr/a-propos")], body="""
<p>La CPB mesure chaque année la satisfaction de ses pensionnés et publie ses délais de paiement.</p>
<p><a href="/fr/a-propos/qualite/plaintes">Gestion des plaintes</a></p>"""),
        Page("/fr/a-propos/qualite/plaintes", "Gestion des plaintes", key="complaints",
             crumbs=[("À propos", "/fr/a-propos"), ("Qualité", "/fr/a-propos/qualite")], body="""
<p>La Caisse considère les plaintes comme une source d’information précieuse : elles lui permettent de
repérer les failles de son organisation et d’améliorer durablement le service rendu aux bateliers.</p>
<h3>Qu’est-ce qu’une plainte ?</h3>
<p>Est considérée comme une plainte toute manifestation d’insatisfaction relative à un acte ou à un
comportement de la Caisse ou de son personnel : retard de paiement, courrier incompréhensible, accueil
téléphonique insatisfaisant…</p>
<h3>Une plainte n’est pas un recours</h3>
<p>Le désaccord avec le montant de votre pension ou avec une décision de la Caisse ne se règle pas par une
plainte. Contre une décision, seul un recours devant le tribunal du travail est possible, dans les trois mois
de sa notification.</p>
<h3>Comment procéder ?</h3>
<p>Adressez votre plainte par écrit au service Qualité, Quai de Mariemont 27, 1080 Molenbeek-Saint-Jean, ou par
courriel à plaintes@cpb-bateliers.be. Vous pouvez utiliser le <a href="/files/formulaire-plainte-cpb.pdf">formulaire
de plainte (PDF)</a>. Mentionnez votre numéro de pension.</p>
<p>Le service Qualité vous adresse un accusé de réception dans les dix jours ouvrables. Il instruit ensuite la
plainte auprès des services concernés et vous communique sa réponse dans un délai de quarante-cinq jours.</p>
<h3>Et si la réponse ne vous satisfait pas ?</h3>
<p>Vous pouvez alors faire appel gratuitement au Service de médiation Pensions, Boulevard du Jardin Botanique
50 bte 1, 1000 Bruxelles (<a href="https://www.mediateurpensions.be">www.mediateurpensions.be</a>).</p>"""),
    ],
    labels=passes("va ra df pr dl fm ak om"),
)

nl = Lang(
    code="nl", name="Pensioenkas voor de Binnenschippers", short="PKB", home="/nl/",
    tagline="Het pensioen van de binnenschippers",
    menu=[("Mijn pensioen", "/nl/pensioen", [("Berekening", "/nl/pensioen/berekening")]),
          ("Over ons", "/nl/over-ons", [("Kwaliteit", "/nl/over-ons/kwaliteit"),
                                        ("Klachten", "/nl/over-ons/kwaliteit/klachten")]),
          ("Contact", "/nl/contact", [])],
    footer=[("Info", [("Toegankelijkheid", "/nl/toegankelijkheid")])],
    pages=[
        Page("/nl/", "Home", key="home", body="""<p>De PKB berekent en betaalt het rust- en overlevingspensioen van
binnenschippers.</p><p><a href="/nl/over-ons/kwaliteit">Kwaliteit</a></p>"""),
        Page("/nl/contact", "Contact", key="contact", body="""<p>Pensioenkas voor de Binnenschippers<br>
Mariemontkaai 27, 1080 Sint-Jans-Molenbeek<br>Tel. 02 411 72 61 · pensioen@pkb-schippers.be</p>
<p>Vermeld in elke brief uw pensioennummer.</p>"""),
        Page("/nl/over-ons/kwaliteit/klachten", "Klachten", key="complaints",
             crumbs=[("Over ons", "/nl/over-ons"), ("Kwaliteit", "/nl/over-ons/kwaliteit")], body="""
<h3>Klacht of beroep?</h3>
<p>Met een klacht kunt u een beslissing over uw pensioen niet laten wijzigen. Daarvoor moet u binnen drie
maanden beroep instellen bij de arbeidsrechtbank.</p>
<h3>Termijnen</h3>
<ul><li>ontvangstbevestiging: binnen 10 werkdagen;</li><li>antwoord op uw klacht: binnen 45 dagen.</li></ul>
<h3>Niet tevreden met ons antwoord?</h3>
<p>Dan kunt u zich kosteloos wenden tot de Ombudsdienst Pensioenen
(<a href="https://www.ombudsmanpensioenen.be">www.ombudsmanpensioenen.be</a>).</p>"""),
    ],
    labels=passes("va dl ak om"),
)

de = Lang(
    code="de", name="Pensionskasse der Binnenschiffer", short="PKB", home="/de/",
    tagline="Die Pension der Binnenschiffer",
    menu=[("Meine Pension", "/de/pension", []), ("Kontakt", "/de/kontakt", [])],
    footer=[("Info", [("Barrierefreiheit", "/de/barrierefreiheit")])],
    pages=[
        Page("/de/", "Startseite", key="home", body="<p>Die PKB zahlt die Pension der Binnenschiffer.</p>"
             '<p><a href="/de/kontakt">Kontakt</a></p>'),
        Page("/de/kontakt", "Kontakt", key="contact", body="""<p>Pensionskasse der Binnenschiffer<br>
Mariemont-Kai 27, 1080 Molenbeek<br>Tel. 02 411 72 62</p>
<h2>Sie sind unzufrieden?</h2>
<p>Eine Beschwerde ist kein Rechtsmittel: Gegen eine Entscheidung über Ihre Pension können Sie nur Klage beim
Arbeitsgericht erheben. Beschwerden richten Sie schriftlich an die oben genannte Adresse;
geben Sie dabei immer Ihr Aktenzeichen an.</p>
<p>Wenn unsere Antwort Sie nicht zufriedenstellt, hilft Ihnen der Ombudsdienst für Pensionen weiter.</p>"""),
    ],
    labels=passes("va om"),
)

SITE = Site(name="boatmen-pension-fund", theme="classic", langs=[fr, nl, de], root="redirect:/fr/",
            colour="#0d47a1", notes=__doc__,
            files={"/files/formulaire-plainte-cpb.pdf": tiny_pdf([
                "Caisse de pension des bateliers - Formulaire de plainte", "Nom :", "Numero de pension :",
                "Description de votre plainte :", "", "", "A renvoyer a plaintes@cpb-bateliers.be"])})
