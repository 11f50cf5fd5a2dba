"""Federal office for incoming international researchers (invented). FR NL EN, Drupal theme, "/" redirects
to /fr/. NO separate complaint page: the complaint information sits directly on the contact page. E-mail
only (no form). EN: only an e-mail line, "quote your file number" and an appeal sentence in another
section that is never contrasted with complaints (trap)."""

from bench.heldout.build_sites import Lang, Page, Site, passes

fr_menu = [
    ("Chercheurs", None, [("Permis unique chercheur", "/fr/chercheurs/permis-unique"), ("Visa de courte durée", "/fr/chercheurs/visa-court"),
                          ("Membres de la famille", "/fr/chercheurs/famille")]),
    ("Organismes de recherche", None, [("Agrément", "/fr/organismes/agrement"), ("Convention d'accueil", "/fr/organismes/convention")]),
    ("Publications", "/fr/publications", []),
    ("Contact", "/fr/contact", []),
]
fr_footer = [("OFACI", [("Contact", "/fr/contact"), ("Publications", "/fr/publications")]),
             ("Légal", [("Vie privée", "/fr/vie-privee"), ("Accessibilité", "/fr/accessibilite")])]
fr_pages = [
    Page("/fr/", "Accueil", key="home", body="""
<section class="hero"><h2>Venir faire de la recherche en Belgique</h2><p>L'Office délivre les autorisations de séjour des chercheurs non européens accueillis par un organisme de recherche agréé.</p></section>
<ul class="tiles"><li><a href="/fr/chercheurs/permis-unique">Demander un permis unique</a></li><li><a href="/fr/organismes/agrement">Faire agréer votre organisme</a></li></ul>"""),
    Page("/fr/contact", "Contact", key="contact", body="""
<div class="contact-block"><h2>Adresse</h2><p>Office fédéral d'Accueil des Chercheurs internationaux<br>Rue de la Science 12<br>1040 Bruxelles</p>
<h2>Helpdesk</h2><p>Tél. 02 555 90 90, du lundi au vendredi de 9 h à 12 h 30<br><a href="mailto:info@ofaci-fdoio.be">info@ofaci-fdoio.be</a></p>
<p>Pour le suivi d'une demande en cours, mentionnez votre numéro de dossier OFACI.</p></div>
<h2>Une plainte sur notre fonctionnement ?</h2>
<p>Adressez-la par écrit à <a href="mailto:plaintes@ofaci-fdoio.be">plaintes@ofaci-fdoio.be</a> ou par courrier, à l'attention du coordinateur des plaintes. Dans les 5 jours ouvrables, il vous adresse un accusé de réception qui mentionne la référence unique attribuée à votre plainte. Il recueille ensuite les explications du service concerné et vous fait parvenir une réponse dans un délai de 30 jours calendrier.</p>
<p><strong>Attention :</strong> une plainte n'a pas la valeur d'un recours. Si vous contestez un refus de visa ou de permis, seul un recours devant le Conseil du contentieux des étrangers peut aboutir à son annulation, dans le délai indiqué dans la décision. Votre plainte ne suspend pas ce délai.</p>
<p>Si vous restez insatisfait après notre réponse, le Médiateur fédéral peut intervenir gratuitement.</p>"""),
]

