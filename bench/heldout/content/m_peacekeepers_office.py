"""Federal office for former UN peacekeepers (invented). FR NL, modern theme, "/" redirects to /nl/.
Complaint page under Contact. FR: the online form lives in the "e-guichet" (linked), "quote your service
and file numbers" (trap), a "reasonable time" only, no definition. NL (informal "je"): e-mail or phone
only, an answer in twenty working days, no word on decisions/appeals."""

from bench.heldout.build_sites import Lang, Page, Site, passes

fr_menu = [
    ("Vos droits", None, [("Indemnité de mission", "/fr/droits/indemnite"), ("Soins et accompagnement", "/fr/droits/soins"),
                          ("Reconnaissance", "/fr/droits/reconnaissance")]),
    ("E-guichet", "/fr/e-guichet", [("Mon dossier", "/fr/e-guichet/dossier"), ("Introduire une plainte en ligne", "/fr/e-guichet/plainte")]),
    ("Mémoire", "/fr/memoire", []),
    ("Contact", None, [("Nous joindre", "/fr/contact"), ("Vous avez une plainte ?", "/fr/contact/plainte")]),
]
fr_footer = [("Office", [("Nous joindre", "/fr/contact"), ("E-guichet", "/fr/e-guichet")]), ("Légal", [("Vie privée", "/fr/vie-privee")])]
fr_pages = [
    Page("/fr/", "Accueil", key="home", body="""
<section class="c-hero"><h2>Au service de celles et ceux qui ont servi la paix</h2><p>L'Office accompagne les anciens membres belges des opérations de maintien de la paix et leurs proches.</p></section>"""),
    Page("/fr/contact", "Nous joindre", key="contact", body="""
<p>Office fédéral des Anciens Casques bleus<br>Quartier Reine Élisabeth, bâtiment 4<br>Rue d'Evere 1, 1140 Bruxelles</p>
<p>Permanence : 02 555 12 12, du lundi au vendredi de 8 h 30 à 15 h 30</p>
<p><a href="/fr/contact/plainte">Vous avez une plainte ?</a></p>"""),
    Page("/fr/contact/plainte", "Vous avez une plainte ?", key="complaints", crumbs=[("Contact", "/fr/contact")], body="""
<p>Les anciens militaires engagés dans des opérations de paix ont droit à un service irréprochable. Lorsque nous commettons une erreur, nous voulons en tirer les leçons pour ne pas la répéter.</p>
<h2>Vous voulez contester une décision ?</h2>
<p>Vous n'êtes pas d'accord avec l'octroi, le refus ou le montant de votre indemnité ? Ce n'est pas une plainte : introduisez un recours auprès de la commission d'appel dans les soixante jours de la notification. Une plainte ne prolonge pas ce délai.</p>
<h2>Comment nous faire part de votre plainte ?</h2>
<p>Via l'<a href="/fr/e-guichet/plainte">e-guichet des anciens casques bleus</a> ou par courrier à l'adresse de l'Office. Indiquez toujours votre numéro de matricule et votre numéro de dossier.</p>
<h2>Après l'envoi</h2>
<p>Nous vous envoyons un accusé de réception. Un collaborateur du service Qualité reprend ensuite contact avec vous, examine la situation avec le service concerné et vous répond dans un délai raisonnable.</p>
<h2>Toujours pas satisfait ?</h2>
<p>Le Médiateur fédéral peut examiner votre dossier en toute indépendance (<a href="https://www.mediateurfederal.be">www.mediateurfederal.be</a>, 0800 99 961).</p>"""),
    Page("/fr/e-guichet/plainte", "E-guichet – Introduire une plainte", key="form", crumbs=[("E-guichet", "/fr/e-guichet")], body="""
<form class="c-form" action="/fr/e-guichet/plainte/envoyer" method="post">
<div class="c-field"><label for="m-mat">Numéro de matricule</label><input id="m-mat" name="matricule"></div>
<div class="c-field"><label for="m-n">Nom et prénom *</label><input id="m-n" name="name" required></div>
<div class="c-field"><label for="m-m">E-mail *</label><input id="m-m" type="email" name="mail" required></div>
<div class="c-field"><label for="m-t">Votre plainte *</label><textarea id="m-t" name="complaint" rows="8" required></textarea></div>
<p>Les champs marqués d'un astérisque sont obligatoires.</p><button class="c-btn c-btn--primary">Envoyer</button></form>"""),
]

nl_menu = [
    ("Je rechten", None, [("Missievergoeding", "/nl/rechten/vergoeding"), ("Zorg en begeleiding", "/nl/rechten/zorg"),
                          ("Erkenning", "/nl/rechten/erkenning")]),
    ("E-loket", "/nl/e-loket", [("Mijn dossier", "/nl/e-loket/dossier")]),
    ("Herinnering", "/nl/herinnering", []),
    ("Contact", None, [("Contact", "/nl/contact"), ("Klacht? Laat het ons weten", "/nl/contact/klacht")]),
]
nl_footer = [("Dienst", [("Contact", "/nl/contact"), ("E-loket", "/nl/e-loket")]), ("Juridisch", [("Privacy", "/nl/privacy")])]
nl_pages = [
    Page("/nl/", "Home", key="home", body="""
<section class="c-hero"><h2>Ten dienste van wie de vrede diende</h2><p>De Dienst begeleidt de voormalige Belgische deelnemers aan vredesoperaties en hun naasten.</p></section>"""),
    Page("/nl/contact", "Contact", key="contact", body="""
<p>Federale Dienst voor Oud-Blauwhelmen<br>Kwartier Koningin Elisabeth, gebouw 4<br>Eversestraat 1, 1140 Brussel</p>
<p>Permanentie: 02 555 12 13, maandag tot vrijdag van 8.30 tot 15.30 uur</p>
<p><a href="/nl/contact/klacht">Klacht? Laat het ons weten</a></p>"""),
    Page("/nl/contact/klacht", "Klacht? Laat het ons weten", key="complaints", crumbs=[("Contact", "/nl/contact")], body="""
<p>Wie voor de vrede op missie ging, verdient een dienst die klopt. Als we een fout maken, willen we daaruit leren.</p>
<h2>Wat is een klacht?</h2>
<p>Je hebt een klacht als je vindt dat we je dossier niet goed hebben opgevolgd, als je te lang op een antwoord hebt moeten wachten of als je niet correct bent behandeld.</p>
<h2>Hoe?</h2>
<p>Stuur een e-mail naar <a href="mailto:klachten@ofacb-fdob.be">klachten@ofacb-fdob.be</a> of bel ons op 02 555 12 13. Vermeld je stamnummer en je dossiernummer.</p>
<h2>Wat daarna?</h2>
<p>Je krijgt een ontvangstbevestiging. Binnen twintig werkdagen krijg je een antwoord van de dienst Kwaliteit, die je klacht intussen met de betrokken dienst heeft bekeken.</p>
<h2>Nog altijd niet tevreden?</h2>
<p>Dan kan je aankloppen bij de federale Ombudsman, die volledig onafhankelijk werkt.</p>"""),
]

SITE = Site(
    name="peacekeepers-office", theme="modern", colour="#4a6fa5", root="redirect:/nl/",
    notes=__doc__,
    langs=[
        Lang("fr", "Office fédéral des Anciens Casques bleus", "OFACB", "/fr/", fr_menu, fr_footer, fr_pages,
             passes("va ra pr fm ak om")),
        Lang("nl", "Federale Dienst voor Oud-Blauwhelmen", "FDOB", "/nl/", nl_menu, nl_footer, nl_pages,
             passes("ra df pr dl ak om")),
    ],
)
