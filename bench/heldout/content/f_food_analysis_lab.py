"""Federal food analysis laboratory (invented). FR NL, modern theme, splash page. Complaint page under
Contact ("Pas satisfait de notre service ?"), steps and deadlines in a TABLE, downloadable DOCX/PDF form.
Traps: a prominent "Signaler un produit suspect / Plaintes consommateurs" page about complaints against
shops (third parties); counter-analysis of a result as the appeal route. No rationale. NL points to the
ombudsman.be portal instead of naming the Federal Ombudsman."""

from bench.heldout.build_sites import Lang, Page, Site, passes, tiny_pdf

fr_menu = [
    ("Analyses", None, [("Catalogue des analyses", "/fr/analyses/catalogue"), ("Envoyer un échantillon", "/fr/analyses/echantillons"),
                        ("Tarifs 2026", "/fr/analyses/tarifs")]),
    ("Consommateurs", None, [("Signaler un produit suspect", "/fr/consommateurs/signaler"),
                             ("Allergènes : ce qu'il faut savoir", "/fr/consommateurs/allergenes")]),
    ("Le laboratoire", "/fr/laboratoire", [("Accréditations", "/fr/laboratoire/accreditations"), ("Publications", "/fr/laboratoire/publications")]),
    ("Contact", None, [("Nous joindre", "/fr/contact"), ("Pas satisfait de notre service ?", "/fr/contact/insatisfaction")]),
]
fr_footer = [("Laboratoire", [("Nous joindre", "/fr/contact"), ("Accréditations", "/fr/laboratoire/accreditations")]),
             ("Site", [("Vie privée", "/fr/vie-privee"), ("Accessibilité", "/fr/accessibilite")])]
fr_pages = [
    Page("/fr/", "Accueil", key="home", body="""
<section class="c-hero"><h2>Des analyses fiables au service de la sécurité alimentaire</h2><p>Le Laboratoire réalise les analyses officielles de denrées alimentaires pour les autorités de contrôle, les entreprises et les particuliers.</p></section>
<section class="c-cards"><article class="c-card"><h3><a href="/fr/consommateurs/signaler">Plaintes consommateurs</a></h3><p>Un aliment vous semble suspect ? Signalez-le.</p></article>
<article class="c-card"><h3><a href="/fr/analyses/echantillons">Envoyer un échantillon</a></h3><p>Conditions d'emballage et de transport.</p></article></section>"""),
    Page("/fr/consommateurs/signaler", "Signaler un produit suspect", crumbs=[("Consommateurs", "/fr/consommateurs/signaler")], body="""
<p>Vous avez acheté un aliment qui vous semble avarié, contaminé ou mal étiqueté ? Le Laboratoire ne reçoit pas directement les plaintes des consommateurs contre les commerces : adressez votre plainte au point de contact des consommateurs de l'autorité de contrôle de la chaîne alimentaire, qui pourra faire prélever un échantillon.</p>
<p>Conservez l'emballage et le ticket de caisse. Les plaintes sont traitées dans les dix jours ouvrables par l'autorité de contrôle.</p>"""),
    Page("/fr/contact", "Nous joindre", key="contact", body="""
<p>Laboratoire fédéral d'Analyse des Denrées<br>Rue de l'Éprouvette 40<br>1050 Bruxelles</p>
<p>Réception des échantillons : du lundi au jeudi, de 8 h à 15 h<br>Tél. 02 555 70 70 – <a href="mailto:labo@lfad-flva.be">labo@lfad-flva.be</a></p>
<p><a href="/fr/contact/insatisfaction">Pas satisfait de notre service ?</a></p>"""),
    Page("/fr/contact/insatisfaction", "Pas satisfait de notre service ?", key="complaints", crumbs=[("Contact", "/fr/contact")], body="""
<h2>Ce qui relève de cette page</h2>
<p>Une plainte, au sens de cette procédure, est une réaction par laquelle un client du Laboratoire – entreprise, autorité de contrôle ou particulier – nous reproche la manière dont une demande d'analyse a été traitée : retard dans la remise du rapport, échantillon égaré, facture erronée, manque de courtoisie.</p>
<h2>Ce qui n'en relève pas</h2>
<p>Un produit acheté en magasin vous paraît dangereux ou mal étiqueté ? Il ne s'agit pas d'une plainte contre le Laboratoire : voir <a href="/fr/consommateurs/signaler">Signaler un produit suspect</a>.</p>
<h2>Un résultat d'analyse vous paraît erroné ?</h2>
<p>La procédure de plainte ne permet pas de remettre en cause un résultat d'analyse officiel, ni la décision qu'une autorité a prise sur cette base. Pour cela, la réglementation prévoit une contre-expertise, à demander dans le délai indiqué sur le rapport, et, le cas échéant, un recours contre la décision de l'autorité. Le dépôt d'une plainte ne prolonge aucun de ces délais.</p>
<h2>Introduire une plainte</h2>
<p>Téléchargez le formulaire de plainte (<a href="/fr/documents/lfad-plainte.docx">DOCX, 30 Ko</a> – <a href="/fr/documents/lfad-plainte.pdf">PDF, 60 Ko</a>) et renvoyez-le complété à <a href="mailto:qualite@lfad-flva.be">qualite@lfad-flva.be</a> ou par la poste.</p>
<h2>Traitement</h2>
<table class="c-table"><thead><tr><th>Étape</th><th>Délai</th></tr></thead><tbody>
<tr><td>Enregistrement de la plainte et attribution d'un numéro de plainte unique</td><td>dès réception</td></tr>
<tr><td>Accusé de réception envoyé au plaignant</td><td>3 jours ouvrables</td></tr>
<tr><td>Enquête interne menée par le responsable qualité</td><td>–</td></tr>
<tr><td>Réponse écrite et motivée</td><td>20 jours ouvrables</td></tr></tbody></table>
<h2>Et ensuite ?</h2>
<p>Si la réponse ne vous satisfait pas, le Médiateur fédéral peut être saisi gratuitement (<a href="https://www.mediateurfederal.be">www.mediateurfederal.be</a>).</p>"""),
]

