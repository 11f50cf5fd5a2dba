"""rail-vibration-observatory: modern theme, splash page, FR/NL.

The complaint information is on a "Votre avis" / "Uw mening" page (top menu), with a feedback form
(type radio + textarea) and the steps in a table. Traps: "plaintes de riverains" about train vibrations
sent to the infrastructure manager (complaints about third parties, with a 60-day measuring time), a
regional ombudsman as the only next step (Médiateur de la Wallonie et de la FWB / Vlaamse
Ombudsdienst), NL "zo snel mogelijk". FR has no complaint number; NL gives no reason for handling
complaints.
"""

from bench.heldout.build_sites import Lang, Page, Site, passes

FR_FORM = """
<form class="c-form" action="/fr/votre-avis" method="post">
<fieldset><legend>Type de message</legend>
<label><input type="radio" name="type" value="plainte" checked> Plainte</label>
<label><input type="radio" name="type" value="suggestion"> Suggestion</label>
<label><input type="radio" name="type" value="merci"> Remerciement</label></fieldset>
<label for="nom">Nom</label><input id="nom" name="nom" required>
<label for="courriel">Courriel</label><input id="courriel" name="courriel" type="email" required>
<label for="msg">Votre message</label><textarea id="msg" name="message" rows="7" required></textarea>
<button class="c-btn c-btn--primary" type="submit">Envoyer</button></form>"""

NL_FORM = """
<form class="c-form" action="/nl/uw-mening" method="post">
<fieldset><legend>Soort bericht</legend>
<label><input type="radio" name="soort" value="klacht" checked> Klacht</label>
<label><input type="radio" name="soort" value="suggestie"> Suggestie</label>
<label><input type="radio" name="soort" value="compliment"> Compliment</label></fieldset>
<label for="naam">Naam</label><input id="naam" name="naam" required>
<label for="mail">E-mail</label><input id="mail" name="mail" type="email" required>
<label for="bericht">Je bericht</label><textarea id="bericht" name="bericht" rows="7" required></textarea>
<button class="c-btn c-btn--primary" type="submit">Verzenden</button></form>"""

FR = Lang(
    "fr", "Observatoire fédéral des vibrations ferroviaires", "OFVF", "/fr/",
    menu=[("Mesures", "/fr/mesures", []), ("Signaler des vibrations", "/fr/signaler", []),
          ("Votre avis", "/fr/votre-avis", [])],
    footer=[("L’Observatoire", [("Contact", "/fr/contact"), ("Vie privée", "/fr/vie-privee")])],
    tagline="Mesurer pour mieux protéger",
    labels=passes("ra df pr dl fm ak"),
    pages=[
        Page("/fr/", "Accueil", key="home", body="""
<p>L’Observatoire mesure les vibrations produites par le trafic ferroviaire et publie des données ouvertes
sur leur évolution.</p>
<ul><li><a href="/fr/mesures">Consulter les mesures</a></li><li><a href="/fr/votre-avis">Donnez-nous votre avis</a></li></ul>"""),
        Page("/fr/contact", "Contact", key="contact", body="""
<p>Observatoire fédéral des vibrations ferroviaires<br>Rue du Ballast 21<br>1070 Bruxelles<br>
02 555 78 90 – <a href="mailto:contact@ofvf-fost.be">contact@ofvf-fost.be</a></p>"""),
        Page("/fr/signaler", "Signaler des vibrations", key="report", body="""
<p>Vous subissez des vibrations ou du bruit dus au passage des trains ? Les plaintes de riverains concernant
ces nuisances sont transmises au gestionnaire de l’infrastructure ferroviaire, seul compétent pour
intervenir sur les voies.</p>
<p>À la demande d’une commune, l’Observatoire peut réaliser une campagne de mesure ; celle-ci est
programmée dans les 60 jours.</p>"""),
        Page("/fr/votre-avis", "Votre avis", key="complaints",
             lead="Une remarque, une suggestion ou une plainte au sujet de nos services ?", body="""
<p>Nous lisons chaque message. Les plaintes, en particulier, nous servent à vérifier si nos procédures de
mesure et d’information des riverains fonctionnent comme elles le devraient, et à les revoir quand ce
n’est pas le cas.</p>
<h2>Est-ce une plainte ?</h2>
<p>Vous êtes mécontent de la façon dont l’Observatoire vous a reçu, informé ou a traité votre demande de
mesure ? Il s’agit d’une plainte. Les nuisances causées par le passage des trains ne relèvent pas de ce
formulaire : utilisez la page <a href="/fr/signaler">Signaler des vibrations</a>.</p>
<h2>Comment cela se passe-t-il ?</h2>
<table class="c-table"><thead><tr><th>Étape</th><th>Ce qui se passe</th><th>Délai</th></tr></thead><tbody>
<tr><td>1</td><td>Vous remplissez le formulaire ci-dessous.</td><td>–</td></tr>
<tr><td>2</td><td>Vous recevez un accusé de réception par courriel.</td><td>3 jours ouvrables</td></tr>
<tr><td>3</td><td>Notre responsable qualité examine votre plainte et vous répond par écrit.</td><td>quinze jours
ouvrables</td></tr></tbody></table>
<p>Vous n’êtes toujours pas satisfait ? Vous pouvez contacter le Médiateur de la Wallonie et de la
Fédération Wallonie-Bruxelles (<a href="https://www.le-mediateur.be">www.le-mediateur.be</a>).</p>
<h2>Formulaire</h2>""" + FR_FORM),
    ])

