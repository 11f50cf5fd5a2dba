"""drone-licensing-bureau: modern theme, `/` redirects to /nl/, FR/NL/EN.

The complaint form lives in the e-counter ("guichet en ligne" / "e-loket" / "e-counter"), among request
forms; the complaint page links to the e-counter. All three versions contrast a complaint with the
60-day appeal to the Council of State. FR: steps with reference number and 20 working days, Federal
Ombudsman, but no reason and no definition. NL (informal "je"): everything but the second line, which is
the Vlaamse Ombudsdienst. EN: the appeal contrast and the form link only.
"""

from bench.heldout.build_sites import Lang, Page, Site, passes


def complaint_form(action: str, name: str, mail: str, licence: str, text: str, send: str) -> str:
    return (f'<form class="c-form" method="post" action="{action}"><label for="d-n">{name}</label>'
            f'<input id="d-n" name="name" required><label for="d-m">{mail}</label><input id="d-m" name="email" '
            f'type="email" required><label for="d-l">{licence}</label><input id="d-l" name="licence">'
            f'<label for="d-t">{text}</label><textarea id="d-t" name="text" rows="8" required></textarea>'
            f'<button class="c-btn c-btn--primary">{send}</button></form>')


FR = Lang(
    "fr", "Bureau fédéral des licences de télépilote", "BFLT", "/fr/",
    menu=[("Licences", "/fr/licences", []), ("Guichet en ligne", "/fr/guichet", []),
          ("Contact", "/fr/contact", [("Une plainte ?", "/fr/contact/plainte")])],
    footer=[("BFLT", [("Contact", "/fr/contact"), ("Vie privée", "/fr/vie-privee")])],
    tagline="Voler en sécurité",
    labels=passes("va pr dl fm ak nu om"),
    pages=[
        Page("/fr/", "Accueil", key="home", body="""
<p>Le Bureau délivre les licences de télépilote et organise les examens théoriques et pratiques.</p>
<p><a href="/fr/guichet">Accéder au guichet en ligne</a></p>"""),
        Page("/fr/contact", "Contact", key="contact", body="""
<p>Bureau fédéral des licences de télépilote<br>Avenue des Hélices 3<br>1130 Bruxelles<br>02 555 27 27</p>
<p><a href="/fr/contact/plainte">Une plainte sur nos services ?</a></p>"""),
        Page("/fr/guichet", "Guichet en ligne", key="eservices", body="""
<ul class="c-cards"><li><a href="/fr/guichet/licence">Demander une licence</a></li>
<li><a href="/fr/guichet/renouveler">Renouveler une licence</a></li>
<li><a href="/fr/guichet/plainte">Introduire une plainte (formulaire en ligne)</a></li></ul>"""),
        Page("/fr/guichet/plainte", "Introduire une plainte", key="form", crumbs=[("Guichet en ligne", "/fr/guichet")],
             body=complaint_form("/fr/guichet/plainte", "Nom", "E-mail", "Numéro de licence (s’il y a lieu)",
                                 "Votre plainte", "Envoyer")),
        Page("/fr/contact/plainte", "Une plainte sur nos services ?", key="complaints",
             crumbs=[("Contact", "/fr/contact")], body="""
<h2>Plainte ou recours ?</h2>
<p>Une plainte ne remet pas en cause la décision prise sur votre licence (refus, suspension ou retrait).
Pour contester une telle décision, vous disposez d’un recours auprès du Conseil d’État dans les 60 jours :
notre service des plaintes ne peut pas la modifier.</p>
<h2>Comment procéder ?</h2>
<ol><li>Rendez-vous au <a href="/fr/guichet">guichet en ligne</a> et choisissez « Introduire une plainte ».</li>
<li>Votre plainte reçoit immédiatement un numéro de référence unique et un accusé de réception vous est
envoyé par e-mail.</li>
<li>Notre gestionnaire des plaintes analyse votre dossier.</li>
<li>Vous recevez une réponse dans les 20 jours ouvrables.</li></ol>
<p>Pas satisfait de notre réponse ? Adressez-vous au <a href="https://www.mediateurfederal.be">Médiateur
fédéral</a>.</p>"""),
    ])

