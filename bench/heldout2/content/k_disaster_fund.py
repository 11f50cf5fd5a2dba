"""disaster-compensation-fund: Drupal theme with a mega-menu, `/` redirects to /fr/, FR/NL/DE.

A "Pas satisfait ?" / "Niet tevreden?" / "Nicht zufrieden?" page under Contact, with a downloadable DOCX
complaint form (FR, NL). Compensation decisions are appealed before the court of first instance within
three months; every version contrasts that with a complaint. FR text uses soft hyphens and line breaks
inside sentences. NL has no reason, no acknowledgement and no number. DE: the contrast, an e-mail address,
and the ombudswoman of the German-speaking Community as the only other body.
"""

from bench.heldout.build_sites import Lang, Page, Site, passes
from bench.heldout2.build_sites import tiny_docx

FILES = {
    "/fr/docs/formulaire-plainte.docx": tiny_docx([
        "Fonds fédéral d’indemnisation des catastrophes technologiques", "Formulaire de plainte",
        "Nom et prénom :", "Numéro de dossier d’indemnisation (s’il y a lieu) :", "Objet de votre plainte :",
        "À renvoyer à plaintes@ffict-fstr.be ou rue de la Reconstruction 17, 1210 Bruxelles"]),
    "/nl/docs/klachtenformulier.docx": tiny_docx([
        "Federaal Schadefonds voor Technologische Rampen", "Klachtenformulier", "Naam en voornaam:",
        "Dossiernummer (indien van toepassing):", "Waarover gaat je klacht?",
        "Terug te sturen naar klachten@ffict-fstr.be of Wederopbouwstraat 17, 1210 Brussel"]),
}

FR = Lang(
    "fr", "Fonds fédéral d’indemnisation des catastrophes technologiques", "FFICT", "/fr/",
    menu=[("Indemnisation", None, [("Demander", [("Introduire une demande", "/fr/indemnisation/demande")]),
                                   ("Après la décision", [("Contester une décision", "/fr/indemnisation/contester")])]),
          ("Le Fonds", "/fr/le-fonds", []),
          ("Contact", "/fr/contact", [("Pas satisfait ?", "/fr/contact/pas-satisfait")])],
    footer=[("Le Fonds", [("Contact", "/fr/contact"), ("Accessibilité", "/fr/accessibilite")])],
    tagline="Aux côtés des victimes",
    labels=passes("va ra df pr dl fm ak nu om"),
    pages=[
        Page("/fr/", "Accueil", key="home", body="""
<p>Le Fonds indemnise les victimes d’explosions, d’incendies industriels et d’autres catastrophes
technologiques lorsque le responsable ne peut être identifié ou est insolvable.</p>"""),
        Page("/fr/contact", "Contact", key="contact", body="""
<p>Fonds fédéral d’indemnisation des catastrophes technologiques<br>Rue de la Reconstruction 17<br>
1210 Bruxelles<br>02 555 14 14 – <a href="mailto:info@ffict-fstr.be">info@ffict-fstr.be</a></p>
<p><a href="/fr/contact/pas-satisfait">Pas satisfait de nos services ?</a></p>"""),
        Page("/fr/indemnisation/contester", "Contester une décision", key="appeal", body="""
<p>Vous pouvez contester une décision du Fonds devant le tribunal de première instance dans les trois mois
de sa notification.</p>"""),
        Page("/fr/contact/pas-satisfait", "Pas satisfait ?", key="complaints", crumbs=[("Contact", "/fr/contact")],
             body="""
<p>Le Fonds traite les plaintes pour une raison simple : les victimes d’une catastrophe ont déjà assez de
soucis, et chaque difficulté administrative que nous leur causons doit être identifiée pour ne plus se
reproduire.</p>
<h2>De quoi pouvez-vous vous plaindre ?</h2>
<p>Vous pouvez introduire une plainte si vous n’êtes pas satisfait de la manière dont nous avons traité votre
dossier : délais, erreurs, accueil, manque d’information.</p>
<h2>Une plainte n’est pas un recours</h2>
<p>Pour contester le montant ou le refus d’une indem&shy;nisation, vous devez saisir le tribunal de première
instance dans les trois mois. La plainte ne suspend pas ce délai et ne modifie pas la décision.</p>
<h2>Comment introduire une plainte ?</h2>
<p>Téléchargez le <a href="/fr/docs/formulaire-plainte.docx">formulaire de plainte (DOCX, 18 Ko)</a>,
complétez-le et renvoyez-le par e-mail à <a href="mailto:plaintes@ffict-fstr.be">plaintes@ffict-fstr.be</a> ou
par la poste. Le coordinateur des plaintes enregistre votre plainte,<br>lui attribue un numéro de suivi unique
et vous envoie un accusé de réception dans les 7 jours. Il l’examine ensuite avec le gestionnaire de votre
dossier et vous répond dans un délai de trente jours calendrier.</p>
<p>Si cette réponse ne vous satisfait pas, vous pouvez vous adresser gratuitement au Médiateur fédéral
(<a href="https://www.mediateurfederal.be">www.mediateurfederal.be</a>).</p>"""),
    ])

