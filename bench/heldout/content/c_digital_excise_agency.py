"""Federal agency for digital excise duties (invented). FR NL EN, modern theme, "/" redirects by
Accept-Language. Tax traps: a prominent "réclamation" / "bezwaar" / "objection" section (the tax appeal,
with its own deadlines, acknowledgement, form and file number). The service-complaint page sits under
Contact; complaints by e-mail only. FR: the tax conciliation service as "next step" (not the second line).
The contact pages carry a general question form (not a complaint form)."""

from bench.heldout.build_sites import Lang, Page, Site, passes, tiny_pdf

fr_menu = [
    ("Entreprises", None, [("S'enregistrer comme redevable", "/fr/entreprises/enregistrement"),
                           ("Déclarer et payer", "/fr/entreprises/declarer-payer"),
                           ("Taux d'accise", "/fr/entreprises/taux")]),
    ("Contester une taxation", None, [("Introduire une réclamation", "/fr/contester/reclamation"),
                                      ("Service de conciliation fiscale", "/fr/contester/conciliation"),
                                      ("Procédure judiciaire", "/fr/contester/tribunal")]),
    ("Actualités", "/fr/actualites", []),
    ("Contact", None, [("Nous contacter", "/fr/contact"), ("Plainte concernant notre service", "/fr/contact/plainte-service")]),
]
fr_footer = [("Agence", [("Qui sommes-nous ?", "/fr/agence"), ("Emplois", "/fr/emplois"), ("Contact", "/fr/contact")]),
             ("Ce site", [("Accessibilité", "/fr/accessibilite"), ("Vie privée", "/fr/vie-privee"),
                          ("Conditions d'utilisation", "/fr/conditions")])]
fr_pages = [
    Page("/fr/", "Accueil", key="home", body="""
<section class="c-hero"><h2>Accises sur les services numériques</h2><p>L'Agence perçoit les accises dues sur les abonnements de diffusion en continu et les jeux en ligne.</p>
<a class="c-btn" href="/fr/entreprises/declarer-payer">Déclarer et payer</a></section>
<section class="c-cards"><div class="c-card"><h3><a href="/fr/contester/reclamation">Vous contestez une taxation ?</a></h3><p>Introduisez une réclamation dans le délai légal.</p></div>
<div class="c-card"><h3><a href="/fr/entreprises/taux">Taux 2026</a></h3><p>Les taux applicables au 1er janvier 2026.</p></div></section>"""),
    Page("/fr/contact", "Nous contacter", key="contact", body="""
<div class="c-contact"><p><strong>Agence fédérale des Accises numériques</strong><br>Avenue des Arts 88<br>1040 Bruxelles</p>
<p>Centre d'appel : 02 555 88 00 – du lundi au vendredi de 8 h 30 à 16 h 30</p></div>
<h2>Poser une question</h2>
<form class="c-form" action="/fr/contact/question" method="post"><label for="q-nom">Nom</label><input id="q-nom" name="nom">
<label for="q-tva">Numéro d'entreprise</label><input id="q-tva" name="bce">
<label for="q-txt">Votre question</label><textarea id="q-txt" name="question" rows="6"></textarea><button>Envoyer</button></form>
<p>Vous n'êtes pas satisfait de la manière dont nous vous avons servi ? Voir <a href="/fr/contact/plainte-service">Plainte concernant notre service</a>.</p>"""),
    Page("/fr/contact/plainte-service", "Plainte concernant notre service", key="complaints",
         crumbs=[("Contact", "/fr/contact")], body="""
<h2>Qu'entend-on par « plainte » ?</h2>
<p>Pour l'Agence, une plainte est une critique portant sur la façon dont nous avons travaillé : un dossier resté sans suite, une erreur de traitement, une communication peu claire ou un comportement inapproprié d'un collaborateur.</p>
<h2>Réclamation et plainte : ne les confondez pas</h2>
<p>Vous contestez le montant d'une accise ou d'une amende administrative ? Il s'agit alors d'une réclamation, c'est-à-dire d'un recours administratif soumis à des conditions et à un délai stricts (voir <a href="/fr/contester/reclamation">Introduire une réclamation</a>). Une plainte ne peut pas remplacer cette réclamation et n'a aucune incidence sur son délai.</p>
<h2>Comment introduire une plainte ?</h2>
<p>Envoyez un e-mail à <a href="mailto:plainte.service@afan-fada.be">plainte.service@afan-fada.be</a> en décrivant les faits, leur date et, si vous les connaissez, les personnes concernées.</p>
<p>Votre plainte est inscrite dans notre registre sous un numéro propre, qui figurera sur notre réponse. Le service Qualité interroge le service concerné, puis vous répond par écrit dans les 30 jours calendrier.</p>
<h2>Vous n'êtes pas satisfait de la réponse ?</h2>
<p>Si votre plainte porte sur une taxation, vous pouvez demander l'intervention du <a href="/fr/contester/conciliation">Service de conciliation fiscale</a>.</p>"""),
    Page("/fr/contester/reclamation", "Introduire une réclamation", key="appeal",
         crumbs=[("Contester une taxation", "/fr/contester/reclamation")], body="""
<p>Vous estimez que l'accise établie à votre charge est incorrecte ? Vous pouvez introduire une réclamation auprès du directeur régional compétent.</p>
<h2>Délai</h2><p>La réclamation doit être introduite dans les six mois à compter de la date d'envoi de l'avis de taxation.</p>
<h2>Forme</h2><p>La réclamation est écrite, signée et motivée. Vous pouvez utiliser le <a href="/fr/documents/formulaire-reclamation.pdf">formulaire de réclamation (PDF)</a>. Mentionnez le numéro de dossier repris sur l'avis de taxation.</p>
<h2>Traitement</h2><p>Vous recevez un accusé de réception. Le directeur régional statue dans un délai de six mois ; à défaut, vous pouvez saisir le tribunal de première instance.</p>"""),
    Page("/fr/actualites", "Actualités", key="news", body="""
<article><h2>Nouveau module de déclaration</h2><p><time>05/09/2026</time> Le module en ligne accepte désormais les fichiers CSV.</p></article>"""),
]