NL = Lang(
    "nl", "Federaal Bureau voor Dronepilotenbrevetten", "FBDB", "/nl/",
    menu=[("Brevetten", "/nl/brevetten", []), ("E-loket", "/nl/e-loket", []),
          ("Contact", "/nl/contact", [("Klacht?", "/nl/contact/klacht")])],
    footer=[("FBDB", [("Contact", "/nl/contact"), ("Privacy", "/nl/privacy")])],
    tagline="Veilig vliegen",
    labels=passes("va ra df pr dl fm ak nu"),
    pages=[
        Page("/nl/", "Home", key="home", body="""
<p>Het Bureau reikt dronepilotenbrevetten uit en organiseert de theorie- en praktijkexamens.</p>
<p><a href="/nl/e-loket">Naar het e-loket</a></p>"""),
        Page("/nl/contact", "Contact", key="contact", body="""
<p>Federaal Bureau voor Dronepilotenbrevetten<br>Schroevenlaan 3<br>1130 Brussel<br>02 555 27 27</p>
<p><a href="/nl/contact/klacht">Klacht over onze dienstverlening?</a></p>"""),
        Page("/nl/e-loket", "E-loket", key="eservices", body="""
<ul class="c-cards"><li><a href="/nl/e-loket/brevet">Brevet aanvragen</a></li>
<li><a href="/nl/e-loket/hernieuwen">Brevet hernieuwen</a></li>
<li><a href="/nl/e-loket/klacht">Klacht indienen (online formulier)</a></li></ul>"""),
        Page("/nl/e-loket/klacht", "Klacht indienen", key="form", crumbs=[("E-loket", "/nl/e-loket")],
             body=complaint_form("/nl/e-loket/klacht", "Naam", "E-mail", "Brevetnummer (indien van toepassing)",
                                 "Je klacht", "Versturen")),
        Page("/nl/contact/klacht", "Klacht over onze dienstverlening?", key="complaints",
             crumbs=[("Contact", "/nl/contact")], body="""
<p>Elke klacht is voor ons een kans om onze dienstverlening aan dronepiloten bij te sturen.</p>
<h2>Waarover kan je klagen?</h2>
<p>Een klacht gaat over de manier waarop wij gewerkt hebben: een te lange wachttijd voor een examen, een
onduidelijke uitleg, een onbeleefde examinator, een mail die onbeantwoord bleef.</p>
<h2>Geen beroep</h2>
<p>Een klacht is geen beroep. Tegen een beslissing over je brevet (weigering, schorsing of intrekking) kan je
binnen 60 dagen beroep instellen bij de Raad van State.</p>
<h2>Zo werkt het</h2>
<ol><li>Ga naar het <a href="/nl/e-loket">e-loket</a> en kies ‘Klacht indienen’.</li>
<li>Je klacht krijgt meteen een uniek referentienummer en je ontvangt een ontvangstbevestiging per mail.</li>
<li>Onze klachtenbehandelaar onderzoekt je dossier.</li>
<li>Binnen vijftien werkdagen krijg je een antwoord.</li></ol>
<p>Niet tevreden met ons antwoord? Dan kan je een klacht indienen bij de Vlaamse Ombudsdienst
(<a href="https://www.vlaamseombudsdienst.be">www.vlaamseombudsdienst.be</a>).</p>"""),
    ])

EN = Lang(
    "en", "Federal Drone Pilot Licensing Bureau", "FDPLB", "/en/",
    menu=[("E-counter", "/en/e-counter", []), ("Contact", "/en/contact", [("Complaints", "/en/contact/complaints")])],
    footer=[("FDPLB", [("Contact", "/en/contact")])],
    tagline="Fly safely",
    labels=passes("va fm"),
    pages=[
        Page("/en/", "Home", key="home", body="""
<p>The Bureau issues remote pilot licences and organises the theory and practical exams.</p>
<p><a href="/en/e-counter">Go to the e-counter</a></p>"""),
        Page("/en/contact", "Contact", key="contact", body="""
<p>Federal Drone Pilot Licensing Bureau<br>Avenue des Hélices 3<br>1130 Brussels<br>+32 2 555 27 27</p>
<p><a href="/en/contact/complaints">Complaints</a></p>"""),
        Page("/en/e-counter", "E-counter", key="eservices", body="""
<ul class="c-cards"><li><a href="/en/e-counter/licence">Apply for a licence</a></li>
<li><a href="/en/e-counter/complaint">Make a complaint (online form)</a></li></ul>"""),
        Page("/en/e-counter/complaint", "Make a complaint", key="form", crumbs=[("E-counter", "/en/e-counter")],
             body=complaint_form("/en/e-counter/complaint", "Name", "Email", "Licence number (if any)",
                                 "Your complaint", "Send")),
        Page("/en/contact/complaints", "Complaints", key="complaints", crumbs=[("Contact", "/en/contact")], body="""
<p>A complaint is not an appeal. If you wish to challenge a decision on your licence, you must lodge an
appeal with the Council of State within 60 days.</p>
<p>To make a complaint, use the online complaint form in our <a href="/en/e-counter">e-counter</a>.</p>"""),
    ])

SITE = Site("drone-licensing-bureau", "modern", [FR, NL, EN], root="redirect:/nl/", colour="#ef6c00",
            notes="modern, / -> /nl/; complaint form in the e-counter; Council of State contrast; "
                  "NL Vlaamse Ombudsdienst; EN appeal contrast and form link only")
