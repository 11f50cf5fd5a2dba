"""Fuel excise administration: WordPress theme, / chooses the language from Accept-Language. Complaint
information under Contact. Traps: the tax "réclamation" / "bezwaar" pages with their own deadline,
acknowledgement, file number and form; NL e-mail only and the tax conciliation service."""

from bench.heldout3.build_sites import Lang, Page, Site, passes

fr = Lang(
    code="fr", name="Administration des accises sur les carburants", short="AAC", home="/fr/",
    tagline="Accises, entrepôts et carburants",
    menu=[("Entrepositaires", "/fr/entrepositaires", [("Agrément", "/fr/entrepositaires/agrement"),
                                                       ("Déclarations", "/fr/entrepositaires/declarations")]),
          ("Contester une imposition", "/fr/reclamation", []),
          ("Contact", "/fr/contact", [("Plainte sur nos services", "/fr/contact/plainte")])],
    footer=[("AAC", [("Mentions légales", "/fr/mentions")])],
    pages=[
        Page("/fr/", "Accueil", key="home", body="""<p>L’AAC perçoit les droits d’accise sur l’essence, le diesel
et le gasoil de chauffage et agrée les entrepositaires.</p>"""),
        Page("/fr/reclamation", "Introduire une réclamation", key="objection", body="""
<p>Vous contestez le montant des accises qui vous est réclamé ? Introduisez une réclamation motivée auprès du
directeur régional dans un délai de six mois à compter de l’envoi de l’avis de paiement, au moyen du
<a href="/fr/reclamation/formulaire">formulaire de réclamation</a>. Vous recevez un accusé de réception
mentionnant le numéro de dossier de votre réclamation.</p>"""),
        Page("/fr/contact", "Contact", key="contact", body="""<p>Administration des accises sur les carburants<br>
Boulevard du Pétrole 61, 2030 Anvers<br>Tél. 03 502 18 40 · info@aac-accises.be</p>
<p><a href="/fr/contact/plainte">Vous souhaitez vous plaindre de nos services ?</a></p>"""),
        Page("/fr/contact/plainte", "Plainte sur nos services", key="complaints", crumbs=[("Contact", "/fr/contact")],
             body="""
<p><strong>Attention :</strong> une plainte ne remplace pas une <a href="/fr/reclamation">réclamation</a>. Si vous
contestez une imposition, c’est une réclamation qu’il faut introduire, pas une plainte.</p>
<h2>Marche à suivre</h2>
<p>Complétez le <a href="/fr/contact/plainte/formulaire">formulaire de plainte en ligne</a>. Le gestionnaire
des plaintes enregistre votre plainte sous un numéro unique et vous envoie un accusé de réception dans les
sept jours. Il examine ensuite votre dossier avec le service concerné et vous répond dans un délai maximal de
trente jours.</p>
<p>Si vous n’êtes pas satisfait de la suite réservée à votre plainte, vous pouvez saisir le Médiateur
fédéral.</p>"""),
        Page("/fr/contact/plainte/formulaire", "Formulaire de plainte", key="form",
             crumbs=[("Contact", "/fr/contact"), ("Plainte sur nos services", "/fr/contact/plainte")], body="""
<form action="/fr/contact/plainte/formulaire" method="post" class="wpcf7-form">
<p><label>Votre nom<br><input type="text" name="your-name"></label></p>
<p><label>Votre e-mail<br><input type="email" name="your-email"></label></p>
<p><label>Décrivez votre plainte<br><textarea name="your-message" rows="10"></textarea></label></p>
<p><input type="submit" value="Envoyer" class="wpcf7-submit"></p></form>"""),
    ],
    labels=passes("va pr dl fm ak nu om"),
)

nl = Lang(
    code="nl", name="Administratie van de Accijnzen op Brandstoffen", short="AAB", home="/nl/",
    tagline="Accijnzen, entrepots en brandstoffen",
    menu=[("Entrepothouders", "/nl/entrepothouders", []), ("Bezwaar indienen", "/nl/bezwaar", []),
          ("Contact", "/nl/contact", [])],
    footer=[("AAB", [("Disclaimer", "/nl/disclaimer")])],
    pages=[
        Page("/nl/", "Home", key="home", body="<p>De AAB int de accijnzen op benzine, diesel en stookolie.</p>"),
        Page("/nl/bezwaar", "Bezwaar indienen", key="objection", body="""
<p>Bent u het niet eens met het bedrag van de accijnzen? Dien dan binnen zes maanden na de verzending van het
betalingsbericht een gemotiveerd bezwaar in bij de gewestelijke directeur, met het
<a href="/nl/bezwaar/formulier">bezwaarformulier</a>. U ontvangt binnen 15 dagen een ontvangstbevestiging met het
dossiernummer van uw bezwaar. De directeur beslist binnen zes maanden.</p>
<p>Komt u er met de administratie niet uit, dan kunt u de Fiscale Bemiddelingsdienst inschakelen.</p>"""),
        Page("/nl/contact", "Contact", key="contact", body="""<p>Administratie van de Accijnzen op Brandstoffen<br>
Petroleumlaan 61, 2030 Antwerpen<br>Tel. 03 502 18 41 · info@aab-accijnzen.be</p>
<h2>Klacht over onze dienstverlening?</h2>
<p>Een klacht is geen <a href="/nl/bezwaar">bezwaar</a>: wie een aanslag betwist, dient bezwaar in. Voor
klachten over onze dienstverlening: klachten@aab-accijnzen.be.</p>"""),
    ],
    labels=passes("va"),
)

SITE = Site(name="fuel-excise-administration", theme="wp", langs=[fr, nl], root="lang_redirect",
            colour="#bf360c", notes=__doc__)
