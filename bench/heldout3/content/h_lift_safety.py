"""Lift safety institute: classic table theme, splash page. Complaint information only in the quality
charter (About > Quality charter). FR: "dans les meilleurs délais", "rappelez votre numéro de dossier",
Walloon ombudsman only, ODT form; NL: e-mail only, no deadlines, Federal Ombudsman. Phrases split by
inline tags."""

from bench.heldout3.build_sites import Lang, Page, Site, passes, tiny_odt

fr = Lang(
    code="fr", name="Institut fédéral pour la sécurité des ascenseurs", short="IFSA", home="/fr/index.html",
    tagline="Des ascenseurs sûrs pour tous",
    menu=[("Propriétaires", "/fr/proprietaires.html", [("Contrôle périodique", "/fr/controle.html"),
                                                        ("Organismes agréés", "/fr/organismes.html")]),
          ("À propos", "/fr/apropos.html", [("Charte qualité", "/fr/charte-qualite.html"),
                                             ("Organigramme", "/fr/organigramme.html")]),
          ("Contact", "/fr/contact.html", [])],
    footer=[("IFSA", [("Mentions légales", "/fr/mentions.html")])],
    pages=[
        Page("/fr/index.html", "Accueil", key="home", body="""<p>L’IFSA fixe les règles de contrôle des 90 000
ascenseurs du pays et agrée les organismes de contrôle.</p>"""),
        Page("/fr/contact.html", "Contact", key="contact", body="""<p>Institut fédéral pour la sécurité des ascenseurs<br>
Rue de la Cabine 3, 5000 Namur<br>Tél. 081 24 19 70 · contact@ifsa-ascenseurs.be</p>
<p>Merci de rappeler votre numéro de dossier dans toute correspondance.</p>"""),
        Page("/fr/charte-qualite.html", "Charte qualité", key="complaints", crumbs=[("À propos", "/fr/apropos.html")],
             body="""<h2>Nos engagements</h2>
<p>Nous vous accueillons avec courtoisie et vous donnons une information claire et complète.</p>
<h2>Vos plaintes</h2>
<p>Chaque plainte est pour nous une <strong>occasion</strong> d’améliorer nos services : elle nous permet de
<em>repérer</em> nos erreurs et d’en tirer les leçons.</p>
<p>Pour introduire une plainte, complétez le <a href="/fr/docs/formulaire-plainte-ifsa.odt">formulaire de
plainte</a> et renvoyez-le par courrier ou à plaintes@ifsa-ascenseurs.be. Vous recevrez un <strong>accusé
de</strong> réception. Votre plainte sera ensuite examinée par notre cellule qualité, qui vous apportera une
réponse écrite dans les meilleurs délais.</p>
<p>Vous résidez en Wallonie et n’êtes pas satisfait ? Le Médiateur de la Wallonie et de la Fédération
Wallonie-Bruxelles peut être saisi.</p>"""),
    ],
    labels=passes("ra pr fm ak"),
)

nl = Lang(
    code="nl", name="Federaal Instituut voor Liftveiligheid", short="FIL", home="/nl/index.html",
    tagline="Veilige liften voor iedereen",
    menu=[("Eigenaars", "/nl/eigenaars.html", []),
          ("Over ons", "/nl/overons.html", [("Kwaliteitscharter", "/nl/kwaliteitscharter.html")]),
          ("Contact", "/nl/contact.html", [])],
    footer=[("FIL", [("Disclaimer", "/nl/disclaimer.html")])],
    pages=[
        Page("/nl/index.html", "Home", key="home", body="<p>Het FIL bepaalt de controleregels voor 90 000 liften.</p>"),
        Page("/nl/contact.html", "Contact", key="contact", body="""<p>Federaal Instituut voor Liftveiligheid<br>
Cabinestraat 3, 5000 Namen<br>Tel. 081 24 19 71</p>"""),
        Page("/nl/kwaliteitscharter.html", "Kwaliteitscharter", key="complaints", crumbs=[("Over ons", "/nl/overons.html")],
             body="""<h2>Klachten</h2>
<p>Onder een klacht verstaan wij elke uiting van ongenoegen over de <strong>manier waarop</strong> het instituut
een dossier heeft behandeld of u te woord heeft gestaan.</p>
<p>Een klacht is niet hetzelfde als een beroep. Wie een beslissing van het instituut wil aanvechten, moet zich
tot de Raad van State wenden.</p>
<p>Stuur ons een e-mail op klachten@fil-liften.be. Elke klacht wordt geregistreerd onder een <em>uniek</em>
nummer.</p>
<p>Bent u niet tevreden met ons antwoord op uw klacht, dan kunt u een beroep doen op de federale Ombudsman.</p>"""),
    ],
    labels=passes("va df nu om"),
)

SITE = Site(name="lift-safety-institute", theme="classic", langs=[fr, nl], root="splash", colour="#455a64",
            notes=__doc__,
            files={"/fr/docs/formulaire-plainte-ifsa.odt": tiny_odt([
                "IFSA - Formulaire de plainte", "Nom :", "Adresse :", "Description de la plainte :"])})
