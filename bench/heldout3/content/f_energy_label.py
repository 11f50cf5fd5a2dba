"""Energy label inspectorate: modern theme, / redirects to /nl/. NL: Contact > complaint page (informal
"je") with an online form; FR and EN: complaint information directly on the contact page. Traps: reporting a
shop or a manufacturer (report form, acknowledgement, reference number), FR e-mail only and the Federal
Ombudsman only in a news item about his annual report, EN e-mail only."""

from bench.heldout3.build_sites import Lang, Page, Site, passes

nl = Lang(
    code="nl", name="Federale Inspectie Energielabels", short="FIE", home="/nl/",
    tagline="Klopt het label op je toestel?",
    menu=[("Energielabels", "/nl/labels", []),
          ("Een bedrijf melden", "/nl/melden", []),
          ("Contact", "/nl/contact", [("Klacht over ons", "/nl/contact/klacht")])],
    footer=[("FIE", [("Privacy", "/nl/privacy")])],
    pages=[
        Page("/nl/", "Home", key="home", body="""<p>De FIE controleert of de energielabels op toestellen in de winkel
kloppen.</p><p><a href="/nl/melden">Een fout label gezien? Meld het bedrijf.</a></p>"""),
        Page("/nl/melden", "Een bedrijf melden", key="report", body="""<p>Zag je in een winkel of webshop een toestel
zonder label of met een verkeerd label? Vul het <a href="/nl/melden/formulier">meldingsformulier</a> in. Je krijgt
een ontvangstmelding met een referentienummer voor je melding. Onze inspecteurs controleren het bedrijf.</p>"""),
        Page("/nl/contact", "Contact", key="contact", body="""<p>Federale Inspectie Energielabels<br>
Wattstraat 12, 1000 Brussel<br>Tel. 02 505 64 30 · info@fie-labels.be</p>
<p>Ben je niet tevreden over hoe we je geholpen hebben? <a href="/nl/contact/klacht">Dien een klacht in</a>.</p>"""),
        Page("/nl/contact/klacht", "Klacht over ons", key="complaints", crumbs=[("Contact", "/nl/contact")], body="""
<details class="c-accordion" open><summary>Waarom een klachtenprocedure?</summary>
<p>Omdat we van onze fouten willen leren. Elke klacht wordt geanalyseerd, zodat we onze werking kunnen
verbeteren en dezelfde fout niet opnieuw maken.</p></details>
<details class="c-accordion"><summary>Wanneer is iets een klacht?</summary>
<p>Als je ontevreden bent over de FIE zelf: je kreeg geen antwoord, je werd onheus behandeld, je kreeg
verkeerde uitleg. Wil je een winkel of fabrikant melden, dan is dat geen klacht over ons: gebruik daarvoor
<a href="/nl/melden">Een bedrijf melden</a>.</p></details>
<details class="c-accordion"><summary>Hoe dien ik een klacht in?</summary>
<p>Via het <a href="/nl/contact/klacht/formulier">klachtenformulier</a>. Binnen 5 werkdagen krijg je een
ontvangstbevestiging met het unieke nummer van je klacht. De klachtencoördinator zoekt uit wat er gebeurd is en
bezorgt je binnen 30 werkdagen een antwoord.</p></details>
<details class="c-accordion"><summary>En als ik niet tevreden ben met het antwoord?</summary>
<p>Dan kun je terecht bij de federale Ombudsman, Leuvenseweg 48 bus 6, 1000 Brussel.</p></details>"""),
        Page("/nl/contact/klacht/formulier", "Klachtenformulier", key="form",
             crumbs=[("Contact", "/nl/contact"), ("Klacht over ons", "/nl/contact/klacht")], body="""
<form class="c-form" method="post" action="/nl/contact/klacht/formulier"><label for="n">Naam</label>
<input id="n" name="naam"><label for="k">Wat is er misgelopen?</label><textarea id="k" name="klacht" rows="8"></textarea>
<label for="m">E-mail</label><input id="m" type="email" name="mail"><button class="c-btn">Verstuur je klacht</button></form>"""),
    ],
    labels=passes("ra df pr dl fm ak nu om"),
)

