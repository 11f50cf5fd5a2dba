"""household-survey-bureau: ASP.NET-like portal theme (new), splash page, language in the query string
(`/index.php?lang=fr&page=contact`), FR/NL/EN.

The complaint information sits directly on the contact page. The FR text is written without accents
(legacy encoding), "Mediateur federal" included, and its complaint fields are on the page (the portal's
page-wide form). NL: scope, e-mail channel with "binnen een redelijke termijn", Federal Ombudsman, and a
general question form ("Uw vraag of opmerking") on the same page. EN: "Questions or complaints? Email …"
and the Federal Ombudsman.
"""

from bench.heldout.build_sites import Lang, Page, Site, passes


def q(lang: str, page: str = "") -> str:
    return f"/index.php?lang={lang}" + (f"&page={page}" if page else "")


FR = Lang(
    "fr", "Bureau federal des enquetes aupres des menages", "BFEM", q("fr"),
    menu=[("Nos enquetes", q("fr", "enquetes"), []), ("Contact", q("fr", "contact"), [])],
    footer=[("", [("Vie privee", q("fr", "vie-privee")), ("Contact", q("fr", "contact"))])],
    tagline="Mieux connaitre les menages pour mieux decider",
    labels=passes("df pr dl fm ak nu om"),
    pages=[
        Page(q("fr"), "Accueil", key="home", body=f"""
<p>Le Bureau realise chaque annee des enquetes aupres de 12 000 menages sur leurs revenus, leur logement et
leur emploi du temps.</p><p><a href="{q("fr", "enquetes")}">Vous avez ete selectionne ?</a></p>"""),
        Page(q("fr", "contact"), "Contact", key="contact", body="""
<p>Bureau federal des enquetes aupres des menages<br>Rue du Recensement 25<br>1000 Bruxelles<br>Tel. 02 555 45 45</p>
<p>Vous avez ete contacte par un enqueteur et souhaitez verifier son identite ? Appelez le 02 555 45 46.</p>
<h2>Plaintes</h2>
<p>Une plainte est une expression de mecontentement concernant notre service : le comportement d'un
enqueteur, des appels trop frequents, une lettre peu claire, un rendez-vous non respecte.</p>
<p>Pour introduire une plainte, completez le formulaire ci-dessous. Vous recevrez par e-mail un accuse de
reception avec un numero de plainte unique dans les 2 jours ouvrables. Le service qualite examine votre
plainte et vous repond par ecrit dans les 30 jours.</p>
<p>Si vous n'etes pas satisfait de notre reponse, vous pouvez vous adresser au Mediateur federal, Rue de
Louvain 48 bte 6, 1000 Bruxelles.</p>
<fieldset class="ms-formfieldset"><legend>Formulaire de plainte</legend>
<label for="fr_nom">Nom</label> <input id="fr_nom" name="ctl00$Main$txtNom" type="text"><br>
<label for="fr_mail">E-mail</label> <input id="fr_mail" name="ctl00$Main$txtMail" type="email"><br>
<label for="fr_pl">Votre plainte</label><br><textarea id="fr_pl" name="ctl00$Main$txtPlainte" rows="8" cols="60"></textarea><br>
<input type="submit" name="ctl00$Main$btnEnvoyer" value="Envoyer"></fieldset>"""),
    ])

NL = Lang(
    "nl", "Federaal Bureau voor Huishoudenquêtes", "FBHE", q("nl"),
    menu=[("Onze enquêtes", q("nl", "enquetes"), []), ("Contact", q("nl", "contact"), [])],
    footer=[("", [("Privacy", q("nl", "privacy")), ("Contact", q("nl", "contact"))])],
    tagline="Huishoudens beter kennen om beter te beslissen",
    labels=passes("df pr om"),
    pages=[
        Page(q("nl"), "Home", key="home", body=f"""
<p>Het Bureau bevraagt elk jaar 12 000 huishoudens over hun inkomen, hun woning en hun tijdsbesteding.</p>
<p><a href="{q("nl", "enquetes")}">Werd u geselecteerd?</a></p>"""),
        Page(q("nl", "contact"), "Contact", key="contact", body="""
<p>Federaal Bureau voor Huishoudenquêtes<br>Volkstellingstraat 25<br>1000 Brussel<br>Tel. 02 555 45 45</p>
<h2>Klachten</h2>
<p>Bent u ontevreden over onze dienstverlening, bijvoorbeeld over het gedrag van een enquêteur, te veel
telefoontjes of een onduidelijke brief? Dan kunt u een klacht indienen.</p>
<p>Stuur uw klacht naar <a href="mailto:klachten@bfem-fbhe.be">klachten@bfem-fbhe.be</a>. De kwaliteitsdienst
onderzoekt uw klacht en bezorgt u binnen een redelijke termijn een schriftelijk antwoord.</p>
<p>Bent u niet tevreden met ons antwoord? Dan kunt u terecht bij de federale Ombudsman.</p>
<h2>Contactformulier</h2>
<fieldset class="ms-formfieldset"><legend>Uw vraag of opmerking</legend>
<label for="nl_naam">Naam</label> <input id="nl_naam" name="ctl00$Main$txtNaam" type="text"><br>
<label for="nl_mail">E-mail</label> <input id="nl_mail" name="ctl00$Main$txtMail" type="email"><br>
<label for="nl_vraag">Uw vraag</label><br><textarea id="nl_vraag" name="ctl00$Main$txtVraag" rows="6" cols="60"></textarea><br>
<input type="submit" name="ctl00$Main$btnVerzenden" value="Verzenden"></fieldset>"""),
    ])

EN = Lang(
    "en", "Federal Household Survey Bureau", "FHSB", q("en"),
    menu=[("Our surveys", q("en", "surveys"), []), ("Contact", q("en", "contact"), [])],
    footer=[("", [("Contact", q("en", "contact"))])],
    tagline="Knowing households better for better decisions",
    labels=passes("om"),
    pages=[
        Page(q("en"), "Home", key="home", body="""
<p>Each year the Bureau surveys 12,000 households on their income, housing and use of time.</p>"""),
        Page(q("en", "contact"), "Contact", key="contact", body="""
<p>Federal Household Survey Bureau<br>Rue du Recensement 25<br>1000 Brussels<br>Phone +32 2 555 45 45</p>
<p>Questions or complaints? Email <a href="mailto:info@bfem-fbhe.be">info@bfem-fbhe.be</a>.</p>
<p>If you feel that a complaint you made to us has not been handled properly, you may contact the Federal
Ombudsman (<a href="https://www.federalombudsman.be">www.federalombudsman.be</a>).</p>"""),
    ])

SITE = Site("household-survey-bureau", "portal", [FR, NL, EN], root="splash", colour="#283593",
            notes="portal theme, ?lang= query addresses, splash; complaint info on the contact page; FR without "
                  "accents; NL general question form")