NL = Lang(
    "nl", "Federaal Observatorium voor Spoortrillingen", "FOST", "/nl/",
    menu=[("Metingen", "/nl/metingen", []), ("Trillingen melden", "/nl/melden", []),
          ("Uw mening", "/nl/uw-mening", [])],
    footer=[("Het Observatorium", [("Contact", "/nl/contact"), ("Privacy", "/nl/privacy")])],
    tagline="Meten om beter te beschermen",
    labels=passes("df pr fm ak nu"),
    pages=[
        Page("/nl/", "Home", key="home", body="""
<p>Het Observatorium meet de trillingen van het treinverkeer en publiceert open data over hun evolutie.</p>
<ul><li><a href="/nl/metingen">Metingen bekijken</a></li><li><a href="/nl/uw-mening">Geef je mening</a></li></ul>"""),
        Page("/nl/contact", "Contact", key="contact", body="""
<p>Federaal Observatorium voor Spoortrillingen<br>Ballaststraat 21<br>1070 Brussel<br>
02 555 78 90 – <a href="mailto:contact@ofvf-fost.be">contact@ofvf-fost.be</a></p>"""),
        Page("/nl/melden", "Trillingen melden", key="report", body="""
<p>Last van trillingen of lawaai door passerende treinen? Klachten van buurtbewoners over die hinder sturen
we door naar de spoorwegbeheerder, die als enige kan ingrijpen.</p>"""),
        Page("/nl/uw-mening", "Uw mening", key="complaints",
             lead="Een opmerking, suggestie of klacht over onze dienstverlening? Laat het ons weten.", body="""
<h2>Is het een klacht?</h2>
<p>Je bent ontevreden over hoe het Observatorium je ontvangen of geïnformeerd heeft, of over de behandeling
van je meetaanvraag? Dan is het een klacht. Hinder door passerende treinen meld je niet hier, maar via
<a href="/nl/melden">Trillingen melden</a>.</p>
<h2>Hoe gaat het verder?</h2>
<p>Vul het formulier hieronder in. Je krijgt meteen een ontvangstbevestiging met een uniek nummer voor je
klacht. Onze kwaliteitsverantwoordelijke onderzoekt je klacht en bezorgt je zo snel mogelijk een antwoord.</p>
<p>Nog altijd niet tevreden? Dan kun je terecht bij de Vlaamse Ombudsdienst
(<a href="https://www.vlaamseombudsdienst.be">www.vlaamseombudsdienst.be</a>).</p>
<h2>Formulier</h2>""" + NL_FORM),
    ])

SITE = Site("rail-vibration-observatory", "modern", [FR, NL], root="splash", colour="#2e7d32",
            notes="modern, splash; 'Votre avis'/'Uw mening' page with feedback form and step table; "
                  "regional ombudsmen only; third-party nuisance complaints")