NL = Lang(
    "nl", "Federaal Schadefonds voor Technologische Rampen", "FSTR", "/nl/",
    menu=[("Schadevergoeding", None, [("Aanvragen", [("Een aanvraag indienen", "/nl/vergoeding/aanvraag")]),
                                      ("Na de beslissing", [("Een beslissing betwisten", "/nl/vergoeding/betwisten")])]),
          ("Het Fonds", "/nl/het-fonds", []),
          ("Contact", "/nl/contact", [("Niet tevreden?", "/nl/contact/niet-tevreden")])],
    footer=[("Het Fonds", [("Contact", "/nl/contact"), ("Toegankelijkheid", "/nl/toegankelijkheid")])],
    tagline="Aan de zijde van de slachtoffers",
    labels=passes("va df pr dl fm om"),
    pages=[
        Page("/nl/", "Home", key="home", body="""
<p>Het Fonds vergoedt slachtoffers van explosies, industriële branden en andere technologische rampen
wanneer de aansprakelijke niet gevonden wordt of onvermogend is.</p>"""),
        Page("/nl/contact", "Contact", key="contact", body="""
<p>Federaal Schadefonds voor Technologische Rampen<br>Wederopbouwstraat 17<br>1210 Brussel<br>02 555 14 14 –
<a href="mailto:info@ffict-fstr.be">info@ffict-fstr.be</a></p>
<p><a href="/nl/contact/niet-tevreden">Niet tevreden over onze dienstverlening?</a></p>"""),
        Page("/nl/contact/niet-tevreden", "Niet tevreden?", key="complaints", crumbs=[("Contact", "/nl/contact")],
             body="""
<h2>Waarover kan je klagen?</h2>
<p>Je kan een klacht indienen als je ontevreden bent over hoe we je dossier behandeld hebben: wachttijden,
fouten, onthaal, gebrek aan informatie.</p>
<h2>Een klacht is geen beroep</h2>
<p>Wil je het bedrag of de weigering van een schadevergoeding betwisten, dan moet je binnen drie maanden naar
de rechtbank van eerste aanleg. Een klacht schort die termijn niet op.</p>
<h2>Hoe dien je een klacht in?</h2>
<p>Download het <a href="/nl/docs/klachtenformulier.docx">klachtenformulier (DOCX)</a>, vul het in en stuur het
naar <a href="mailto:klachten@ffict-fstr.be">klachten@ffict-fstr.be</a> of met de post. De klachten&shy;coördinator
onderzoekt je klacht samen met de dossierbeheerder en antwoordt je binnen dertig kalenderdagen.</p>
<p>Ben je niet tevreden met dat antwoord, dan kan je gratis terecht bij de federale Ombudsman
(<a href="https://www.federaalombudsman.be">www.federaalombudsman.be</a>).</p>"""),
    ])

DE = Lang(
    "de", "Föderaler Entschädigungsfonds für technologische Katastrophen", "FETK", "/de/",
    menu=[("Der Fonds", "/de/der-fonds", []),
          ("Kontakt", "/de/kontakt", [("Nicht zufrieden?", "/de/kontakt/nicht-zufrieden")])],
    footer=[("Der Fonds", [("Kontakt", "/de/kontakt")])],
    tagline="An der Seite der Opfer",
    labels=passes("va"),
    pages=[
        Page("/de/", "Startseite", key="home", body="""
<p>Der Fonds entschädigt Opfer von Explosionen, Industriebränden und anderen technologischen Katastrophen.</p>"""),
        Page("/de/kontakt", "Kontakt", key="contact", body="""
<p>Föderaler Entschädigungsfonds für technologische Katastrophen<br>Rue de la Reconstruction 17<br>1210 Brüssel<br>
02 555 14 14 – <a href="mailto:info@ffict-fstr.be">info@ffict-fstr.be</a></p>
<p><a href="/de/kontakt/nicht-zufrieden">Nicht zufrieden?</a></p>"""),
        Page("/de/kontakt/nicht-zufrieden", "Nicht zufrieden?", key="complaints", crumbs=[("Kontakt", "/de/kontakt")],
             body="""
<p>Eine Beschwerde ist kein Rechtsmittel gegen die Entscheidung über Ihre Entschädigung. Die Frist von drei
Monaten für eine Klage beim Gericht erster Instanz läuft weiter, auch wenn Sie sich bei uns beschweren.</p>
<p>Für Beschwerden schreiben Sie bitte an <a href="mailto:beschwerden@ffict-fstr.be">beschwerden@ffict-fstr.be</a>.</p>
<p>Sie können sich auch an die Ombudsfrau der Deutschsprachigen Gemeinschaft wenden
(<a href="https://www.dg-ombudsdienst.be">www.dg-ombudsdienst.be</a>).</p>"""),
    ])

SITE = Site("disaster-compensation-fund", "drupal", [FR, NL, DE], root="redirect:/fr/", files=FILES,
            colour="#b71c1c",
            notes="Drupal mega-menu, / -> /fr/; 'Pas satisfait ?' page; DOCX forms; soft hyphens; "
                  "DE community ombudswoman")
