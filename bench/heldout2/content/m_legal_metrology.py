"""legal-metrology-office: WordPress-like theme (new), `/` redirects by Accept-Language, FR/NL.

Complaint information under "L’Office > Qualité" (About > Quality): a main page and a sub-page whose
headings are questions, with a PDF complaint form. Trap: reports about a trader's non-compliant scales
("signaler", "plainte contre un commerçant"), handled by the inspection with their own numbers. FR:
contrast with the re-examination request and the Council of State, Federal Ombudsman, no complaint
number. NL: acknowledgement with a registration number, but no reason, no appeal contrast and no second
line.
"""

from bench.heldout.build_sites import Lang, Page, Site, passes, tiny_pdf

FILES = {
    "/fr/wp-content/uploads/formulaire-plainte-ofml.pdf": tiny_pdf([
        "Office federal de metrologie legale", "Formulaire de plainte", "Nom :", "Adresse :",
        "Service concerne :", "Description de la plainte :"]),
    "/nl/wp-content/uploads/klachtenformulier-fdwm.pdf": tiny_pdf([
        "Federale Dienst voor Wettelijke Metrologie", "Klachtenformulier", "Naam:", "Adres:",
        "Betrokken dienst:", "Omschrijving van de klacht:"]),
}

FR = Lang(
    "fr", "Office fédéral de métrologie légale", "OFML", "/fr/",
    menu=[("Instruments de mesure", "/fr/instruments/", [("Signaler une balance non conforme", "/fr/signaler/")]),
          ("L’Office", "/fr/office/", [("Missions", "/fr/office/missions/"), ("Qualité", "/fr/office/qualite/"),
                                        ("Plaintes sur nos services", "/fr/office/qualite/plaintes/")]),
          ("Contact", "/fr/contact/", [])],
    footer=[("OFML", [("Contact", "/fr/contact/"), ("Accessibilité", "/fr/accessibilite/")])],
    tagline="Des mesures justes",
    labels=passes("va ra df pr dl fm ak om"),
    pages=[
        Page("/fr/", "Accueil", key="home", body="""
<p>L’Office approuve et vérifie les instruments de mesure utilisés dans le commerce : balances, pompes à
carburant, compteurs.</p>"""),
        Page("/fr/contact/", "Contact", key="contact", body="""
<p>Office fédéral de métrologie légale<br>Rue de l’Étalon 1<br>1050 Bruxelles<br>02 555 50 50<br>
<a href="mailto:info@ofml-fdwm.be">info@ofml-fdwm.be</a></p>"""),
        Page("/fr/signaler/", "Signaler une balance non conforme", key="report", body="""
<p>La balance d’un commerçant vous semble fausse ? Vous pouvez déposer plainte contre ce commerçant en nous
envoyant un signalement à <a href="mailto:inspection@ofml-fdwm.be">inspection@ofml-fdwm.be</a>. Un inspecteur se
rendra sur place ; votre signalement reçoit un numéro d’enquête.</p>"""),
        Page("/fr/office/qualite/", "Qualité", key="quality", crumbs=[("L’Office", "/fr/office/")], body="""
<p>L’Office applique les principes de la Charte de l’utilisateur des services publics.</p>
<p><a href="/fr/office/qualite/plaintes/">Plaintes sur nos services</a></p>"""),
        Page("/fr/office/qualite/plaintes/", "Plaintes sur nos services", key="complaints",
             crumbs=[("L’Office", "/fr/office/"), ("Qualité", "/fr/office/qualite/")], body="""
<h2>Pourquoi une gestion des plaintes ?</h2>
<p>Parce qu’un service public de contrôle doit lui-même accepter d’être contrôlé : vos plaintes sont
l’occasion d’évaluer notre travail et d’en tirer des leçons.</p>
<h2>Qu’est-ce qu’une plainte ?</h2>
<p>Vous êtes mécontent d’un service que l’Office vous a rendu : une vérification de votre instrument réalisée
en retard, une facture de vérification erronée, un vérificateur peu courtois. Les signalements concernant la
balance d’un commerçant ne sont pas des plaintes au sens de cette page : voyez
<a href="/fr/signaler/">Signaler une balance non conforme</a>.</p>
<h2>Contester un refus d’approbation</h2>
<p>Si l’Office refuse d’approuver ou de vérifier votre instrument, ce refus est une décision administrative.
Vous pouvez en demander le réexamen dans les quinze jours, puis saisir le Conseil d’État. Une plainte ne
remplace pas ces voies de recours et n’en prolonge pas les délais.</p>
<p><a href="/fr/office/qualite/plaintes/comment/">Comment introduire une plainte ?</a></p>"""),
        Page("/fr/office/qualite/plaintes/comment/", "Comment introduire une plainte ?", key="complaints-file",
             crumbs=[("L’Office", "/fr/office/"), ("Qualité", "/fr/office/qualite/"),
                     ("Plaintes sur nos services", "/fr/office/qualite/plaintes/")], body="""
<h3>Où envoyer ma plainte ?</h3>
<p>Complétez le <a href="/fr/wp-content/uploads/formulaire-plainte-ofml.pdf">formulaire de plainte (PDF)</a> et
renvoyez-le à <a href="mailto:plaintes@ofml-fdwm.be">plaintes@ofml-fdwm.be</a> ou par courrier à l’adresse de
l’Office.</p>
<h3>Que se passe-t-il ensuite ?</h3>
<p>Le coordinateur des plaintes vous envoie un accusé de réception dans les 5 jours ouvrables, examine votre
plainte avec le service concerné et vous adresse une réponse motivée dans les 45 jours calendrier.</p>
<h3>Et si je ne suis pas d’accord avec la réponse ?</h3>
<p>Vous pouvez vous tourner vers le Médiateur fédéral
(<a href="https://www.mediateurfederal.be">www.mediateurfederal.be</a>).</p>"""),
    ])

