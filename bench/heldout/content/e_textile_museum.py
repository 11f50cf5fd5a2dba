"""Royal museum of textiles and lace (invented federal scientific institution). FR NL EN, modern theme;
the French home page is served at "/". The complaint page is linked ONLY from the footer ("Remarques et
plaintes"), never from the menu or the contact page. No decisions, so nothing on appeals. A tracking number
but no acknowledgement. EN: e-mail only, and the Federal Ombudsman is named only in the accessibility
paragraph (trap)."""

from bench.heldout.build_sites import Lang, Page, Site, passes


def _form(lang):
    t = {"fr": ("Nom", "E-mail", "Date de votre visite", "Votre message", "Envoyer"),
         "nl": ("Naam", "E-mail", "Datum van uw bezoek", "Uw bericht", "Versturen")}[lang]
    return (f'<form class="c-form c-form--feedback" action="/{lang}/remarques/envoyer" method="post">'
            f'<div class="c-field"><label for="f-n">{t[0]}</label><input id="f-n" name="name"></div>'
            f'<div class="c-field"><label for="f-m">{t[1]} *</label><input id="f-m" type="email" name="mail" required></div>'
            f'<div class="c-field"><label for="f-d">{t[2]}</label><input id="f-d" type="date" name="visit"></div>'
            f'<div class="c-field"><label for="f-t">{t[3]} *</label><textarea id="f-t" name="message" rows="7" required>'
            f'</textarea></div><button class="c-btn c-btn--primary">{t[4]}</button></form>')


fr_menu = [
    ("Visiter", None, [("Horaires et tarifs", "/fr/visiter/horaires"), ("Accessibilité du musée", "/fr/visiter/accessibilite"),
                       ("Visites guidées", "/fr/visiter/visites-guidees")]),
    ("Expositions", None, [("En ce moment", "/fr/expositions/en-cours"), ("Bientôt", "/fr/expositions/a-venir")]),
    ("Collections", "/fr/collections", []),
    ("Recherche", "/fr/recherche", []),
    ("Contact", "/fr/contact", []),
]
fr_footer = [("Le musée", [("Contact", "/fr/contact"), ("Presse", "/fr/presse"), ("Emplois", "/fr/emplois")]),
             ("Informations", [("Remarques et plaintes", "/fr/remarques-et-plaintes"), ("Vie privée", "/fr/vie-privee"),
                               ("Accessibilité du site", "/fr/accessibilite-site")])]
fr_pages = [
    Page("/", "Musée royal du Textile et de la Dentelle", key="home", body="""
<section class="c-hero"><h2>Fils d'hier, regards d'aujourd'hui</h2><p>Plus de 20 000 pièces, de la dentelle aux fibres techniques.</p>
<a class="c-btn" href="/fr/visiter/horaires">Préparer ma visite</a></section>
<section class="c-cards"><article class="c-card"><h3><a href="/fr/expositions/en-cours">Exposition « Points et nœuds »</a></h3><p>Jusqu'au 11 janvier 2027.</p></article>
<article class="c-card"><h3><a href="/fr/visiter/visites-guidees">Visites guidées du dimanche</a></h3><p>Chaque dimanche à 14 h.</p></article></section>"""),
    Page("/fr/contact", "Contact", key="contact", body="""
<p>Musée royal du Textile et de la Dentelle<br>Rue des Dentellières 5<br>1000 Bruxelles</p>
<p>Accueil : 02 555 32 32 – <a href="mailto:accueil@mrtd-kmtk.be">accueil@mrtd-kmtk.be</a></p>
<h2>Réservations de groupes</h2><p>Au moins trois semaines à l'avance, via <a href="mailto:groupes@mrtd-kmtk.be">groupes@mrtd-kmtk.be</a>.</p>
<h2>Heures d'ouverture</h2><p>Du mardi au dimanche, de 10 h à 17 h. Fermé le lundi.</p>"""),
    Page("/fr/remarques-et-plaintes", "Remarques et plaintes", key="complaints", body="""
<p>Votre visite ne s'est pas déroulée comme vous l'espériez ? Nous voulons le savoir. Chaque remarque est lue et discutée en réunion d'équipe, afin que le visiteur suivant soit mieux accueilli.</p>
<h2>Sur quoi pouvez-vous nous interpeller ?</h2>
<p>Vous pouvez nous faire part de votre mécontentement concernant :</p>
<ul><li>l'accueil et la billetterie ;</li><li>la propreté, la signalétique ou l'accessibilité des salles ;</li>
<li>les visites guidées et les ateliers ;</li><li>la boutique en ligne et les réservations ;</li>
<li>les réponses que vous avez reçues de nos services.</li></ul>
<h2>Comment faire ?</h2>
<p>Remplissez le formulaire ci-dessous, ou déposez une fiche « remarques » à l'accueil du musée.</p>
""" + _form("fr") + """
<h2>Que se passe-t-il ensuite ?</h2>
<p>Votre plainte est enregistrée sous un numéro de suivi unique, repris dans toute correspondance ultérieure. La responsable de l'accueil des publics l'examine avec le département concerné et vous répond par écrit au plus tard trente jours après sa réception.</p>
<h2>Toujours insatisfait ?</h2>
<p>Le musée est un établissement scientifique fédéral : vous pouvez donc vous adresser au Médiateur fédéral, qui traite gratuitement les réclamations visant les administrations fédérales (<a href="https://www.mediateurfederal.be">www.mediateurfederal.be</a>).</p>"""),
]

