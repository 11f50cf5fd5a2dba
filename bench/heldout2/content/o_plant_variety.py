"""plant-variety-office: modern theme, `/` redirects to /fr/, FR/NL.

The complaint information is on a top-menu page called "Feedback" (FR) / "Uw mening" (NL). FR: a reason,
scope as a list of examples, a feedback form with a type selector and a textarea, an automatic
acknowledgement, "dans les meilleurs délais"; no appeal contrast, no number, no second line. NL (informal
"je"): reason, contrast with the appeal to the Council of State, complaint number, 21 calendar days,
Federal Ombudsman, but complaints go through the general question form of the contact page or e-mail.
"""

from bench.heldout.build_sites import Lang, Page, Site, passes

FR = Lang(
    "fr", "Office fédéral des obtentions végétales", "OFOV", "/fr/",
    menu=[("Protéger une variété", "/fr/proteger", []), ("Redevances", "/fr/redevances", []),
          ("Feedback", "/fr/feedback", []), ("Contact", "/fr/contact", [])],
    footer=[("OFOV", [("Contact", "/fr/contact"), ("Vie privée", "/fr/vie-privee")])],
    tagline="Protéger l’innovation végétale",
    labels=passes("ra df pr fm ak"),
    pages=[
        Page("/fr/", "Accueil", key="home", body="""
<p>L’Office délivre les certificats d’obtention végétale qui protègent les nouvelles variétés de plantes.</p>
<p><a href="/fr/proteger">Introduire une demande de protection</a></p>"""),
        Page("/fr/contact", "Contact", key="contact", body="""
<p>Office fédéral des obtentions végétales<br>Rue des Semences 12<br>1070 Bruxelles<br>02 555 71 17<br>
<a href="mailto:info@ofov-fbk.be">info@ofov-fbk.be</a></p>"""),
        Page("/fr/feedback", "Feedback", key="complaints", lead="Suggestions, compliments et plaintes", body="""
<p>Votre avis compte : chaque plainte est lue par la direction et sert à ajuster nos procédures
d’enregistrement des variétés.</p>
<h2>Quand s’agit-il d’une plainte ?</h2>
<p>Vous pouvez nous faire part d’une plainte lorsque vous êtes insatisfait de nos services, par exemple :</p>
<ul><li>un examen technique reporté sans explication ;</li><li>une redevance facturée deux fois ;</li>
<li>un interlocuteur impossible à joindre.</li></ul>
<h2>Et ensuite ?</h2>
<p>Utilisez le formulaire ci-dessous en choisissant « Plainte ». Vous recevez un accusé de réception
automatique. Le responsable qualité analyse votre plainte et revient vers vous dans les meilleurs délais.</p>
<form class="c-form" method="post" action="/fr/feedback">
<label for="fb-type">Type</label><select id="fb-type" name="type"><option>Suggestion</option><option>Compliment</option>
<option selected>Plainte</option></select>
<label for="fb-name">Nom</label><input id="fb-name" name="nom">
<label for="fb-mail">E-mail</label><input id="fb-mail" name="email" type="email">
<label for="fb-text">Message</label><textarea id="fb-text" name="message" rows="7"></textarea>
<button class="c-btn c-btn--primary">Envoyer</button></form>"""),
    ])

NL = Lang(
    "nl", "Federaal Bureau voor Kwekersrechten", "FBK", "/nl/",
    menu=[("Een ras beschermen", "/nl/beschermen", []), ("Retributies", "/nl/retributies", []),
          ("Uw mening", "/nl/uw-mening", []), ("Contact", "/nl/contact", [])],
    footer=[("FBK", [("Contact", "/nl/contact"), ("Privacy", "/nl/privacy")])],
    tagline="Plantinnovatie beschermen",
    labels=passes("va ra pr dl nu om"),
    pages=[
        Page("/nl/", "Home", key="home", body="""
<p>Het Bureau verleent de kwekersrechten die nieuwe plantenrassen beschermen.</p>"""),
        Page("/nl/contact", "Contact", key="contact", body="""
<p>Federaal Bureau voor Kwekersrechten<br>Zaadstraat 12<br>1070 Brussel<br>02 555 71 17<br>
<a href="mailto:info@ofov-fbk.be">info@ofov-fbk.be</a></p>
<h2>Stel je vraag</h2>
<form class="c-form" method="post" action="/nl/contact">
<label for="c-onderwerp">Onderwerp</label><select id="c-onderwerp" name="onderwerp"><option>Vraag over een
aanvraag</option><option>Vraag over de retributies</option><option>Andere vraag</option></select>
<label for="c-naam">Naam</label><input id="c-naam" name="naam">
<label for="c-mail">E-mail</label><input id="c-mail" name="mail" type="email">
<label for="c-vraag">Je vraag</label><textarea id="c-vraag" name="vraag" rows="6"></textarea>
<button class="c-btn c-btn--primary">Verzenden</button></form>"""),
        Page("/nl/uw-mening", "Uw mening", key="complaints", lead="Een vraag, een suggestie of een klacht?", body="""
<p>Jouw klacht helpt ons om onze procedures voor kwekers eenvoudiger en sneller te maken.</p>
<p><strong>Een klacht is geen bezwaar tegen een beslissing over je kwekersrecht.</strong> Wil je zo’n
beslissing aanvechten, dan moet je binnen twee maanden beroep instellen bij de Raad van State.</p>
<p>Stuur je klacht via het <a href="/nl/contact">algemene contactformulier</a> of per mail naar
<a href="mailto:klachten@ofov-fbk.be">klachten@ofov-fbk.be</a>. Je klacht krijgt een uniek nummer, dat je
vermeldt in je latere contacten met ons. We onderzoeken ze en antwoorden binnen 21 kalenderdagen.</p>
<p>Ben je niet tevreden met ons antwoord? Dan kan je je richten tot de federale Ombudsman.</p>"""),
    ])

SITE = Site("plant-variety-office", "modern", [FR, NL], root="redirect:/fr/", colour="#558b2f",
            notes="modern, / -> /fr/; 'Feedback' / 'Uw mening' top-menu page; FR feedback form; NL general "
                  "question form only")