nl_menu = [
    ("Ondernemingen", None, [("Registratie als belastingplichtige", "/nl/ondernemingen/registratie"),
                             ("Aangeven en betalen", "/nl/ondernemingen/aangeven-betalen"),
                             ("Accijnstarieven", "/nl/ondernemingen/tarieven")]),
    ("Een aanslag betwisten", None, [("Bezwaar indienen", "/nl/betwisten/bezwaar"),
                                     ("Fiscale bemiddelingsdienst", "/nl/betwisten/bemiddeling"),
                                     ("Gerechtelijke procedure", "/nl/betwisten/rechtbank")]),
    ("Nieuws", "/nl/nieuws", []),
    ("Contact", None, [("Contacteer ons", "/nl/contact"), ("Klacht over onze dienstverlening", "/nl/contact/klacht")]),
]
nl_footer = [("Agentschap", [("Wie zijn we?", "/nl/agentschap"), ("Vacatures", "/nl/vacatures"), ("Contact", "/nl/contact")]),
             ("Deze site", [("Toegankelijkheid", "/nl/toegankelijkheid"), ("Privacy", "/nl/privacy")])]
nl_pages = [
    Page("/nl/", "Home", key="home", body="""
<section class="c-hero"><h2>Accijnzen op digitale diensten</h2><p>Het Agentschap int de accijnzen op streamingabonnementen en onlinegames.</p></section>
<section class="c-cards"><div class="c-card"><h3><a href="/nl/betwisten/bezwaar">Niet akkoord met een aanslag?</a></h3><p>Dien tijdig bezwaar in.</p></div></section>"""),
    Page("/nl/contact", "Contacteer ons", key="contact", body="""
<p><strong>Federaal Agentschap voor Digitale Accijnzen</strong><br>Kunstlaan 88<br>1040 Brussel</p>
<p>Callcenter: 02 555 88 01 – maandag tot vrijdag van 8.30 tot 16.30 uur</p>
<h2>Een vraag stellen</h2>
<form class="c-form" action="/nl/contact/vraag" method="post"><label for="v-naam">Naam</label><input id="v-naam" name="naam">
<label for="v-txt">Je vraag</label><textarea id="v-txt" name="vraag" rows="6"></textarea><button>Versturen</button></form>
<p>Ontevreden over onze aanpak? Lees <a href="/nl/contact/klacht">Klacht over onze dienstverlening</a>.</p>"""),
    Page("/nl/contact/klacht", "Klacht over onze dienstverlening", key="complaints", crumbs=[("Contact", "/nl/contact")], body="""
<h2>Wat is een klacht?</h2>
<p>Met een klacht laat je ons weten dat je niet tevreden bent over de manier waarop het Agentschap je dossier heeft behandeld, bijvoorbeeld omdat je lang op een antwoord moest wachten of omdat een medewerker je onheus behandelde.</p>
<h2>Klacht of bezwaar?</h2>
<p>Wil je het bedrag van een accijns of een boete betwisten, dan dien je een bezwaarschrift in (zie <a href="/nl/betwisten/bezwaar">Bezwaar indienen</a>). Dat is een administratief beroep met eigen voorwaarden en termijnen. Een klacht is dat niet: ze kan een bezwaar niet vervangen en verlengt de bezwaartermijn niet.</p>
<h2>Een klacht indienen</h2>
<p>Mail je klacht naar <a href="mailto:klacht.dienst@afan-fada.be">klacht.dienst@afan-fada.be</a>. Vermeld je dossiernummer als je er een hebt.</p>"""),
    Page("/nl/betwisten/bezwaar", "Bezwaar indienen", key="appeal", crumbs=[("Een aanslag betwisten", "/nl/betwisten/bezwaar")], body="""
<p>Ben je het niet eens met de accijns die je werd aangerekend? Dan kan je een bezwaarschrift indienen bij de bevoegde gewestelijke directeur.</p>
<h2>Termijn</h2><p>Je hebt zes maanden vanaf de verzendingsdatum van het aanslagbiljet.</p>
<h2>Hoe?</h2><p>Schriftelijk, ondertekend en gemotiveerd. Gebruik bij voorkeur het <a href="/nl/documenten/bezwaarschrift.pdf">formulier bezwaarschrift (pdf)</a> en vermeld het dossiernummer.</p>
<h2>Wat daarna?</h2><p>Je ontvangt een ontvangstbewijs. De gewestelijke directeur beslist binnen zes maanden.</p>"""),
    Page("/nl/nieuws", "Nieuws", key="news", body="""<article><h2>Nieuwe aangiftemodule</h2><p>De onlinemodule aanvaardt voortaan CSV-bestanden.</p></article>"""),
]

