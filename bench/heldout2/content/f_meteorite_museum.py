"""meteorite-museum: WordPress-like theme (new), FR home at `/`, NL under /nl/, EN under /en/.

The complaint page is linked only from the footer ("Plaintes" / "Klachten" / EN "Feedback"). FR and NL
offer a downloadable ODT complaint form. FR: scope by examples, answer "dans les meilleurs délais",
Federal Ombudsman for an unsatisfied complainant. NL (informal "je"): 20 working days and a reference
number, no definition, and the Federal Ombudsman appears only in a news item about his annual report.
EN: a reason and an e-mail address, plus the same annual-report news item.
"""

from bench.heldout.build_sites import Lang, Page, Site, passes
from bench.heldout2.build_sites import tiny_odt

FILES = {
    "/documents/formulaire-plainte.odt": tiny_odt([
        "Musée fédéral des météorites – Formulaire de plainte", "Nom :", "Adresse e-mail :", "Date de la visite :",
        "Votre plainte :", "À remettre à l’accueil ou à envoyer à plaintes@mfm-fmm.be"]),
    "/nl/documenten/klachtenformulier.odt": tiny_odt([
        "Federaal Meteorietenmuseum – Klachtenformulier", "Naam:", "E-mailadres:", "Datum van je bezoek:",
        "Je klacht:", "Af te geven aan het onthaal of te mailen naar klachten@mfm-fmm.be"]),
}

FR = Lang(
    "fr", "Musée fédéral des météorites", "MFM", "/",
    menu=[("Visiter", "/visiter/", [("Horaires et tarifs", "/visiter/horaires/")]), ("Collections", "/collections/", []),
          ("Actualités", "/actualites/", [])],
    footer=[("Le musée", [("Contact", "/contact/"), ("Plaintes", "/plaintes/"), ("Mentions légales", "/mentions/")])],
    tagline="Des pierres venues du ciel",
    labels=passes("ra df pr fm ak om"),
    pages=[
        Page("/", "Accueil", key="home", body="""
<p>Plus de 3 000 fragments de météorites, un planétarium et des ateliers pour les écoles.</p>
<p><a href="/visiter/">Préparer votre visite</a> · <a href="/actualites/">Actualités</a></p>"""),
        Page("/contact/", "Contact", key="contact", body="""
<p>Musée fédéral des météorites<br>Rue des Comètes 9<br>1180 Bruxelles<br>02 555 19 80<br>
<a href="mailto:info@mfm-fmm.be">info@mfm-fmm.be</a></p>
<p>Réservations de groupes : <a href="mailto:groupes@mfm-fmm.be">groupes@mfm-fmm.be</a></p>"""),
        Page("/plaintes/", "Plaintes", key="complaints", body="""
<p>Vous pouvez nous adresser une plainte lorsque vous êtes insatisfait de l’accueil, des services ou des
informations du musée, par exemple si un guide a manqué de courtoisie, si votre réservation de groupe a été
égarée ou si les horaires affichés sur notre site étaient inexacts.</p>
<p>Le musée est financé par tous : nous estimons vous devoir une explication lorsque nous vous avons déçu,
et chaque plainte est examinée en réunion d’équipe afin que l’erreur ne se reproduise pas.</p>
<h2>Comment faire ?</h2>
<p>Téléchargez le <a href="/documents/formulaire-plainte.odt">formulaire de plainte (ODT, 12 Ko)</a>,
complétez-le et remettez-le à l’accueil ou envoyez-le à <a href="mailto:plaintes@mfm-fmm.be">plaintes@mfm-fmm.be</a>.
Nous vous confirmons la bonne réception de votre plainte par un accusé de réception envoyé par e-mail. Le
responsable de l’accueil des publics l’examine ensuite et vous répond personnellement dans les meilleurs
délais.</p>
<p>Vous jugez notre réponse insatisfaisante ? Vous pouvez alors faire appel au
<a href="https://www.mediateurfederal.be">Médiateur fédéral</a>, qui examine gratuitement les plaintes
relatives aux administrations fédérales.</p>"""),
    ])