nl_menu = [
    ("Onderzoekers", None, [("Gecombineerde vergunning onderzoeker", "/nl/onderzoekers/gecombineerde-vergunning"),
                            ("Visum kort verblijf", "/nl/onderzoekers/visum-kort"), ("Gezinsleden", "/nl/onderzoekers/gezin")]),
    ("Onderzoeksinstellingen", None, [("Erkenning", "/nl/instellingen/erkenning"), ("Gastovereenkomst", "/nl/instellingen/gastovereenkomst")]),
    ("Publicaties", "/nl/publicaties", []),
    ("Contact", "/nl/contact", []),
]
nl_footer = [("FDOIO", [("Contact", "/nl/contact")]), ("Juridisch", [("Privacy", "/nl/privacy"), ("Toegankelijkheid", "/nl/toegankelijkheid")])]
nl_pages = [
    Page("/nl/", "Home", key="home", body="""
<section class="hero"><h2>Onderzoek doen in België</h2><p>De Dienst reikt de verblijfsvergunningen uit voor onderzoekers van buiten de EU die door een erkende onderzoeksinstelling worden onthaald.</p></section>"""),
    Page("/nl/contact", "Contact", key="contact", body="""
<div class="contact-block"><h2>Adres</h2><p>Federale Dienst Onthaal Internationale Onderzoekers<br>Wetenschapsstraat 12<br>1040 Brussel</p>
<h2>Helpdesk</h2><p>Tel. 02 555 90 91, maandag tot vrijdag van 9 tot 12.30 uur<br><a href="mailto:info@ofaci-fdoio.be">info@ofaci-fdoio.be</a></p></div>
<h2>Klacht over onze werking?</h2>
<p>Bezorg uw klacht schriftelijk aan de klachtencoördinator: per e-mail naar <a href="mailto:klachten@ofaci-fdoio.be">klachten@ofaci-fdoio.be</a> of per brief. U krijgt binnen 5 werkdagen een ontvangstbevestiging met het unieke referentienummer van uw klacht. De coördinator vraagt vervolgens uitleg aan de betrokken dienst en stuurt u uiterlijk 30 kalenderdagen na ontvangst een antwoord.</p>
<p><strong>Let op:</strong> een klacht geldt niet als beroep. Wilt u een weigering van een visum of vergunning aanvechten, dan kan dat alleen met een beroep bij de Raad voor Vreemdelingenbetwistingen, binnen de termijn vermeld in de beslissing. Een klacht schort die termijn niet op.</p>
<p>Blijft u na ons antwoord ontevreden, dan kan de federale Ombudsman kosteloos bemiddelen.</p>"""),
]

en_menu = [
    ("Researchers", None, [("Single permit for researchers", "/en/researchers/single-permit"), ("Family members", "/en/researchers/family")]),
    ("Research organisations", None, [("Approval", "/en/organisations/approval")]),
    ("Contact", "/en/contact", []),
]
en_footer = [("FOIR", [("Contact", "/en/contact")]), ("Legal", [("Privacy", "/en/privacy")])]
en_pages = [
    Page("/en/", "Home", key="home", body="""
<section class="hero"><h2>Doing research in Belgium</h2><p>The Office issues residence permits to non-EU researchers hosted by an approved research organisation.</p></section>"""),
    Page("/en/contact", "Contact", key="contact", body="""
<div class="contact-block"><h2>Address</h2><p>Federal Office for International Researchers<br>Rue de la Science 12<br>1040 Brussels</p>
<h2>Helpdesk</h2><p>Phone +32 2 555 90 92, Monday to Friday, 9 a.m. to 12.30 p.m.<br><a href="mailto:info@ofaci-fdoio.be">info@ofaci-fdoio.be</a></p>
<p>Please quote your file number in all correspondence. We aim to deal with every request promptly.</p></div>
<h2>Decisions</h2>
<p>A refusal of a visa or permit can be appealed before the Council for Alien Law Litigation within the time limit stated in the decision.</p>
<h2>Complaints</h2>
<p>Complaints about our service should be e-mailed to <a href="mailto:complaints@ofaci-fdoio.be">complaints@ofaci-fdoio.be</a>.</p>"""),
]

SITE = Site(
    name="researcher-office", theme="drupal", colour="#4b2e83", root="redirect:/fr/",
    notes=__doc__,
    langs=[
        Lang("fr", "Office fédéral d'Accueil des Chercheurs internationaux", "OFACI", "/fr/", fr_menu, fr_footer, fr_pages,
             passes("va pr dl ak nu om")),
        Lang("nl", "Federale Dienst Onthaal Internationale Onderzoekers", "FDOIO", "/nl/", nl_menu, nl_footer, nl_pages,
             passes("va pr dl ak nu om")),
        Lang("en", "Federal Office for International Researchers", "FOIR", "/en/", en_menu, en_footer, en_pages, passes("")),
    ],
)
