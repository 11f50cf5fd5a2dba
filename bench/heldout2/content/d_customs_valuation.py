"""customs-valuation-institute: modern theme, `/` redirects by Accept-Language, FR/NL/DE/EN.

A tax-like body whose "réclamation" / "bezwaar" / "objection" against a valuation decision is the
formal appeal, with its own deadline, acknowledgement, file number, online objection form and the tax
conciliation service as the next step. FR keeps the two apart on a tabbed complaint page (tabs with
hidden panels) and has a separate online form page. NL has only the objection page and an e-mail
address for complaints. DE contrasts complaint and Einspruch and describes an e-mail procedure with a
20-working-day answer. EN: complaint form reached through the e-services page, "promptly", and the
objection page never contrasted with complaints.
"""

from bench.heldout.build_sites import Lang, Page, Site, passes

# ----------------------------------------------------------------------------- FR
FR_COMPLAINTS = Page("/fr/contact/plaintes", "Plaintes sur nos services", key="complaints",
                     crumbs=[("Contact", "/fr/contact")], body="""
<div class="c-tabs">
<div role="tablist" aria-label="Plaintes">
<button role="tab" id="tab-1" aria-controls="panel-1" aria-selected="true">Plainte ou réclamation ?</button>
<button role="tab" id="tab-2" aria-controls="panel-2" aria-selected="false" tabindex="-1">Pourquoi et quoi ?</button>
<button role="tab" id="tab-3" aria-controls="panel-3" aria-selected="false" tabindex="-1">Procédure et délais</button>
<button role="tab" id="tab-4" aria-controls="panel-4" aria-selected="false" tabindex="-1">Pas satisfait ?</button>
</div>
<section role="tabpanel" id="panel-1" aria-labelledby="tab-1">
<p>Ne confondez pas plainte et réclamation. La <strong>réclamation</strong> est le recours administratif prévu
par la loi contre une décision de valeur en douane : elle doit être introduite dans les trente jours de la
notification de la décision, selon la procédure décrite à la page
<a href="/fr/contester-une-decision">Contester une décision</a>. La <strong>plainte</strong>, elle, porte sur la
qualité de notre service et ne modifie en rien la décision ni le délai de réclamation.</p></section>
<section role="tabpanel" id="panel-2" aria-labelledby="tab-2" hidden>
<p>Une plainte est l’expression d’une insatisfaction à l’égard de la manière dont l’Institut a rendu ses
services : un dossier qui traîne, une erreur dans un courrier, un accueil inadéquat au guichet, une
information peu claire.</p>
<p>Les plaintes que nous recevons sont analysées chaque trimestre par le comité de direction. Elles nous
aident à repérer les procédures qui compliquent inutilement la vie des opérateurs et à les simplifier.</p></section>
<section role="tabpanel" id="panel-3" aria-labelledby="tab-3" hidden>
<ol><li>Introduisez votre plainte au moyen du <a href="/fr/contact/plaintes/formulaire">formulaire de plainte
en ligne</a>.</li>
<li>Vous recevez automatiquement un accusé de réception qui mentionne le numéro unique attribué à votre
plainte.</li>
<li>Le coordinateur des plaintes examine votre plainte avec le service concerné.</li>
<li>Vous recevez une réponse définitive dans les 30 jours calendrier. Si ce délai ne peut être tenu, nous
vous en expliquons la raison.</li></ol></section>
<section role="tabpanel" id="panel-4" aria-labelledby="tab-4" hidden>
<p>Si vous estimez que votre plainte n’a pas été correctement traitée, vous pouvez vous adresser au
<a href="https://www.mediateurfederal.be">Médiateur fédéral</a>. Le Service de conciliation fiscale n’est pas
compétent pour les plaintes relatives à nos services.</p></section>
</div>""")

FR_FORM = Page("/fr/contact/plaintes/formulaire", "Formulaire de plainte", key="form",
               crumbs=[("Contact", "/fr/contact"), ("Plaintes", "/fr/contact/plaintes")], body="""
<form class="c-form" method="post" action="/fr/contact/plaintes/formulaire">
<label for="f-org">Entreprise (facultatif)</label><input id="f-org" name="entreprise">
<label for="f-name">Nom *</label><input id="f-name" name="nom" required>
<label for="f-mail">Adresse électronique *</label><input id="f-mail" name="email" type="email" required>
<label for="f-text">Votre plainte *</label><textarea id="f-text" name="plainte" rows="8" required></textarea>
<button class="c-btn c-btn--primary">Envoyer la plainte</button></form>""")

FR_OBJ = Page("/fr/contester-une-decision", "Contester une décision", key="objection", body="""
<p>Vous n’êtes pas d’accord avec une décision de valeur en douane ? Introduisez une réclamation motivée
dans les trente jours de sa notification, par lettre recommandée ou via le formulaire de réclamation de
l’application en ligne. Un accusé de réception mentionnant votre numéro de dossier vous est envoyé.</p>""")