NL = Lang(
    "nl", "Federaal Meteorietenmuseum", "FMM", "/nl/",
    menu=[("Bezoeken", "/nl/bezoeken/", []), ("Collecties", "/nl/collecties/", []), ("Nieuws", "/nl/nieuws/", [])],
    footer=[("Het museum", [("Contact", "/nl/contact/"), ("Klachten", "/nl/klachten/")])],
    tagline="Stenen uit de hemel",
    labels=passes("ra pr dl fm ak nu"),
    pages=[
        Page("/nl/", "Home", key="home", body="""
<p>Meer dan 3 000 meteorietfragmenten, een planetarium en workshops voor scholen.</p>
<p><a href="/nl/nieuws/">Nieuws</a></p>"""),
        Page("/nl/contact/", "Contact", key="contact", body="""
<p>Federaal Meteorietenmuseum<br>Kometenstraat 9<br>1180 Brussel<br>02 555 19 80<br>
<a href="mailto:info@mfm-fmm.be">info@mfm-fmm.be</a></p>"""),
        Page("/nl/nieuws/", "Nieuws", key="news", body="""
<article><h2>Federale Ombudsman stelt jaarverslag voor</h2><p class="date">14/03/2026</p>
<p>De federale Ombudsman heeft zijn jaarverslag aan de Kamer van volksvertegenwoordigers voorgesteld. Vorig
jaar kreeg hij meer dan tienduizend klachten en informatievragen over federale overheidsdiensten. Het museum
leverde, net als de andere federale wetenschappelijke instellingen, cijfers aan over zijn publiekswerking.</p></article>
<article><h2>Nieuwe vitrine: de meteoriet van Tienen</h2><p>Vanaf april te zien in zaal 3.</p></article>"""),
        Page("/nl/klachten/", "Klachten", key="complaints", body="""
<p>Wij willen dat elk bezoek vlot verloopt. Daarom bespreken we iedere klacht in het team: zo leren we uit
onze fouten.</p>
<h2>Zo dien je een klacht in</h2>
<p>Download het <a href="/nl/documenten/klachtenformulier.odt">klachtenformulier (ODT)</a>, vul het in en
geef het af aan het onthaal of mail het naar <a href="mailto:klachten@mfm-fmm.be">klachten@mfm-fmm.be</a>.
Je krijgt een ontvangstbevestiging met een referentienummer. De verantwoordelijke publiekswerking onderzoekt
je klacht en antwoordt je binnen 20 werkdagen.</p>"""),
    ])

EN = Lang(
    "en", "Federal Meteorite Museum", "FMM", "/en/",
    menu=[("Visit", "/en/visit/", []), ("News", "/en/news/", [])],
    footer=[("The museum", [("Contact", "/en/contact/"), ("Feedback", "/en/feedback/")])],
    tagline="Stones from the sky",
    labels=passes("ra"),
    pages=[
        Page("/en/", "Home", key="home", body="""
<p>More than 3,000 meteorite fragments, a planetarium and workshops for schools.</p>
<p><a href="/en/news/">News</a></p>"""),
        Page("/en/contact/", "Contact", key="contact", body="""
<p>Federal Meteorite Museum<br>Rue des Comètes 9<br>1180 Brussels<br>+32 2 555 19 80<br>
<a href="mailto:info@mfm-fmm.be">info@mfm-fmm.be</a></p>"""),
        Page("/en/news/", "News", key="news", body="""
<article><h2>Federal Ombudsman publishes annual report</h2><p class="date">14/03/2026</p>
<p>The Federal Ombudsman has presented his annual report to the Chamber of Representatives. Last year he
received more than ten thousand complaints and requests for information about federal public services.</p></article>"""),
        Page("/en/feedback/", "Feedback", key="complaints", body="""
<p>Your comments, complaints included, help us improve the museum for every visitor, so we read each one
carefully.</p>
<p>For complaints, please write to <a href="mailto:info@mfm-fmm.be">info@mfm-fmm.be</a>.</p>"""),
    ])

SITE = Site("meteorite-museum", "wp", [FR, NL, EN], root="home:fr", files=FILES, colour="#37474f",
            notes="WordPress-like, FR home at /; complaint page only in the footer; ODT forms; "
                  "ombudsman annual-report news")