nl_menu = [
    ("Analyses", None, [("Analysecatalogus", "/nl/analyses/catalogus"), ("Een staal opsturen", "/nl/analyses/stalen"),
                        ("Tarieven 2026", "/nl/analyses/tarieven")]),
    ("Consumenten", None, [("Een verdacht product melden", "/nl/consumenten/melden"), ("Allergenen", "/nl/consumenten/allergenen")]),
    ("Het laboratorium", "/nl/laboratorium", [("Accreditaties", "/nl/laboratorium/accreditaties")]),
    ("Contact", None, [("Contact", "/nl/contact"), ("Niet tevreden over onze dienst?", "/nl/contact/ontevreden")]),
]
nl_footer = [("Laboratorium", [("Contact", "/nl/contact")]), ("Site", [("Privacy", "/nl/privacy"), ("Toegankelijkheid", "/nl/toegankelijkheid")])]
nl_pages = [
    Page("/nl/", "Home", key="home", body="""
<section class="c-hero"><h2>Betrouwbare analyses voor veilig voedsel</h2><p>Het Laboratorium voert officiële analyses van levensmiddelen uit.</p></section>
<section class="c-cards"><article class="c-card"><h3><a href="/nl/consumenten/melden">Klachten van consumenten</a></h3><p>Lijkt een product verdacht? Meld het.</p></article></section>"""),
    Page("/nl/consumenten/melden", "Een verdacht product melden", crumbs=[("Consumenten", "/nl/consumenten/melden")], body="""
<p>Hebt u een levensmiddel gekocht dat bedorven, besmet of verkeerd geëtiketteerd lijkt? Het Laboratorium behandelt geen klachten van consumenten tegen winkels: richt uw klacht aan het meldpunt voor consumenten van de controleautoriteit van de voedselketen.</p>"""),
    Page("/nl/contact", "Contact", key="contact", body="""
<p>Federaal Laboratorium voor Voedingsanalyse<br>Proefbuisstraat 40<br>1050 Brussel</p>
<p>Ontvangst van stalen: maandag tot donderdag, 8 tot 15 uur<br>Tel. 02 555 70 71 – <a href="mailto:labo@lfad-flva.be">labo@lfad-flva.be</a></p>
<p><a href="/nl/contact/ontevreden">Niet tevreden over onze dienst?</a></p>"""),
    Page("/nl/contact/ontevreden", "Niet tevreden over onze dienst?", key="complaints", crumbs=[("Contact", "/nl/contact")], body="""
<h2>Wat is een klacht?</h2>
<p>Een klacht is voor ons elke reactie waarin een klant van het Laboratorium – een bedrijf, een controleautoriteit of een particulier – aangeeft dat een analyseaanvraag niet naar behoren werd afgehandeld: het verslag kwam te laat, een staal raakte zoek, de factuur klopte niet of u werd onvriendelijk behandeld.</p>
<h2>Wat is geen klacht?</h2>
<p>Een product uit de winkel dat u gevaarlijk lijkt, is geen klacht over het Laboratorium: zie <a href="/nl/consumenten/melden">Een verdacht product melden</a>.</p>
<h2>Niet akkoord met een analyseresultaat?</h2>
<p>Via een klacht kunt u een officieel analyseresultaat of de beslissing die een overheid daarop baseerde niet laten herzien. Daarvoor bestaan de tegenanalyse, binnen de termijn die op het verslag staat, en het beroep tegen de beslissing van de overheid. Een klacht schort die termijnen niet op.</p>
<h2>Een klacht indienen</h2>
<p>Download het klachtenformulier (<a href="/nl/documenten/flva-klacht.docx">DOCX</a> – <a href="/nl/documenten/flva-klacht.pdf">PDF</a>) en stuur het ingevuld naar <a href="mailto:kwaliteit@lfad-flva.be">kwaliteit@lfad-flva.be</a> of per post.</p>
<h2>Verloop</h2>
<table class="c-table"><thead><tr><th>Stap</th><th>Termijn</th></tr></thead><tbody>
<tr><td>Registratie van de klacht onder een uniek klachtnummer</td><td>bij ontvangst</td></tr>
<tr><td>Ontvangstbevestiging aan de klager</td><td>3 werkdagen</td></tr>
<tr><td>Intern onderzoek door de kwaliteitsverantwoordelijke</td><td>–</td></tr>
<tr><td>Schriftelijk en gemotiveerd antwoord</td><td>20 werkdagen</td></tr></tbody></table>
<h2>En daarna?</h2>
<p>Bent u na ons antwoord nog altijd ontevreden, dan vindt u op <a href="https://www.ombudsman.be">www.ombudsman.be</a> welke ombudsdienst voor uw vraag bevoegd is.</p>"""),
]

_docx_stub = "Stand-in for a Word document: complaint form.\n"

SITE = Site(
    name="food-analysis-lab", theme="modern", colour="#2e7d32", root="splash",
    notes=__doc__,
    langs=[
        Lang("fr", "Laboratoire fédéral d'Analyse des Denrées", "LFAD", "/fr/", fr_menu, fr_footer, fr_pages,
             passes("va df pr dl fm ak nu om")),
        Lang("nl", "Federaal Laboratorium voor Voedingsanalyse", "FLVA", "/nl/", nl_menu, nl_footer, nl_pages,
             passes("va df pr dl fm ak nu")),
    ],
    files={
        "/fr/documents/lfad-plainte.pdf": tiny_pdf(["LFAD - Formulaire de plainte", "Client :", "Numero de rapport :",
                                                    "Objet de la plainte :", "Description :"]),
        "/fr/documents/lfad-plainte.docx": _docx_stub,
        "/nl/documenten/flva-klacht.pdf": tiny_pdf(["FLVA - Klachtenformulier", "Klant:", "Verslagnummer:",
                                                    "Onderwerp van de klacht:", "Omschrijving:"]),
        "/nl/documenten/flva-klacht.docx": _docx_stub,
    },
)
