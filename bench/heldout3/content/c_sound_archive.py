"""Federal sound archive: modern theme, splash page. Complaint information on a top-menu feedback page
("Votre avis" / "Uw mening" / "Feedback") with a feedback form offering a complaint choice (FR, EN).
Traps: FR Walloon ombudsman only; NL general question form and Flemish ombudsman only; EN no procedure."""

from bench.heldout3.build_sites import Lang, Page, Site, passes


def feedback_form(action, labels, choices):
    opts = "".join(f'<option value="{v}">{t}</option>' for v, t in choices)
    return (f'<form class="c-form" action="{action}" method="post"><label for="t">{labels[0]}</label>'
            f'<select id="t" name="type">{opts}</select><label for="m">{labels[1]}</label>'
            f'<textarea id="m" name="message" rows="7"></textarea><label for="e">{labels[2]}</label>'
            f'<input id="e" type="email" name="email"><button class="c-btn c-btn--primary">{labels[3]}</button></form>')


fr = Lang(
    code="fr", name="Archives sonores fédérales", short="ASF", home="/fr/", tagline="Un siècle de sons belges",
    menu=[("Collections", "/fr/collections", [("Radio", "/fr/collections/radio"), ("Musique", "/fr/collections/musique")]),
          ("Consulter", "/fr/consulter", []), ("Votre avis", "/fr/votre-avis", []), ("Contact", "/fr/contact", [])],
    footer=[("ASF", [("Accessibilité", "/fr/accessibilite")])],
    pages=[
        Page("/fr/", "Accueil", key="home", body="""<p>Les Archives sonores fédérales conservent plus de
400 000 enregistrements, des cylindres de cire aux fichiers numériques.</p>"""),
        Page("/fr/contact", "Contact", key="contact", body="""<p>Archives sonores fédérales<br>Rue des Ondes 5,
1050 Ixelles<br>Tél. 02 233 90 10 · accueil@archives-sonores.be</p>
<p>Une remarque, une idée, un mécontentement ? Rendez-vous sur <a href="/fr/votre-avis">Votre avis</a>.</p>"""),
        Page("/fr/votre-avis", "Votre avis nous intéresse", key="complaints", body="""
<p>Suggestion, compliment ou plainte : chaque réaction nous aide. Les plaintes, en particulier, nous signalent
ce qui ne fonctionne pas et nous permettent d’adapter nos services pour que cela ne se reproduise plus.</p>
<h2>Quand s’agit-il d’une plainte ?</h2>
<p>Lorsque vous êtes mécontent de notre intervention : une copie commandée qui n’arrive pas, une salle de
consultation fermée sans avertissement, un collaborateur qui vous a mal renseigné.</p>
<h2>Que se passe-t-il ensuite ?</h2>
<table class="c-table"><tr><th>Étape</th><th>Délai</th></tr>
<tr><td>Vous choisissez « Plainte » dans le formulaire ci-dessous et décrivez les faits.</td><td>—</td></tr>
<tr><td>Nous confirmons la réception et attribuons à votre plainte un numéro de référence propre.</td>
<td>3 jours ouvrables</td></tr>
<tr><td>Le responsable qualité examine la plainte avec le service concerné et vous répond par écrit.</td>
<td>20 jours ouvrables</td></tr></table>
<p>Vous habitez en Wallonie ? Le Médiateur de la Wallonie et de la Fédération Wallonie-Bruxelles peut aussi
vous aider.</p>""" + feedback_form("/fr/votre-avis", ("Type de message", "Votre message", "Votre e-mail", "Envoyer"),
                                   [("suggestion", "Suggestion"), ("compliment", "Compliment"), ("plainte", "Plainte")])),
    ],
    labels=passes("ra df pr dl fm ak nu"),
)

nl = Lang(
    code="nl", name="Federaal Klankarchief", short="FKA", home="/nl/", tagline="Een eeuw Belgische klanken",
    menu=[("Collecties", "/nl/collecties", []), ("Raadplegen", "/nl/raadplegen", []),
          ("Uw mening", "/nl/uw-mening", []), ("Contact", "/nl/contact", [])],
    footer=[("FKA", [("Toegankelijkheid", "/nl/toegankelijkheid"), ("Vragenformulier", "/nl/vragen")])],
    pages=[
        Page("/nl/", "Home", key="home", body="<p>Het Federaal Klankarchief bewaart meer dan 400 000 opnames.</p>"),
        Page("/nl/contact", "Contact", key="contact", body="""<p>Federaal Klankarchief<br>Golvenstraat 5,
1050 Elsene<br>Tel. 02 233 90 11</p><p>Hebt u een vraag? Gebruik ons <a href="/nl/vragen">vragenformulier</a>.</p>"""),
        Page("/nl/uw-mening", "Uw mening telt", key="complaints", body="""
<h2>Waarom willen we uw klachten horen?</h2>
<p>Omdat elke klacht ons iets leert. Door ze te bundelen zien we waar het structureel misloopt en kunnen we
onze werking bijsturen.</p>
<h2>Wat is voor ons een klacht?</h2>
<p>Elke uiting van ontevredenheid over hoe het archief u geholpen heeft, bijvoorbeeld een bestelde kopie die
niet toekomt of een leeszaal die zonder verwittiging gesloten was.</p>
<p>Laat het ons weten via het <a href="/nl/vragen">algemene vragenformulier</a>.</p>
<p>Woont u in Vlaanderen? Dan kunt u ook een beroep doen op de Vlaamse Ombudsdienst.</p>"""),
        Page("/nl/vragen", "Vragenformulier", key="questions", body="""<p>Stel hier uw vraag over onze collecties.</p>
<form action="/nl/vragen" method="post"><label for="v">Uw vraag</label><textarea id="v" name="vraag"></textarea>
<button>Versturen</button></form>"""),
    ],
    labels=passes("ra df"),
)

en = Lang(
    code="en", name="Federal Sound Archive", short="FSA", home="/en/", tagline="A century of Belgian sound",
    menu=[("Collections", "/en/collections", []), ("Feedback", "/en/feedback", []), ("Contact", "/en/contact", [])],
    footer=[("FSA", [("Accessibility", "/en/accessibility")])],
    pages=[
        Page("/en/", "Home", key="home", body="<p>The Federal Sound Archive keeps over 400,000 recordings.</p>"),
        Page("/en/contact", "Contact", key="contact", body="""<p>Federal Sound Archive<br>Rue des Ondes 5,
1050 Brussels<br>Phone +32 2 233 90 12</p>"""),
        Page("/en/feedback", "Feedback", key="complaints", body="""
<h2>Not happy with us?</h2>
<p>If a copy you ordered never arrived, our reading room was closed without notice or a staff member gave you
the wrong information, that counts as a complaint. Choose “Complaint” in the form below.</p>"""
             + feedback_form("/en/feedback", ("Type of message", "Your message", "Your e-mail", "Send"),
                             [("idea", "Idea"), ("praise", "Praise"), ("complaint", "Complaint")])),
    ],
    labels=passes("df fm"),
)

SITE = Site(name="federal-sound-archive", theme="modern", langs=[fr, nl, en], root="splash",
            colour="#6a1b9a", notes=__doc__)