FR = Lang(
    "fr", "Institut fédéral de l’évaluation en douane", "IFED", "/fr/",
    menu=[("Évaluation", "/fr/evaluation", []), ("Contester une décision", "/fr/contester-une-decision", []),
          ("Contact", "/fr/contact", [("Plaintes", "/fr/contact/plaintes")])],
    footer=[("IFED", [("Contact", "/fr/contact"), ("Accessibilité", "/fr/accessibilite")])],
    tagline="La juste valeur en douane",
    labels=passes("va ra df pr dl fm ak nu om"),
    pages=[
        Page("/fr/", "Accueil", key="home", body="""
<p>L’Institut fixe la valeur en douane des marchandises importées lorsque celle-ci ne peut pas être
déterminée sur la base de la facture.</p><p><a href="/fr/evaluation">Demander une évaluation</a></p>"""),
        Page("/fr/contact", "Contact", key="contact", body="""
<p>Institut fédéral de l’évaluation en douane<br>Rue de l’Entrepôt 60<br>1000 Bruxelles<br>02 555 63 00<br>
<a href="mailto:info@ifed-fidw.be">info@ifed-fidw.be</a></p>
<p>Une plainte sur nos services ? <a href="/fr/contact/plaintes">Voici comment faire</a>.</p>"""),
        FR_COMPLAINTS, FR_FORM, FR_OBJ,
    ])

# ----------------------------------------------------------------------------- NL
NL = Lang(
    "nl", "Federaal Instituut voor Douanewaardering", "FIDW", "/nl/",
    menu=[("Waardering", "/nl/waardering", []), ("Bezwaar indienen", "/nl/bezwaar", []),
          ("Contact", "/nl/contact", [])],
    footer=[("FIDW", [("Contact", "/nl/contact"), ("Toegankelijkheid", "/nl/toegankelijkheid")])],
    tagline="De juiste douanewaarde",
    labels=passes(""),
    pages=[
        Page("/nl/", "Home", key="home", body="""
<p>Het Instituut bepaalt de douanewaarde van ingevoerde goederen wanneer die niet op basis van de factuur
kan worden vastgesteld.</p><p><a href="/nl/waardering">Een waardering aanvragen</a></p>"""),
        Page("/nl/contact", "Contact", key="contact", body="""
<p>Federaal Instituut voor Douanewaardering<br>Stapelhuisstraat 60<br>1000 Brussel<br>02 555 63 00<br>
<a href="mailto:info@ifed-fidw.be">info@ifed-fidw.be</a></p>
<p>Klachten over onze dienstverlening kunt u mailen naar
<a href="mailto:klachten@ifed-fidw.be">klachten@ifed-fidw.be</a>.</p>"""),
        Page("/nl/bezwaar", "Bezwaar indienen", key="objection", body="""
<h2>Niet akkoord met een beslissing over de douanewaarde?</h2>
<p>Dien dan binnen dertig dagen na de kennisgeving een gemotiveerd bezwaarschrift in, per aangetekende brief
of via het <a href="/nl/bezwaar/formulier">online bezwaarformulier</a>.</p>
<p>U ontvangt binnen vijf werkdagen een ontvangstbevestiging met uw dossiernummer. Wij nemen binnen zes
maanden een beslissing over uw bezwaar.</p>
<p>Bent u het niet eens met die beslissing, dan kunt u de Fiscale Bemiddelingsdienst om bemiddeling vragen of
naar de rechtbank stappen.</p>"""),
        Page("/nl/bezwaar/formulier", "Bezwaarformulier", key="objection-form", body="""
<form class="c-form" method="post" action="/nl/bezwaar/formulier">
<label for="b-ref">Referentie van de beslissing *</label><input id="b-ref" name="referentie" required>
<label for="b-mot">Motivering van uw bezwaar *</label><textarea id="b-mot" name="motivering" rows="8"></textarea>
<button class="c-btn c-btn--primary">Bezwaar indienen</button></form>"""),
    ])

