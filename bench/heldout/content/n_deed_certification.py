"""Federal office for the certification of deeds (invented). FR NL, old table theme, splash page. No
complaint procedure page: only a service charter under About > Quality that commits to answering
complaints within ten working days (deadline passes) without saying how or where to complain. Traps: a
deposit receipt handed over at the counter (not an acknowledgement of a complaint), "quote the reference
on your receipt", five working days for legalising a deed (not a complaint deadline), a downloadable
request form (not a complaint form)."""

from bench.heldout.build_sites import Lang, Page, Site, passes, tiny_pdf

fr_menu = [
    ("Accueil", "/fr/index.htm", []),
    ("Légalisation", "/fr/legalisation.htm", [("Documents belges", "/fr/legalisation/belges.htm"), ("Documents étrangers", "/fr/legalisation/etrangers.htm")]),
    ("Apostille", "/fr/apostille.htm", []),
    ("Tarifs", "/fr/tarifs.htm", []),
    ("À propos", "/fr/apropos.htm", [("Organisation", "/fr/apropos/organisation.htm"), ("Qualité", "/fr/apropos/charte.htm")]),
    ("Contact", "/fr/contact.htm", []),
]
fr_footer = [("", [("Contact", "/fr/contact.htm"), ("Charte de service", "/fr/apropos/charte.htm"), ("Vie privée", "/fr/vieprivee.htm")])]
fr_pages = [
    Page("/fr/index.htm", "Office fédéral de Certification des Actes", key="home", body="""
<p>L'Office légalise les signatures apposées sur les documents publics belges destinés à l'étranger et délivre l'apostille.</p>
<p><b>Attention :</b> du 23 au 27 décembre, le guichet sera exceptionnellement fermé.</p>"""),
    Page("/fr/contact.htm", "Contact", key="contact", body="""
<table border="0" cellpadding="4"><tr><td valign="top"><b>Guichet</b></td><td>Rue des Petits Carmes 24<br>1000 Bruxelles<br>du lundi au vendredi, de 9 h à 12 h</td></tr>
<tr><td><b>Téléphone</b></td><td>02 555 15 15 (de 14 h à 16 h)</td></tr>
<tr><td><b>E-mail</b></td><td><a href="mailto:legal@ofca-fdca.be">legal@ofca-fdca.be</a></td></tr></table>
<p>Un reçu de dépôt vous est remis au guichet pour chaque document déposé. Pour toute question sur un document en cours de traitement, mentionnez le numéro de référence figurant sur ce reçu.</p>
<p>Demande par courrier : utilisez le <a href="/fr/documents/demande-legalisation.pdf">formulaire de demande de légalisation (PDF)</a>.</p>"""),
    Page("/fr/apropos/charte.htm", "Notre charte de service", key="complaints", crumbs=[("À propos", "/fr/apropos.htm")], body="""
<p>L'Office s'engage envers chaque usager à respecter les engagements suivants :</p>
<ul><li>vous accueillir avec courtoisie et dans la langue de votre choix (français, néerlandais ou allemand) ;</li>
<li>légaliser les documents déposés au guichet dans un délai de cinq jours ouvrables ;</li>
<li>vous informer sans délai si votre document ne peut pas être légalisé ;</li>
<li>vous répondre, si vous n'êtes pas satisfait et nous adressez une plainte, dans les dix jours ouvrables.</li></ul>
<p>Ces engagements sont évalués chaque année.</p>"""),
]

nl_menu = [
    ("Home", "/nl/index.htm", []),
    ("Legalisatie", "/nl/legalisatie.htm", [("Belgische documenten", "/nl/legalisatie/belgische.htm"), ("Buitenlandse documenten", "/nl/legalisatie/buitenlandse.htm")]),
    ("Apostille", "/nl/apostille.htm", []),
    ("Tarieven", "/nl/tarieven.htm", []),
    ("Over ons", "/nl/overons.htm", [("Organisatie", "/nl/overons/organisatie.htm"), ("Kwaliteit", "/nl/overons/charter.htm")]),
    ("Contact", "/nl/contact.htm", []),
]
nl_footer = [("", [("Contact", "/nl/contact.htm"), ("Dienstverleningscharter", "/nl/overons/charter.htm"), ("Privacy", "/nl/privacy.htm")])]
nl_pages = [
    Page("/nl/index.htm", "Federale Dienst voor Certificering van Akten", key="home", body="""
<p>De Dienst legaliseert handtekeningen op Belgische openbare documenten die in het buitenland gebruikt worden, en levert de apostille af.</p>"""),
    Page("/nl/contact.htm", "Contact", key="contact", body="""
<table border="0" cellpadding="4"><tr><td valign="top"><b>Loket</b></td><td>Karmelietenstraat 24<br>1000 Brussel<br>maandag tot vrijdag, 9 tot 12 uur</td></tr>
<tr><td><b>Telefoon</b></td><td>02 555 15 16 (14 tot 16 uur)</td></tr></table>
<p>Aan het loket krijgt u voor elk afgegeven document een afgiftebewijs. Vermeld bij vragen over een document in behandeling steeds het referentienummer op dat bewijs.</p>
<p>Aanvraag per post: gebruik het <a href="/nl/documenten/aanvraag-legalisatie.pdf">aanvraagformulier (pdf)</a>.</p>"""),
    Page("/nl/overons/charter.htm", "Ons dienstverleningscharter", key="complaints", crumbs=[("Over ons", "/nl/overons.htm")], body="""
<p>Dit mag u van ons verwachten:</p>
<ul><li>een vriendelijk onthaal, in het Nederlands, Frans of Duits;</li>
<li>legalisatie van de aan het loket afgegeven documenten binnen vijf werkdagen;</li>
<li>onmiddellijk bericht als een document niet gelegaliseerd kan worden;</li>
<li>als u ontevreden bent en ons een klacht bezorgt: een antwoord binnen tien werkdagen.</li></ul>
<p>We evalueren deze beloften elk jaar.</p>"""),
]

SITE = Site(
    name="deed-certification", theme="classic", colour="#37474f", root="splash",
    notes=__doc__,
    langs=[
        Lang("fr", "Office fédéral de Certification des Actes", "OFCA", "/fr/index.htm", fr_menu, fr_footer, fr_pages,
             passes("dl"), tagline="Légalisations et apostilles"),
        Lang("nl", "Federale Dienst voor Certificering van Akten", "FDCA", "/nl/index.htm", nl_menu, nl_footer, nl_pages,
             passes("dl"), tagline="Legalisaties en apostilles"),
    ],
    files={
        "/fr/documents/demande-legalisation.pdf": tiny_pdf(["OFCA - Demande de legalisation", "Nature du document :",
                                                            "Pays de destination :", "Nombre d'exemplaires :"]),
        "/nl/documenten/aanvraag-legalisatie.pdf": tiny_pdf(["FDCA - Aanvraag legalisatie", "Soort document:",
                                                             "Land van bestemming:", "Aantal exemplaren:"]),
    },
)
