"""military-records-depot: classic table theme, splash page, FR/NL.

No real complaint procedure: a quality charter under "À propos" / "Over ons" with a short paragraph on
complaints (e-mail address only). Traps: "mentionnez votre numéro de dossier", a registered letter "avec
accusé de réception" / "met ontvangstbewijs" for record requests, an average processing time of eight
weeks for those requests, "dans les meilleurs délais" / "zo snel mogelijk". FR gives a reason and names
the Federal Ombudsman for an unsatisfied complainant; NL only says what one can complain about.
"""

from bench.heldout.build_sites import Lang, Page, Site, passes

FR = Lang(
    "fr", "Dépôt fédéral des registres militaires", "DFRM", "/fr/",
    menu=[("Demander une copie", "/fr/demande", []),
          ("À propos", "/fr/a-propos", [("Historique", "/fr/a-propos/historique"),
                                         ("Charte de qualité", "/fr/a-propos/charte")]),
          ("Contact", "/fr/contact", [])],
    footer=[("DFRM", [("Contact", "/fr/contact")])],
    tagline="La mémoire des militaires belges",
    labels=passes("ra om"),
    pages=[
        Page("/fr/", "Accueil", key="home", body="""
<p>Le Dépôt conserve les registres matricules et les dossiers personnels des militaires belges depuis 1830.</p>
<p><a href="/fr/demande">Demander une copie d’un dossier</a></p>"""),
        Page("/fr/contact", "Contact", key="contact", body="""
<p><b>Dépôt fédéral des registres militaires</b><br>Quai des Archives 4<br>4020 Liège<br>04 555 60 60<br>
<a href="mailto:info@dfrm-fdmr.be">info@dfrm-fdmr.be</a></p>
<p>Dans toute correspondance, mentionnez votre numéro de dossier.</p>"""),
        Page("/fr/demande", "Demander une copie", key="request", body="""
<p>Envoyez votre demande de copie d’un dossier militaire par lettre recommandée avec accusé de réception, en
joignant une copie de votre carte d’identité. Les demandes sont traitées dans les meilleurs délais ; comptez
en moyenne huit semaines pour un dossier antérieur à 1950.</p>"""),
        Page("/fr/a-propos/charte", "Charte de qualité", key="complaints", crumbs=[("À propos", "/fr/a-propos")], body="""
<p>Nous nous engageons à :</p>
<ul><li>traiter vos demandes de copies d’états de service dans les meilleurs délais ;</li>
<li>vous répondre avec courtoisie, dans votre langue ;</li>
<li>protéger les données personnelles contenues dans les dossiers.</li></ul>
<h3>Vos remarques et plaintes</h3>
<p>Les remarques et plaintes des usagers nous permettent de détecter les points faibles de notre
organisation et d’améliorer nos prestations ; c’est pourquoi nous les examinons toutes avec attention.
Vous pouvez les adresser par e-mail à <a href="mailto:qualite@dfrm-fdmr.be">qualite@dfrm-fdmr.be</a>, en
mentionnant votre numéro de dossier.</p>
<p>Si vous n’êtes pas satisfait de la suite réservée à votre plainte, vous pouvez vous adresser au Médiateur
fédéral (<a href="https://www.mediateurfederal.be">www.mediateurfederal.be</a>).</p>"""),
    ])

NL = Lang(
    "nl", "Federaal Depot voor Militaire Registers", "FDMR", "/nl/",
    menu=[("Kopie aanvragen", "/nl/aanvraag", []),
          ("Over ons", "/nl/over-ons", [("Geschiedenis", "/nl/over-ons/geschiedenis"),
                                        ("Kwaliteitscharter", "/nl/over-ons/charter")]),
          ("Contact", "/nl/contact", [])],
    footer=[("FDMR", [("Contact", "/nl/contact")])],
    tagline="Het geheugen van de Belgische militairen",
    labels=passes("df"),
    pages=[
        Page("/nl/", "Home", key="home", body="""
<p>Het Depot bewaart de stamboeken en persoonsdossiers van Belgische militairen sinds 1830.</p>
<p><a href="/nl/aanvraag">Een kopie van een dossier aanvragen</a></p>"""),
        Page("/nl/contact", "Contact", key="contact", body="""
<p><b>Federaal Depot voor Militaire Registers</b><br>Archievenkaai 4<br>4020 Luik<br>04 555 60 60<br>
<a href="mailto:info@dfrm-fdmr.be">info@dfrm-fdmr.be</a></p>"""),
        Page("/nl/aanvraag", "Kopie aanvragen", key="request", body="""
<p>Stuur je aanvraag per aangetekende brief met ontvangstbewijs en voeg een kopie van je identiteitskaart toe.
We behandelen aanvragen zo snel mogelijk.</p>"""),
        Page("/nl/over-ons/charter", "Kwaliteitscharter", key="complaints", crumbs=[("Over ons", "/nl/over-ons")], body="""
<p>We beloven je vriendelijk en in je eigen taal te antwoorden en de persoonsgegevens in de dossiers te
beschermen.</p>
<h3>Klachten</h3>
<p>Je kan een klacht indienen als je niet tevreden bent over de manier waarop we je aanvraag behandeld
hebben: je wacht al lang op een kopie, je kreeg verkeerde informatie of je werd onvriendelijk te woord
gestaan.</p>
<p>Stuur je klacht naar <a href="mailto:kwaliteit@dfrm-fdmr.be">kwaliteit@dfrm-fdmr.be</a> en vermeld je
dossiernummer.</p>"""),
    ])

SITE = Site("military-records-depot", "classic", [FR, NL], root="splash", colour="#4e342e",
            notes="classic, splash; quality charter only; e-mail only; file number, registered letter, "
                  "eight-week request time")
