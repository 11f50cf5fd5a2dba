"""seafarers-pension-office: classic table theme, `/` redirects to /fr/, FR/NL/EN.

Complaint information under "About the Office > Quality", one level below a service-charter page,
with a downloadable PDF complaint form. Traps: "quote your pension number" (not a complaint number) in
every language, "réclamation" used in its everyday sense in the FR definition, the three-month labour-court
window (an appeal deadline), NL "zo snel mogelijk". EN only states an answer time and the Pensions
Ombudsman Service, without saying where or how to complain.
"""

from bench.heldout.build_sites import Lang, Page, Site, passes, tiny_pdf

FILES = {
    "/fr/documents/formulaire-de-plainte.pdf": tiny_pdf([
        "Office des pensions de la marine marchande", "FORMULAIRE DE PLAINTE", "",
        "Nom et prenom :", "Adresse :", "Numero de pension :", "Description de votre plainte :", "",
        "A renvoyer au gestionnaire des plaintes, quai des Armateurs 7, 8400 Ostende"]),
    "/nl/documenten/klachtenformulier.pdf": tiny_pdf([
        "Pensioendienst voor de Koopvaardij", "KLACHTENFORMULIER", "",
        "Naam en voornaam:", "Adres:", "Pensioennummer:", "Omschrijving van uw klacht:", "",
        "Terug te sturen naar de klachtenbeheerder, Rederskaai 7, 8400 Oostende"]),
}

# ----------------------------------------------------------------------------- FR
FR = Lang(
    "fr", "Office des pensions de la marine marchande", "OPMM", "/fr/",
    menu=[("Pensions", "/fr/pensions", [("Demander sa pension", "/fr/pensions/demande")]),
          ("L’Office", "/fr/office", [("Qui sommes-nous ?", "/fr/office/qui"), ("Qualité", "/fr/office/qualite")]),
          ("Contact", "/fr/contact", [])],
    footer=[("", [("Mentions légales", "/fr/mentions"), ("Contact", "/fr/contact")])],
    tagline="Au service des marins depuis 1937",
    labels=passes("va ra df pr dl fm ak om"),
    pages=[
        Page("/fr/", "Accueil", key="home", body="""
<p>L’Office calcule et paie les pensions des marins de la marine marchande belge et de leurs ayants droit.</p>
<table border="0" width="100%"><tr><td><a href="/fr/pensions/demande">Demander sa pension</a></td>
<td><a href="/fr/office/qualite">Notre engagement qualité</a></td><td><a href="/fr/contact">Nous contacter</a></td></tr></table>"""),
        Page("/fr/contact", "Contact", key="contact", body="""
<p><b>Office des pensions de la marine marchande</b><br>Quai des Armateurs 7<br>8400 Ostende</p>
<p>Téléphone : 059 55 20 20 (du lundi au jeudi, de 8 h 30 à 12 h)<br>
E-mail : <a href="mailto:info@opmm-pdk.be">info@opmm-pdk.be</a></p>
<p>Dans toute correspondance, mentionnez votre numéro de pension.</p>"""),
        Page("/fr/office/qualite", "Qualité", key="quality", crumbs=[("L’Office", "/fr/office")], body="""
<p>L’Office s’engage à traiter chaque demande de pension avec exactitude et courtoisie, conformément à la
Charte de l’utilisateur des services publics.</p>
<ul><li><a href="/fr/office/qualite/plaintes">Plaintes relatives au fonctionnement de l’Office</a></li>
<li><a href="/fr/office/qui">Qui sommes-nous ?</a></li></ul>"""),
        Page("/fr/office/qualite/plaintes", "Plaintes relatives au fonctionnement de l’Office", key="complaints",
             crumbs=[("L’Office", "/fr/office"), ("Qualité", "/fr/office/qualite")], body="""
<p>L’Office des pensions de la marine marchande s’est doté d’un service de gestion des plaintes afin que
chaque dysfonctionnement signalé par un affilié ou un bénéficiaire puisse être corrigé et que les mêmes
difficultés ne se reproduisent pas pour d’autres marins ou leurs ayants droit.</p>
<h3>Qu’est-ce qu’une plainte ?</h3>
<p>Est considérée comme une plainte toute réclamation par laquelle un marin, un pensionné ou un ayant droit
exprime son insatisfaction quant à la manière dont l’Office a traité son dossier : délai de traitement jugé
excessif, erreur matérielle dans un courrier, manque de courtoisie d’un agent, informations
contradictoires…</p>
<h3>Plainte et recours</h3>
<p>L’introduction d’une plainte ne suspend ni n’interrompt le délai de trois mois dans lequel un recours
contre une décision relative à votre pension doit être porté devant le tribunal du travail. Si vous contestez
le montant ou le refus d’une pension, c’est ce recours qu’il vous faut introduire : la plainte ne s’y
substitue pas.</p>
<h3>Comment procéder ?</h3>
<p>Complétez le <a href="/fr/documents/formulaire-de-plainte.pdf">formulaire de plainte (PDF, 48 Ko)</a> et
renvoyez-le par courrier au gestionnaire des plaintes, quai des Armateurs 7, 8400 Ostende, ou par e-mail à
<a href="mailto:plaintes@opmm-pdk.be">plaintes@opmm-pdk.be</a>. Une lettre libre est également acceptée.
Afin de faciliter le traitement, mentionnez toujours votre numéro de pension (en haut à droite de nos
courriers).</p>
<p>Le gestionnaire des plaintes vous adresse un accusé de réception dans les huit jours ouvrables ; il
examine ensuite votre plainte avec le service concerné et vous communique une réponse motivée dans un délai
de trente jours ouvrables à compter de cet accusé de réception.</p>
<h3>Et si la réponse ne vous satisfait pas ?</h3>
<p>Vous pouvez alors saisir gratuitement le <b>Service de médiation Pensions</b>
(<a href="https://www.mediateurpensions.be">www.mediateurpensions.be</a>).</p>"""),
    ])