en_menu = [
    ("Businesses", None, [("Registering", "/en/businesses/registering"), ("Filing and paying", "/en/businesses/filing")]),
    ("Disputes", None, [("Lodging an objection", "/en/disputes/objection")]),
    ("Contact", None, [("Contact us", "/en/contact"), ("Complaints", "/en/contact/complaints")]),
]
en_footer = [("Agency", [("About us", "/en/about"), ("Contact", "/en/contact")]),
             ("This site", [("Accessibility", "/en/accessibility"), ("Privacy", "/en/privacy")])]
en_pages = [
    Page("/en/", "Home", key="home", body="""
<section class="c-hero"><h2>Excise duties on digital services</h2><p>The Agency collects excise duties on streaming subscriptions and online games.</p></section>"""),
    Page("/en/contact", "Contact us", key="contact", body="""
<p>Federal Agency for Digital Excise Duties<br>Avenue des Arts 88<br>1040 Brussels</p>
<p>Call centre: +32 2 555 88 02 (Monday to Friday, 8.30 a.m. to 4.30 p.m.)</p>
<p>See also: <a href="/en/contact/complaints">Complaints</a>.</p>"""),
    Page("/en/contact/complaints", "Complaints", key="complaints", crumbs=[("Contact", "/en/contact")], body="""
<p>Complaints about our service can be sent by e-mail to <a href="mailto:service.complaint@afan-fada.be">service.complaint@afan-fada.be</a>, in English, French or Dutch.</p>
<p>If you feel that your complaint has not been properly dealt with by the Agency, you may refer the matter to the Federal Ombudsman, who acts independently of the administration (<a href="https://www.federalombudsman.be">www.federalombudsman.be</a>).</p>"""),
    Page("/en/disputes/objection", "Lodging an objection", key="appeal", crumbs=[("Disputes", "/en/disputes/objection")], body="""
<p>If you disagree with the excise duty charged to you, you may lodge an objection with the competent regional director within six months of the date on which the assessment notice was sent.</p>
<p>Your objection must be in writing, signed and reasoned. You will receive an acknowledgement of receipt, and the regional director will take a decision within six months. Please quote the file number shown on the assessment notice.</p>"""),
]

SITE = Site(
    name="digital-excise-agency", theme="modern", colour="#8a5a00", root="lang_redirect",
    notes=__doc__,
    langs=[
        Lang("fr", "Agence fédérale des Accises numériques", "AFAN", "/fr/", fr_menu, fr_footer, fr_pages,
             passes("va df pr dl nu")),
        Lang("nl", "Federaal Agentschap voor Digitale Accijnzen", "FADA", "/nl/", nl_menu, nl_footer, nl_pages,
             passes("va df")),
        Lang("en", "Federal Agency for Digital Excise Duties", "FADED", "/en/", en_menu, en_footer, en_pages,
             passes("om")),
    ],
    files={
        "/fr/documents/formulaire-reclamation.pdf": tiny_pdf(["AFAN - Reclamation contre une taxation",
                                                              "Numero de dossier :", "Motifs :", "Signature :"]),
        "/nl/documenten/bezwaarschrift.pdf": tiny_pdf(["FADA - Bezwaarschrift", "Dossiernummer:", "Motieven:",
                                                       "Handtekening:"]),
    },
)