fr = Lang(
    code="fr", name="Inspection fédérale des étiquettes énergétiques", short="IFE", home="/fr/",
    tagline="L’étiquette de votre appareil est-elle exacte ?",
    menu=[("Étiquettes", "/fr/etiquettes", []), ("Signaler une entreprise", "/fr/signaler", []),
          ("Actualités", "/fr/actualites", []), ("Contact", "/fr/contact", [])],
    footer=[("IFE", [("Vie privée", "/fr/vie-privee")])],
    pages=[
        Page("/fr/", "Accueil", key="home", body="""<p>L’IFE vérifie l’exactitude des étiquettes énergétiques dans
les magasins.</p><p><a href="/fr/actualites/rapport-mediateur-2025">Le Médiateur fédéral publie son rapport
annuel</a></p>"""),
        Page("/fr/actualites/rapport-mediateur-2025", "Le Médiateur fédéral publie son rapport annuel 2025",
             key="news", date="24/04/2026", body="""<p>Le Médiateur fédéral a présenté son rapport annuel à la Chambre.
L’IFE y est citée parmi les services ayant réduit leurs délais de réponse. Le rapport complet est disponible sur
le site du Médiateur.</p>"""),
        Page("/fr/signaler", "Signaler une entreprise", key="report", body="""<p>Un magasin affiche une étiquette
erronée ? Utilisez le <a href="/fr/signaler/formulaire">formulaire de signalement</a>. Vous recevrez un accusé de
réception et le numéro d’enquête attribué à votre signalement.</p>"""),
        Page("/fr/contact", "Contact", key="contact", body="""<p>Inspection fédérale des étiquettes énergétiques<br>
Rue Watt 12, 1000 Bruxelles<br>Tél. 02 505 64 31 · info@ife-etiquettes.be</p>
<h2>Une plainte ?</h2>
<p>Par « plainte », nous entendons toute insatisfaction concernant notre propre fonctionnement : absence de
réponse, erreur dans un courrier, attitude d’un inspecteur. Le signalement d’un commerçant n’est pas une plainte
(voir <a href="/fr/signaler">Signaler une entreprise</a>).</p>
<p>Envoyez votre plainte par e-mail à plaintes@ife-etiquettes.be. Elle reçoit un numéro d’enregistrement unique,
communiqué dans l’accusé de réception que vous recevez sous 5 jours ouvrables. Le coordinateur des plaintes
l’examine et vous répond dans les 30 jours ouvrables.</p>"""),
    ],
    labels=passes("df pr dl ak nu"),
)

en = Lang(
    code="en", name="Federal Energy Label Inspectorate", short="FELI", home="/en/",
    tagline="Is your appliance’s label right?",
    menu=[("Energy labels", "/en/labels", []), ("Report a company", "/en/report", []), ("Contact", "/en/contact", [])],
    footer=[("FELI", [("Privacy", "/en/privacy")])],
    pages=[
        Page("/en/", "Home", key="home", body="<p>FELI checks the energy labels shown in shops.</p>"),
        Page("/en/report", "Report a company", key="report", body="""<p>Seen an appliance with a wrong label? Fill in
the <a href="/en/report/form">report form</a>. We acknowledge every report within 5 working days and give it a
reference number. Our inspectors will then check the shop or manufacturer concerned.</p>"""),
        Page("/en/contact", "Contact", key="contact", body="""<p>Federal Energy Label Inspectorate<br>
Rue Watt 12, 1000 Brussels<br>Phone +32 2 505 64 32</p>
<p>Complaints about our service: complaints@feli-labels.be.</p>
<p>If you are not satisfied with the way we dealt with your complaint, you may contact the Federal Ombudsman
(www.federalombudsman.be).</p>"""),
    ],
    labels=passes("om"),
)

SITE = Site(name="energy-label-inspectorate", theme="modern", langs=[nl, fr, en], root="redirect:/nl/",
            colour="#f9a825", notes=__doc__)
