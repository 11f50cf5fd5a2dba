"""toy-safety-inspection: classic table theme, splash page, FR/NL/DE.

An inspection that receives complaints against manufacturers and shops (product reports, each with its own
online form, acknowledgement and file number). FR: complaint page under "Qui sommes-nous > Qualité de
service" with a definition list (what is / is not a complaint), numbered steps, form on the page; the only
"mediation" named is the consumer mediation service, on the product page. NL: the complaint paragraph is on
the contact page (definition, e-mail address, Federal Ombudsman). DE: product "Beschwerde" form, and a
service promise on the contact page (30 days, Federal Ombudsman) without a channel.
"""

from bench.heldout.build_sites import Lang, Page, Site, passes

FR = Lang(
    "fr", "Inspection fédérale de la sécurité des jouets", "IFSJ", "/fr/",
    menu=[("Signaler un produit dangereux", "/fr/signaler", []),
          ("Qui sommes-nous ?", "/fr/qui-sommes-nous", [("Missions", "/fr/qui-sommes-nous/missions"),
                                                       ("Qualité de service", "/fr/qui-sommes-nous/qualite")]),
          ("Contact", "/fr/contact", [])],
    footer=[("IFSJ", [("Contact", "/fr/contact"), ("Vie privée", "/fr/vie-privee")])],
    tagline="Des jouets sûrs pour nos enfants",
    labels=passes("ra df pr dl fm ak nu"),
    pages=[
        Page("/fr/", "Accueil", key="home", body="""
<p>L’Inspection contrôle la sécurité des jouets et des articles de puériculture vendus en Belgique.</p>
<p><a href="/fr/signaler">Vous avez repéré un jouet dangereux ?</a></p>"""),
        Page("/fr/contact", "Contact", key="contact", body="""
<p><b>Inspection fédérale de la sécurité des jouets</b><br>Rue du Cheval de Bois 11<br>1030 Bruxelles<br>
02 555 32 10<br><a href="mailto:info@ifsj-fis.be">info@ifsj-fis.be</a></p>"""),
        Page("/fr/signaler", "Signaler un produit dangereux", key="report", body="""
<p>Un jouet vous semble dangereux, ou vous souhaitez déposer plainte contre un fabricant ou un magasin ?
Décrivez le produit ci-dessous : nos inspecteurs se chargent de l’enquête.</p>
<form action="/fr/signaler" method="post"><p>Marque et modèle : <input name="modele"></p>
<p>Description du défaut :<br><textarea name="defaut" rows="5" cols="50"></textarea></p>
<p><input type="submit" value="Envoyer le signalement"></p></form>
<p>Vous n’êtes pas satisfait de la réponse du fabricant ou du vendeur ? Le Service de médiation pour le
consommateur peut intervenir dans votre litige
(<a href="https://www.mediationconsommateur.be">www.mediationconsommateur.be</a>).</p>"""),
        Page("/fr/qui-sommes-nous/qualite", "Qualité de service", key="quality",
             crumbs=[("Qui sommes-nous ?", "/fr/qui-sommes-nous")], body="""
<p>L’Inspection s’engage à répondre à toute question écrite dans un délai raisonnable et à traiter chacun
avec respect.</p>
<p>&gt; <a href="/fr/qui-sommes-nous/qualite/plaintes">Plaintes concernant le fonctionnement de l’Inspection</a></p>"""),
        Page("/fr/qui-sommes-nous/qualite/plaintes", "Plaintes concernant le fonctionnement de l’Inspection",
             key="complaints", crumbs=[("Qui sommes-nous ?", "/fr/qui-sommes-nous"),
                                       ("Qualité de service", "/fr/qui-sommes-nous/qualite")], body="""
<p>Les plaintes sont pour nous une source d’information précieuse : elles révèlent les failles de notre
organisation que nos propres contrôles internes n’ont pas détectées.</p>
<dl>
<dt>Qu’est-ce qu’une plainte ?</dt>
<dd>Le signalement, par un citoyen ou une entreprise, d’un mécontentement à propos d’une prestation de
l’Inspection : délai de réponse, comportement d’un inspecteur, information incorrecte.</dd>
<dt>Qu’est-ce qui n’en est pas une ?</dt>
<dd>Le signalement d’un jouet dangereux ou une plainte contre un fabricant ou un magasin : ces signalements
suivent la procédure <a href="/fr/signaler">Signaler un produit dangereux</a>.</dd>
</dl>
<h3>Étapes</h3>
<ol><li>Vous complétez le formulaire ci-dessous.</li>
<li>Dans les 5 jours ouvrables, vous recevez un accusé de réception portant la référence attribuée à votre
plainte.</li>
<li>Le coordinateur des plaintes instruit votre plainte avec le service concerné.</li>
<li>Vous recevez une réponse motivée au plus tard 30 jours ouvrables après l’accusé de réception.</li></ol>
<form action="/fr/qui-sommes-nous/qualite/plaintes" method="post">
<p>Nom : <input name="nom"> E-mail : <input name="email"></p>
<p>Votre plainte :<br><textarea name="plainte" rows="8" cols="60"></textarea></p>
<p><input type="submit" value="Envoyer ma plainte"></p></form>"""),
    ])