# ----------------------------------------------------------------------------- DE
DE = Lang(
    "de", "Föderales Institut für Zollwertermittlung", "FIZW", "/de/",
    menu=[("Kontakt", "/de/kontakt", [("Beschwerden", "/de/kontakt/beschwerden")])],
    footer=[("FIZW", [("Kontakt", "/de/kontakt")])],
    tagline="Der richtige Zollwert",
    labels=passes("va df pr dl om"),
    pages=[
        Page("/de/", "Startseite", key="home", body="""
<p>Das Institut ermittelt den Zollwert eingeführter Waren, wenn er nicht anhand der Rechnung bestimmt werden
kann.</p><p><a href="/de/kontakt">Kontakt</a></p>"""),
        Page("/de/kontakt", "Kontakt", key="contact", body="""
<p>Föderales Institut für Zollwertermittlung<br>Rue de l’Entrepôt 60<br>1000 Brüssel<br>02 555 63 00<br>
<a href="mailto:info@ifed-fidw.be">info@ifed-fidw.be</a></p>
<p><a href="/de/kontakt/beschwerden">Beschwerden über unseren Dienst</a></p>"""),
        Page("/de/kontakt/beschwerden", "Beschwerden über unseren Dienst", key="complaints",
             crumbs=[("Kontakt", "/de/kontakt")], body="""
<h2>Eine Beschwerde ist kein Einspruch</h2>
<p>Wenn Sie eine Entscheidung über den Zollwert anfechten möchten, müssen Sie innerhalb von dreißig Tagen
Einspruch einlegen. Eine Beschwerde ändert weder an der Entscheidung noch an dieser Frist etwas.</p>
<h2>Worüber können Sie sich beschweren?</h2>
<p>Unter einer Beschwerde verstehen wir Ihre Unzufriedenheit mit unserem Dienst: eine zu lange Wartezeit,
eine fehlerhafte Auskunft oder ein unhöflicher Umgang.</p>
<h2>So gehen Sie vor</h2>
<p>Schicken Sie Ihre Beschwerde per E-Mail an <a href="mailto:beschwerden@ifed-fidw.be">beschwerden@ifed-fidw.be</a>
oder per Post an die oben genannte Anschrift. Der Beschwerdekoordinator prüft sie und antwortet Ihnen
schriftlich innerhalb von 20 Werktagen.</p>
<p>Sind Sie mit dieser Antwort nicht zufrieden, können Sie sich an den Föderalen Ombudsmann wenden
(<a href="https://www.federalombudsman.be">www.federalombudsman.be</a>).</p>"""),
    ])

# ----------------------------------------------------------------------------- EN
EN = Lang(
    "en", "Federal Customs Valuation Institute", "FCVI", "/en/",
    menu=[("Objections", "/en/objections", []), ("E-services", "/en/e-services", []),
          ("Contact", "/en/contact", [("Complaints", "/en/contact/complaints")])],
    footer=[("FCVI", [("Contact", "/en/contact")])],
    tagline="The right customs value",
    labels=passes("ra pr fm ak nu"),
    pages=[
        Page("/en/", "Home", key="home", body="""
<p>The Institute sets the customs value of imported goods when it cannot be established from the invoice.</p>
<p><a href="/en/e-services">Our e-services</a></p>"""),
        Page("/en/contact", "Contact", key="contact", body="""
<p>Federal Customs Valuation Institute<br>Rue de l’Entrepôt 60<br>1000 Brussels<br>+32 2 555 63 00<br>
<a href="mailto:info@ifed-fidw.be">info@ifed-fidw.be</a></p>
<p><a href="/en/contact/complaints">Complaints about our service</a></p>"""),
        Page("/en/contact/complaints", "Complaints about our service", key="complaints",
             crumbs=[("Contact", "/en/contact")], body="""
<p>We take complaints seriously: they show us where our procedures let businesses down, and every complaint
is reviewed when we plan improvements.</p>
<p>To complain, use the complaint form in our <a href="/en/e-services">e-services portal</a>. After you submit
it, you will receive an acknowledgement by email with a unique complaint reference. A complaints officer will
investigate and respond to you promptly.</p>"""),
        Page("/en/e-services", "E-services", key="eservices", body="""
<ul><li><a href="/en/e-services/valuation">Request a valuation</a></li>
<li><a href="/en/objections">Lodge an objection</a></li>
<li><a href="/en/e-services/complaint">Complaint about our service (online form)</a></li></ul>"""),
        Page("/en/e-services/complaint", "Complaint about our service", key="form",
             crumbs=[("E-services", "/en/e-services")], body="""
<form class="c-form" method="post" action="/en/e-services/complaint">
<label for="c-name">Name *</label><input id="c-name" name="name" required>
<label for="c-mail">Email *</label><input id="c-mail" name="email" type="email" required>
<label for="c-text">What went wrong? *</label><textarea id="c-text" name="complaint" rows="8" required></textarea>
<button class="c-btn c-btn--primary">Submit</button></form>"""),
        Page("/en/objections", "Objections", key="objection", body="""
<p>If you disagree with a valuation decision, you may lodge a reasoned objection within 30 days of being
notified. We will send you an acknowledgement quoting your file number.</p>
<p>If your objection is rejected, you may ask the Fiscal Conciliation Service to mediate.</p>"""),
    ])

SITE = Site("customs-valuation-institute", "modern", [FR, NL, DE, EN], root="lang_redirect", colour="#6a1b9a",
            notes="modern, Accept-Language redirect; tabbed FR page; réclamation/bezwaar/objection traps; "
                  "NL e-mail only; EN form via e-services")