# ----------------------------------------------------------------------------- NL
NL = Lang(
    "nl", "Pensioendienst voor de Koopvaardij", "PDK", "/nl/",
    menu=[("Pensioenen", "/nl/pensioenen", [("Uw pensioen aanvragen", "/nl/pensioenen/aanvraag")]),
          ("Over de Dienst", "/nl/dienst", [("Wie zijn we?", "/nl/dienst/wie"), ("Kwaliteit", "/nl/dienst/kwaliteit")]),
          ("Contact", "/nl/contact", [])],
    footer=[("", [("Juridische vermeldingen", "/nl/juridisch"), ("Contact", "/nl/contact")])],
    tagline="Ten dienste van zeelieden sinds 1937",
    labels=passes("va pr fm ak om"),
    pages=[
        Page("/nl/", "Home", key="home", body="""
<p>De Pensioendienst berekent en betaalt de pensioenen van zeelieden ter koopvaardij en hun rechthebbenden.</p>
<p><a href="/nl/dienst/kwaliteit">Onze kwaliteitsbelofte</a> | <a href="/nl/contact">Contact</a></p>"""),
        Page("/nl/contact", "Contact", key="contact", body="""
<p><b>Pensioendienst voor de Koopvaardij</b><br>Rederskaai 7<br>8400 Oostende</p>
<p>Telefoon: 059 55 20 20<br>E-mail: <a href="mailto:info@opmm-pdk.be">info@opmm-pdk.be</a></p>"""),
        Page("/nl/dienst/kwaliteit", "Kwaliteit", key="quality", crumbs=[("Over de Dienst", "/nl/dienst")], body="""
<p>De Pensioendienst wil elke pensioenaanvraag correct en vriendelijk behandelen.</p>
<ul><li><a href="/nl/dienst/kwaliteit/klachten">Klachten over onze werking</a></li></ul>"""),
        Page("/nl/dienst/kwaliteit/klachten", "Klachten over onze werking", key="complaints",
             crumbs=[("Over de Dienst", "/nl/dienst"), ("Kwaliteit", "/nl/dienst/kwaliteit")], body="""
<p>Wilt u een klacht indienen? Vul dan het
<a href="/nl/documenten/klachtenformulier.pdf">klachtenformulier (pdf)</a> in en stuur het naar de
klachtenbeheerder, Rederskaai 7, 8400 Oostende, of mail het naar
<a href="mailto:klachten@opmm-pdk.be">klachten@opmm-pdk.be</a>. Vermeld altijd uw pensioennummer.</p>
<p>Wij sturen u een ontvangstbevestiging, onderzoeken uw klacht samen met de betrokken afdeling en
antwoorden u zo snel mogelijk.</p>
<p><b>Let op:</b> een klacht is geen beroep. Betwist u een beslissing over uw pensioen, dan moet u binnen
drie maanden beroep instellen bij de arbeidsrechtbank. Een klacht verlengt die termijn niet.</p>
<p>Bent u niet tevreden met ons antwoord, dan kunt u zich kosteloos wenden tot de
<b>Ombudsdienst Pensioenen</b> (<a href="https://www.ombudsmanpensioenen.be">www.ombudsmanpensioenen.be</a>).</p>"""),
    ])

# ----------------------------------------------------------------------------- EN
EN = Lang(
    "en", "Merchant Navy Pensions Office", "MNPO", "/en/",
    menu=[("About the Office", "/en/office", [("Quality", "/en/office/quality")]), ("Contact", "/en/contact", [])],
    footer=[("", [("Contact", "/en/contact")])],
    tagline="Serving seafarers since 1937",
    labels=passes("dl om"),
    pages=[
        Page("/en/", "Home", key="home", body="""
<p>The Office calculates and pays the pensions of Belgian merchant navy seafarers and their survivors.</p>
<p><a href="/en/office/quality">Our quality commitments</a> | <a href="/en/contact">Contact</a></p>"""),
        Page("/en/contact", "Contact", key="contact", body="""
<p><b>Merchant Navy Pensions Office</b><br>Quai des Armateurs 7<br>8400 Ostend, Belgium</p>
<p>Phone: +32 59 55 20 20<br>Email: <a href="mailto:info@opmm-pdk.be">info@opmm-pdk.be</a></p>
<p>Please quote your pension number in all correspondence.</p>"""),
        Page("/en/office/quality", "Quality", key="quality", crumbs=[("About the Office", "/en/office")], body="""
<p>We aim to handle every pension claim accurately and courteously.</p>
<p><a href="/en/office/quality/complaints">Complaints</a></p>"""),
        Page("/en/office/quality/complaints", "Complaints", key="complaints",
             crumbs=[("About the Office", "/en/office"), ("Quality", "/en/office/quality")], body="""
<p>Complaints about our services are answered within 30 calendar days.</p>
<p>If you remain dissatisfied with the way your complaint was dealt with, you can refer the matter free of
charge to the <b>Pensions Ombudsman Service</b>
(<a href="https://www.ombudsmanpensioenen.be/en">www.ombudsmanpensioenen.be</a>).</p>"""),
    ])

SITE = Site("seafarers-pension-office", "classic", [FR, NL, EN], root="redirect:/fr/", files=FILES,
            colour="#00506e",
            notes="classic, / -> /fr/; About > Quality > Complaints; PDF forms; pension-number trap; "
                  "EN deadline and second line only")