NL = Lang(
    "nl", "Federale Dienst voor Wettelijke Metrologie", "FDWM", "/nl/",
    menu=[("Meetinstrumenten", "/nl/instrumenten/", [("Een niet-conforme weegschaal melden", "/nl/melden/")]),
          ("Over de Dienst", "/nl/dienst/", [("Opdrachten", "/nl/dienst/opdrachten/"), ("Kwaliteit", "/nl/dienst/kwaliteit/"),
                                           ("Klachten over onze diensten", "/nl/dienst/kwaliteit/klachten/")]),
          ("Contact", "/nl/contact/", [])],
    footer=[("FDWM", [("Contact", "/nl/contact/"), ("Toegankelijkheid", "/nl/toegankelijkheid/")])],
    tagline="Juiste metingen",
    labels=passes("df pr dl fm ak nu"),
    pages=[
        Page("/nl/", "Home", key="home", body="""
<p>De Dienst keurt en ijkt de meetinstrumenten die in de handel gebruikt worden: weegschalen, brandstofpompen,
meters.</p>"""),
        Page("/nl/contact/", "Contact", key="contact", body="""
<p>Federale Dienst voor Wettelijke Metrologie<br>IJkmaatstraat 1<br>1050 Brussel<br>02 555 50 50<br>
<a href="mailto:info@ofml-fdwm.be">info@ofml-fdwm.be</a></p>"""),
        Page("/nl/melden/", "Een niet-conforme weegschaal melden", key="report", body="""
<p>Lijkt de weegschaal van een handelaar niet te kloppen? Meld het aan
<a href="mailto:inspectie@ofml-fdwm.be">inspectie@ofml-fdwm.be</a>. Een inspecteur gaat ter plaatse; uw melding
krijgt een onderzoeksnummer.</p>"""),
        Page("/nl/dienst/kwaliteit/", "Kwaliteit", key="quality", crumbs=[("Over de Dienst", "/nl/dienst/")], body="""
<p><a href="/nl/dienst/kwaliteit/klachten/">Klachten over onze diensten</a></p>"""),
        Page("/nl/dienst/kwaliteit/klachten/", "Klachten over onze diensten", key="complaints",
             crumbs=[("Over de Dienst", "/nl/dienst/"), ("Kwaliteit", "/nl/dienst/kwaliteit/")], body="""
<p>Een klacht is een uiting van ongenoegen over een dienst die wij u verleend hebben, zoals een laattijdige
ijking, een foute factuur of een onvriendelijke keurder. Een melding over de weegschaal van een handelaar is
geen klacht over onze dienst: gebruik daarvoor <a href="/nl/melden/">het meldpunt</a>.</p>
<p><a href="/nl/dienst/kwaliteit/klachten/hoe/">Hoe dien ik een klacht in?</a></p>"""),
        Page("/nl/dienst/kwaliteit/klachten/hoe/", "Hoe dien ik een klacht in?", key="complaints-file",
             crumbs=[("Over de Dienst", "/nl/dienst/"), ("Kwaliteit", "/nl/dienst/kwaliteit/"),
                     ("Klachten over onze diensten", "/nl/dienst/kwaliteit/klachten/")], body="""
<p>Vul het <a href="/nl/wp-content/uploads/klachtenformulier-fdwm.pdf">klachtenformulier (pdf)</a> in en stuur het
naar <a href="mailto:klachten@ofml-fdwm.be">klachten@ofml-fdwm.be</a> of per post naar de Dienst.</p>
<p>U ontvangt binnen 5 werkdagen een ontvangstbevestiging met het registratienummer van uw klacht. De
klachtencoördinator onderzoekt uw klacht en antwoordt u binnen 45 kalenderdagen.</p>"""),
    ])

SITE = Site("legal-metrology-office", "wp", [FR, NL], root="lang_redirect", files=FILES, colour="#455a64",
            notes="WordPress-like, Accept-Language redirect; About > Quality > Complaints + sub-page; PDF forms; "
                  "reports against traders")