NL = Lang(
    "nl", "Federale Inspectie Speelgoedveiligheid", "FIS", "/nl/",
    menu=[("Gevaarlijk product melden", "/nl/melden", []),
          ("Over ons", "/nl/over-ons", [("Opdrachten", "/nl/over-ons/opdrachten")]), ("Contact", "/nl/contact", [])],
    footer=[("FIS", [("Contact", "/nl/contact"), ("Privacy", "/nl/privacy")])],
    tagline="Veilig speelgoed voor onze kinderen",
    labels=passes("df om"),
    pages=[
        Page("/nl/", "Home", key="home", body="""
<p>De Inspectie controleert de veiligheid van speelgoed en kinderverzorgingsartikelen die in België worden
verkocht.</p><p><a href="/nl/melden">Gevaarlijk speelgoed gezien?</a></p>"""),
        Page("/nl/melden", "Gevaarlijk product melden", key="report", body="""
<p>Lijkt een stuk speelgoed u gevaarlijk, of hebt u een klacht tegen een fabrikant of winkel? Beschrijf het
product hieronder; onze inspecteurs onderzoeken de zaak.</p>
<form action="/nl/melden" method="post"><p>Merk en model: <input name="model"></p>
<p>Beschrijving van het gebrek:<br><textarea name="gebrek" rows="5" cols="50"></textarea></p>
<p><input type="submit" value="Melding versturen"></p></form>
<p>Na uw melding ontvangt u binnen drie werkdagen een ontvangstbevestiging met een dossiernummer.</p>"""),
        Page("/nl/contact", "Contact", key="contact", body="""
<p><b>Federale Inspectie Speelgoedveiligheid</b><br>Houten Paardstraat 11<br>1030 Brussel<br>02 555 32 10<br>
<a href="mailto:info@ifsj-fis.be">info@ifsj-fis.be</a></p>
<h3>Klachten over onze werking</h3>
<p>Een klacht is een uiting van ontevredenheid over de manier waarop de Inspectie u behandeld heeft,
bijvoorbeeld een laattijdig antwoord of een onvriendelijke inspecteur. Een melding over gevaarlijk speelgoed
is geen klacht over ons: gebruik daarvoor het <a href="/nl/melden">meldpunt</a>.</p>
<p>Klachten mailt u naar <a href="mailto:klachten@ifsj-fis.be">klachten@ifsj-fis.be</a>.</p>
<p>Vindt u dat wij uw klacht niet correct behandeld hebben? Dan kunt u zich richten tot de federale
Ombudsman (<a href="https://www.federaalombudsman.be">www.federaalombudsman.be</a>).</p>"""),
    ])

DE = Lang(
    "de", "Föderale Inspektion für Spielzeugsicherheit", "FIS", "/de/",
    menu=[("Gefährliches Spielzeug melden", "/de/melden", []), ("Kontakt", "/de/kontakt", [])],
    footer=[("FIS", [("Kontakt", "/de/kontakt")])],
    tagline="Sicheres Spielzeug für unsere Kinder",
    labels=passes("dl om"),
    pages=[
        Page("/de/", "Startseite", key="home", body="""
<p>Die Inspektion kontrolliert die Sicherheit von Spielzeug und Babyartikeln, die in Belgien verkauft
werden.</p><p><a href="/de/melden">Gefährliches Spielzeug gesehen?</a></p>"""),
        Page("/de/melden", "Beschwerde über ein gefährliches Spielzeug", key="report", body="""
<p>Sie möchten sich über ein gefährliches Spielzeug oder über einen Hersteller beschweren? Beschreiben Sie
das Produkt; unsere Inspektoren gehen der Sache nach.</p>
<form action="/de/melden" method="post"><p>Marke und Modell: <input name="modell"></p>
<p>Beschreibung des Mangels:<br><textarea name="mangel" rows="5" cols="50"></textarea></p>
<p><input type="submit" value="Beschwerde absenden"></p></form>"""),
        Page("/de/kontakt", "Kontakt", key="contact", body="""
<p><b>Föderale Inspektion für Spielzeugsicherheit</b><br>Rue du Cheval de Bois 11<br>1030 Brüssel<br>
02 555 32 10<br><a href="mailto:info@ifsj-fis.be">info@ifsj-fis.be</a></p>
<div class="box"><h3>Unser Versprechen</h3>
<p>Beschwerden über unsere Arbeit werden innerhalb von 30 Kalendertagen beantwortet. Wenn Sie mit der Antwort
nicht zufrieden sind, können Sie sich an den Föderalen Ombudsmann wenden.</p></div>"""),
    ])

SITE = Site("toy-safety-inspection", "classic", [FR, NL, DE], root="splash", colour="#c62828",
            notes="classic, splash; About > Quality > Complaints (FR); complaints against companies with "
                  "their own forms; consumer mediation; NL on the contact page; DE promise without channel")
