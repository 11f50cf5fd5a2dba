"""war-pension-fund: Drupal theme, splash page, FR/NL.

FR is a FAQ made of <details> accordions that uses "porter plainte" for a complaint about the Fund's own
service ("porter plainte auprès de notre service de gestion des plaintes"), beside a note sending
complaints against a person to the police; e-mail or letter only; answer "dans les deux mois". NL: a
reason, the appeal contrast, the online complaint form reached through the e-loket, thirty working days,
Federal Ombudsman; no definition, acknowledgement or number.
"""

from bench.heldout.build_sites import Lang, Page, Site, passes

FR = Lang(
    "fr", "Fonds fédéral des rentes de guerre", "FFRG", "/fr/",
    menu=[("Rentes", "/fr/rentes", []), ("Le Fonds", "/fr/le-fonds", []),
          ("Contact", "/fr/contact", [("Service de gestion des plaintes", "/fr/contact/plaintes")])],
    footer=[("FFRG", [("Contact", "/fr/contact"), ("Accessibilité", "/fr/accessibilite")])],
    tagline="Reconnaissance et réparation",
    labels=passes("va df pr dl ak nu om"),
    pages=[
        Page("/fr/", "Accueil", key="home", body="""
<p>Le Fonds paie les rentes de guerre des anciens combattants, des victimes civiles de guerre et de leurs
ayants droit.</p>"""),
        Page("/fr/contact", "Contact", key="contact", body="""
<p>Fonds fédéral des rentes de guerre<br>Place des Combattants 1<br>1040 Bruxelles<br>02 555 19 45<br>
<a href="mailto:info@ffrg-ffor.be">info@ffrg-ffor.be</a></p>
<p><a href="/fr/contact/plaintes">Service de gestion des plaintes</a></p>"""),
        Page("/fr/contact/plaintes", "Service de gestion des plaintes", key="complaints",
             crumbs=[("Contact", "/fr/contact")], body="""
<details><summary>Dans quels cas puis-je porter plainte ?</summary>
<p>Vous pouvez porter plainte auprès de notre service de gestion des plaintes si vous estimez que le Fonds a
mal traité votre dossier de rente : retard de paiement inexpliqué, courrier resté sans réponse, erreur dans
un décompte, manque d’égards d’un agent.</p></details>
<details><summary>Porter plainte, est-ce contester ma rente ?</summary>
<p>Non. La plainte vise le fonctionnement du Fonds. Si vous contestez le montant de votre rente ou le refus
d’une majoration, vous devez introduire un recours devant la Commission d’appel des rentes de guerre dans les
soixante jours ; le dépôt d’une plainte ne suspend pas ce délai.</p></details>
<details><summary>Comment porter plainte ?</summary>
<p>Par e-mail à <a href="mailto:plaintes@ffrg-ffor.be">plaintes@ffrg-ffor.be</a> ou par lettre au Service de
gestion des plaintes, place des Combattants 1, 1040 Bruxelles. Indiquez vos coordonnées et décrivez les
faits.</p></details>
<details><summary>Que se passe-t-il ensuite ?</summary>
<p>Votre plainte est inscrite dans notre registre et reçoit un numéro. Un accusé de réception mentionnant ce
numéro vous parvient dans les dix jours ouvrables. Le service examine ensuite votre plainte et vous
communique une réponse motivée dans les deux mois.</p></details>
<details><summary>Et si je ne suis pas satisfait de la réponse ?</summary>
<p>Vous pouvez vous adresser au Médiateur fédéral, rue de Louvain 48 boîte 6, 1000 Bruxelles
(<a href="https://www.mediateurfederal.be">www.mediateurfederal.be</a>).</p></details>
<p class="note">Pour porter plainte contre une personne (vol, escroquerie aux dépens d’un ancien combattant),
adressez-vous à la police.</p>"""),
    ])

NL = Lang(
    "nl", "Federaal Fonds voor Oorlogsrenten", "FFOR", "/nl/",
    menu=[("Renten", "/nl/renten", []), ("E-loket", "/nl/e-loket", []),
          ("Contact", "/nl/contact", [("Klachtenbehandeling", "/nl/contact/klachten")])],
    footer=[("FFOR", [("Contact", "/nl/contact"), ("Toegankelijkheid", "/nl/toegankelijkheid")])],
    tagline="Erkenning en herstel",
    labels=passes("va ra pr dl fm om"),
    pages=[
        Page("/nl/", "Home", key="home", body="""
<p>Het Fonds betaalt de oorlogsrenten van oud-strijders, burgerlijke oorlogsslachtoffers en hun
rechthebbenden.</p><p><a href="/nl/e-loket">Naar het e-loket</a></p>"""),
        Page("/nl/contact", "Contact", key="contact", body="""
<p>Federaal Fonds voor Oorlogsrenten<br>Oud-Strijdersplein 1<br>1040 Brussel<br>02 555 19 45<br>
<a href="mailto:info@ffrg-ffor.be">info@ffrg-ffor.be</a></p>
<p><a href="/nl/contact/klachten">Klachtenbehandeling</a></p>"""),
        Page("/nl/e-loket", "E-loket", key="eservices", body="""
<ul><li><a href="/nl/e-loket/attest">Een attest aanvragen</a></li>
<li><a href="/nl/e-loket/adres">Adreswijziging doorgeven</a></li>
<li><a href="/nl/e-loket/klacht">Online klachtenformulier</a></li></ul>"""),
        Page("/nl/e-loket/klacht", "Online klachtenformulier", key="form", crumbs=[("E-loket", "/nl/e-loket")], body="""
<form class="webform" method="post" action="/nl/e-loket/klacht">
<label for="k-naam">Naam *</label><input id="k-naam" name="naam" required>
<label for="k-mail">E-mailadres *</label><input id="k-mail" name="mail" type="email" required>
<label for="k-tekst">Uw klacht *</label><textarea id="k-tekst" name="klacht" rows="8" required></textarea>
<button type="submit">Verzenden</button></form>"""),
        Page("/nl/contact/klachten", "Klachtenbehandeling", key="complaints", crumbs=[("Contact", "/nl/contact")], body="""
<p>Het Fonds wil dat oud-strijders en hun nabestaanden met respect geholpen worden. Klachten helpen ons na te
gaan of dat ook echt zo is, en waar we ons moeten verbeteren.</p>
<p><strong>Een klacht is geen bezwaar tegen de beslissing over uw rente.</strong> Wilt u het bedrag betwisten,
dan gaat u binnen zestig dagen in beroep bij de Beroepscommissie voor oorlogsrenten. Een klacht schort die
termijn niet op.</p>
<p>Gebruik het online klachtenformulier in ons <a href="/nl/e-loket">e-loket</a>. De klachtendienst onderzoekt
uw klacht en antwoordt u binnen dertig werkdagen.</p>
<p>Bent u niet tevreden met het antwoord, dan kunt u zich wenden tot de federale Ombudsman
(<a href="https://www.federaalombudsman.be">www.federaalombudsman.be</a>).</p>"""),
    ])

SITE = Site("war-pension-fund", "drupal", [FR, NL], root="splash", colour="#33691e",
            notes="Drupal, splash; FR FAQ accordion with 'porter plainte' = service complaint; NL form in e-loket")