nl_menu = [
    ("Bezoeken", None, [("Openingsuren en tarieven", "/nl/bezoeken/openingsuren"), ("Toegankelijkheid van het museum", "/nl/bezoeken/toegankelijkheid"),
                        ("Rondleidingen", "/nl/bezoeken/rondleidingen")]),
    ("Tentoonstellingen", None, [("Nu te zien", "/nl/tentoonstellingen/nu"), ("Binnenkort", "/nl/tentoonstellingen/binnenkort")]),
    ("Collecties", "/nl/collecties", []),
    ("Onderzoek", "/nl/onderzoek", []),
    ("Contact", "/nl/contact", []),
]
nl_footer = [("Het museum", [("Contact", "/nl/contact"), ("Pers", "/nl/pers"), ("Vacatures", "/nl/vacatures")]),
             ("Informatie", [("Opmerkingen en klachten", "/nl/opmerkingen-en-klachten"), ("Privacy", "/nl/privacy"),
                             ("Toegankelijkheid van de website", "/nl/toegankelijkheid-website")])]
nl_pages = [
    Page("/nl/", "Koninklijk Museum voor Textiel en Kant", key="home", body="""
<section class="c-hero"><h2>Draden van toen, blikken van nu</h2><p>Meer dan 20 000 stukken, van kant tot technische vezels.</p></section>"""),
    Page("/nl/contact", "Contact", key="contact", body="""
<p>Koninklijk Museum voor Textiel en Kant<br>Kantwerkstersstraat 5<br>1000 Brussel</p>
<p>Onthaal: 02 555 32 33 – <a href="mailto:onthaal@mrtd-kmtk.be">onthaal@mrtd-kmtk.be</a></p>
<h2>Openingsuren</h2><p>Dinsdag tot zondag, van 10 tot 17 uur.</p>"""),
    Page("/nl/opmerkingen-en-klachten", "Opmerkingen en klachten", key="complaints", body="""
<p>Ging er iets mis tijdens uw bezoek? Laat het ons weten. We bespreken alle opmerkingen met het team, zodat volgende bezoekers beter ontvangen worden.</p>
<h2>Waarover kunt u klagen?</h2>
<p>U kunt bij ons terecht als u ontevreden bent over:</p>
<ul><li>het onthaal en de ticketverkoop;</li><li>de netheid, de bewegwijzering of de toegankelijkheid van de zalen;</li>
<li>rondleidingen en workshops;</li><li>de webshop en reservaties;</li><li>de antwoorden van onze diensten.</li></ul>
<h2>Hoe?</h2><p>Via het formulier hieronder, of met een opmerkingenkaart aan het onthaal.</p>
""" + _form("nl") + """
<h2>En dan?</h2>
<p>We registreren uw klacht onder een uniek opvolgingsnummer, dat u terugvindt in al onze briefwisseling. De verantwoordelijke publiekswerking onderzoekt ze samen met de betrokken afdeling en antwoordt u schriftelijk binnen 30 dagen.</p>
<h2>Nog steeds ontevreden?</h2>
<p>Als federale wetenschappelijke instelling valt het museum onder de bevoegdheid van de federale Ombudsman. U kunt daar gratis terecht (<a href="https://www.federaalombudsman.be">www.federaalombudsman.be</a>).</p>"""),
]

en_menu = [
    ("Visit", None, [("Opening hours and prices", "/en/visit/hours"), ("Guided tours", "/en/visit/tours")]),
    ("Exhibitions", "/en/exhibitions", []),
    ("Contact", "/en/contact", []),
]
en_footer = [("Museum", [("Contact", "/en/contact"), ("Press", "/en/press")]),
             ("Information", [("Feedback on your visit", "/en/feedback"), ("Privacy", "/en/privacy")])]
en_pages = [
    Page("/en/", "Royal Museum of Textiles and Lace", key="home", body="""
<section class="c-hero"><h2>Threads of the past, eyes of today</h2><p>Over 20,000 items, from lace to technical fibres.</p></section>"""),
    Page("/en/contact", "Contact", key="contact", body="""
<p>Royal Museum of Textiles and Lace<br>Rue des Dentellières 5<br>1000 Brussels</p>
<p>Front desk: +32 2 555 32 34 – <a href="mailto:visitors@mrtd-kmtk.be">visitors@mrtd-kmtk.be</a></p>
<p>Open Tuesday to Sunday, 10 a.m. to 5 p.m.</p>"""),
    Page("/en/feedback", "Feedback on your visit", key="complaints", body="""
<p>Your impressions help us make the museum a better place for every visitor.</p>
<p>Please send your comments or complaints by e-mail to <a href="mailto:visitors@mrtd-kmtk.be">visitors@mrtd-kmtk.be</a>, mentioning the date of your visit.</p>
<h2>Accessibility of this website</h2>
<p>We want this website to be usable by everyone. If you come across a barrier, tell us at <a href="mailto:web@mrtd-kmtk.be">web@mrtd-kmtk.be</a>. If you are not satisfied with our response to your accessibility report, you can contact the Federal Ombudsman.</p>"""),
]

SITE = Site(
    name="textile-museum", theme="modern", colour="#9b2d5c", root="home:fr",
    notes=__doc__,
    langs=[
        Lang("fr", "Musée royal du Textile et de la Dentelle", "MRTD", "/", fr_menu, fr_footer, fr_pages,
             passes("ra df pr dl fm nu om")),
        Lang("nl", "Koninklijk Museum voor Textiel en Kant", "KMTK", "/nl/", nl_menu, nl_footer, nl_pages,
             passes("ra df pr dl fm nu om")),
        Lang("en", "Royal Museum of Textiles and Lace", "RMTL", "/en/", en_menu, en_footer, en_pages, passes("ra")),
    ],
)
