"""Federal public service Energy Transition (invented). FR NL DE EN, Drupal theme with a large mega-menu,
splash page, news. FR/NL: complaint page under About > Service quality, with the details spread over two
SUB-PAGES ("how to file" with the form, "after your complaint" with acknowledgement, number, deadlines and
the Federal Ombudsman). Traps: a news item "the FPS files a criminal complaint" after a phishing wave; the
Energy Ombudsman (sector ombudsman) for supplier disputes. DE: one page, e-mail only, nothing on what
happens next. EN: no acknowledgement, and only the Energy Ombudsman as a next step."""

from bench.heldout.build_sites import Lang, Page, Site, passes


def _form(lang, action):
    t = {"fr": ("Civilité", ["Madame", "Monsieur", "Autre"], "Nom", "Prénom", "Adresse e-mail", "Téléphone",
                "Votre plainte concerne", ["Primes et subsides fédéraux", "Autorisations", "Information et publications", "Accueil et attitude", "Autre"],
                "Exposez votre plainte", "Envoyer"),
         "nl": ("Aanspreking", ["Mevrouw", "De heer", "Andere"], "Naam", "Voornaam", "E-mailadres", "Telefoon",
                "Uw klacht gaat over", ["Federale premies en subsidies", "Vergunningen", "Informatie en publicaties", "Onthaal en houding", "Andere"],
                "Omschrijf uw klacht", "Versturen"),
         "en": ("Title", ["Ms", "Mr", "Other"], "Surname", "First name", "E-mail address", "Phone",
                "Your complaint is about", ["Federal grants", "Permits", "Information and publications", "Reception and attitude", "Other"],
                "Describe your complaint", "Send")}[lang]
    return (f'<form class="webform-submission-form" action="{action}" method="post">'
            f'<div class="form-item"><label>{t[0]}</label><select name="title">' + "".join(f"<option>{o}</option>" for o in t[1]) + '</select></div>'
            f'<div class="form-item"><label for="l-n">{t[2]} *</label><input id="l-n" name="name" required></div>'
            f'<div class="form-item"><label for="l-p">{t[3]}</label><input id="l-p" name="first"></div>'
            f'<div class="form-item"><label for="l-m">{t[4]} *</label><input id="l-m" type="email" name="mail" required></div>'
            f'<div class="form-item"><label for="l-t">{t[5]}</label><input id="l-t" type="tel" name="phone"></div>'
            f'<div class="form-item"><label for="l-s">{t[6]}</label><select id="l-s" name="topic">' + "".join(f"<option>{o}</option>" for o in t[7]) + '</select></div>'
            f'<div class="form-item"><label for="l-x">{t[8]} *</label><textarea id="l-x" name="complaint" rows="10" required></textarea></div>'
            f'<div class="form-actions"><button type="submit">{t[9]}</button></div></form>')


fr_menu = [
    ("Thèmes", None, [
        ("Efficacité énergétique", [("Normes des appareils", "/fr/themes/efficacite/normes"), ("Étiquette énergie", "/fr/themes/efficacite/etiquette")]),
        ("Approvisionnement", [("Sécurité d'approvisionnement", "/fr/themes/approvisionnement/securite"), ("Nucléaire : sortie progressive", "/fr/themes/approvisionnement/nucleaire")]),
        ("Climat", [("Plan national énergie-climat", "/fr/themes/climat/pnec"), ("Marché du carbone", "/fr/themes/climat/carbone")])]),
    ("Primes et autorisations", None, [("Primes fédérales", "/fr/primes"), ("Autorisations de production offshore", "/fr/autorisations/offshore"),
                                       ("Amendes administratives", "/fr/autorisations/amendes")]),
    ("Publications", "/fr/publications", [("Études", "/fr/publications/etudes"), ("Statistiques", "/fr/publications/statistiques")]),
    ("Actualités", "/fr/actualites", []),
    ("À propos du SPF", None, [("Organisation", "/fr/a-propos/organisation"), ("Qualité de service", "/fr/a-propos/qualite-de-service"),
                               ("Plaintes", "/fr/a-propos/qualite-de-service/plaintes"), ("Emplois", "/fr/a-propos/emplois")]),
    ("Contact", "/fr/contact", []),
]
fr_footer = [("SPF Transition énergétique", [("Contact", "/fr/contact"), ("Plaintes", "/fr/a-propos/qualite-de-service/plaintes"),
                                             ("Presse", "/fr/presse")]),
             ("Ce site", [("Accessibilité", "/fr/accessibilite"), ("Vie privée", "/fr/vie-privee"), ("Cookies", "/fr/cookies"),
                          ("Plan du site", "/fr/plan-du-site")])]
FR_BASE = "/fr/a-propos/qualite-de-service/plaintes"
fr_crumbs = [("À propos du SPF", "/fr/a-propos/organisation"), ("Qualité de service", "/fr/a-propos/qualite-de-service")]
fr_pages = [
    Page("/fr/", "Accueil", key="home", body="""
<section class="hero"><h2>Une énergie sûre, abordable et bas carbone</h2><p>Le SPF prépare et met en œuvre la politique fédérale de l'énergie et du climat.</p></section>
<section class="news-teaser"><h2>Actualités</h2><ul>
<li><time>10/09/2026</time> <a href="/fr/actualites/hameconnage-plainte">Faux courriels « prime énergie » : le SPF porte plainte</a></li>
<li><time>01/09/2026</time> <a href="/fr/actualites/etiquette-2027">Nouvelle étiquette énergie pour les sèche-linge</a></li></ul></section>"""),
    Page("/fr/actualites", "Actualités", key="news", body="""
<div class="view-news"><article><h2><a href="/fr/actualites/hameconnage-plainte">Faux courriels « prime énergie » : le SPF porte plainte</a></h2></article>
<article><h2><a href="/fr/actualites/etiquette-2027">Nouvelle étiquette énergie pour les sèche-linge</a></h2></article></div>"""),
    Page("/fr/actualites/hameconnage-plainte", "Faux courriels « prime énergie » : le SPF porte plainte", date="10/09/2026",
         crumbs=[("Actualités", "/fr/actualites")], key="phishing", body="""
<p>Des courriels frauduleux promettant une « prime énergie fédérale » circulent depuis plusieurs jours. Ils renvoient vers un faux site qui demande vos données bancaires. Le SPF a porté plainte auprès de la police fédérale.</p>
<p>Vous avez été victime ? Déposez plainte auprès de la police et signalez le message à <a href="mailto:suspect@safeonweb.example">suspect@safeonweb.example</a>. Ne communiquez jamais vos codes bancaires.</p>"""),
    Page("/fr/contact", "Contact", key="contact", body="""
<div class="contact-block"><p>SPF Transition énergétique<br>Rue Royale 138<br>1000 Bruxelles</p>
<p>Infoligne : 02 555 30 00 (du lundi au vendredi, de 9 h à 12 h et de 13 h à 16 h)<br><a href="/fr/contact/formulaire">Formulaire de contact</a></p></div>
<h2>Un litige avec votre fournisseur d'énergie ?</h2><p>Le SPF n'intervient pas dans les litiges contractuels. Adressez-vous au Service de médiation de l'énergie.</p>
<p>Vous n'êtes pas satisfait de nos services ? <a href="/fr/a-propos/qualite-de-service/plaintes">Plaintes</a></p>"""),
    Page(FR_BASE, "Plaintes", key="complaints", crumbs=fr_crumbs, body="""
<p>Le SPF veut offrir des services de qualité à chacun de ses usagers. Votre plainte nous aide à repérer ce qui ne fonctionne pas et à prendre les mesures qui s'imposent.</p>
<h2>Que considérons-nous comme une plainte ?</h2>
<p>Vous êtes mécontent de la façon dont le SPF a traité votre demande, de la qualité d'une information fournie ou du comportement de l'un de nos collaborateurs ? C'est une plainte.</p>
<h2>Ce que cette procédure ne couvre pas</h2>
<ul><li>les litiges avec votre fournisseur ou votre gestionnaire de réseau (→ Service de médiation de l'énergie) ;</li>
<li>les primes régionales à la rénovation (→ votre Région) ;</li>
<li>la contestation d'une décision administrative (voir ci-dessous).</li></ul>
<h2>Plainte et recours : deux voies différentes</h2>
<p>Si vous contestez une décision du SPF – par exemple le refus d'une autorisation ou une amende administrative –, c'est la voie de recours mentionnée dans la décision qu'il faut suivre. La procédure de plainte ne peut ni annuler ni modifier une décision, et les délais de recours continuent de courir pendant l'examen de votre plainte.</p>
<div class="cards"><a class="card" href="/fr/a-propos/qualite-de-service/plaintes/introduire">Introduire une plainte</a>
<a class="card" href="/fr/a-propos/qualite-de-service/plaintes/apres-votre-plainte">Après votre plainte</a></div>"""),
    Page(FR_BASE + "/introduire", "Introduire une plainte", key="complaints-file", crumbs=fr_crumbs + [("Plaintes", FR_BASE)], body="""
<p>Le plus simple est de compléter le formulaire ci-dessous. Vous pouvez aussi écrire au SPF Transition énergétique, Service des plaintes, rue Royale 138, 1000 Bruxelles.</p>
<p>Décrivez les faits le plus précisément possible et joignez les documents utiles (copie de courrier, capture d'écran...).</p>
""" + _form("fr", FR_BASE + "/envoyer")),
    Page(FR_BASE + "/apres-votre-plainte", "Après votre plainte", key="complaints-after", crumbs=fr_crumbs + [("Plaintes", FR_BASE)], body="""
<h2>Enregistrement</h2><p>Dès sa réception, votre plainte reçoit un numéro de dossier unique. Endéans les 5 jours ouvrables, vous recevez un accusé de réception qui reprend ce numéro et les coordonnées de la personne qui suit votre dossier.</p>
<h2>Examen</h2><p>Le service des plaintes vérifie que votre plainte est recevable, puis interroge la direction concernée.</p>
<h2>Réponse</h2><p>Vous recevez une réponse motivée dans les 30 jours calendrier suivant la réception de votre plainte. Lorsqu'un examen plus long est nécessaire, nous vous prévenons et vous indiquons un nouveau délai.</p>
<h2>Pas satisfait de la réponse ?</h2><p>Vous pouvez soumettre votre dossier au Médiateur fédéral, qui est indépendant du SPF : rue de Louvain 48 bte 6, 1000 Bruxelles, 0800 99 961, <a href="https://www.mediateurfederal.be">www.mediateurfederal.be</a>.</p>"""),
]

nl_menu = [
    ("Thema's", None, [
        ("Energie-efficiëntie", [("Normen voor toestellen", "/nl/themas/efficientie/normen"), ("Energielabel", "/nl/themas/efficientie/label")]),
        ("Bevoorrading", [("Bevoorradingszekerheid", "/nl/themas/bevoorrading/zekerheid"), ("Kernuitstap", "/nl/themas/bevoorrading/kernuitstap")]),
        ("Klimaat", [("Nationaal energie- en klimaatplan", "/nl/themas/klimaat/nekp"), ("Koolstofmarkt", "/nl/themas/klimaat/koolstof")])]),
    ("Premies en vergunningen", None, [("Federale premies", "/nl/premies"), ("Vergunningen offshore", "/nl/vergunningen/offshore"),
                                       ("Administratieve boetes", "/nl/vergunningen/boetes")]),
    ("Publicaties", "/nl/publicaties", []),
    ("Nieuws", "/nl/nieuws", []),
    ("Over de FOD", None, [("Organisatie", "/nl/over-de-fod/organisatie"), ("Kwaliteit", "/nl/over-de-fod/kwaliteit"),
                           ("Klachten", "/nl/over-de-fod/kwaliteit/klachten"), ("Vacatures", "/nl/over-de-fod/vacatures")]),
    ("Contact", "/nl/contact", []),
]
nl_footer = [("FOD Energietransitie", [("Contact", "/nl/contact"), ("Klachten", "/nl/over-de-fod/kwaliteit/klachten"), ("Pers", "/nl/pers")]),
             ("Deze site", [("Toegankelijkheid", "/nl/toegankelijkheid"), ("Privacy", "/nl/privacy"), ("Sitemap", "/nl/sitemap")])]
NL_BASE = "/nl/over-de-fod/kwaliteit/klachten"
nl_crumbs = [("Over de FOD", "/nl/over-de-fod/organisatie"), ("Kwaliteit", "/nl/over-de-fod/kwaliteit")]
nl_pages = [
    Page("/nl/", "Home", key="home", body="""
<section class="hero"><h2>Veilige, betaalbare en koolstofarme energie</h2><p>De FOD bereidt het federale energie- en klimaatbeleid voor en voert het uit.</p></section>
<section class="news-teaser"><h2>Nieuws</h2><ul><li><time>10/09/2026</time> <a href="/nl/nieuws/phishing-klacht">Valse mails over een ‘energiepremie’: FOD dient klacht in</a></li></ul></section>"""),
    Page("/nl/nieuws", "Nieuws", key="news", body="""<article><h2><a href="/nl/nieuws/phishing-klacht">Valse mails over een ‘energiepremie’: FOD dient klacht in</a></h2></article>"""),
    Page("/nl/nieuws/phishing-klacht", "Valse mails over een ‘energiepremie’: FOD dient klacht in", date="10/09/2026",
         crumbs=[("Nieuws", "/nl/nieuws")], key="phishing", body="""
<p>Frauduleuze e-mails beloven een ‘federale energiepremie’ en leiden naar een valse website die naar uw bankgegevens vraagt. De FOD heeft klacht ingediend bij de federale politie.</p>
<p>Bent u slachtoffer? Doe aangifte bij de politie.</p>"""),
    Page("/nl/contact", "Contact", key="contact", body="""
<div class="contact-block"><p>FOD Energietransitie<br>Koningsstraat 138<br>1000 Brussel</p>
<p>Infolijn: 02 555 30 01 (maandag tot vrijdag, 9 tot 12 en 13 tot 16 uur)<br><a href="/nl/contact/formulier">Contactformulier</a></p></div>
<h2>Een geschil met uw energieleverancier?</h2><p>Daarvoor kunt u terecht bij de Ombudsdienst voor Energie.</p>
<p>Ontevreden over onze dienstverlening? <a href="/nl/over-de-fod/kwaliteit/klachten">Klachten</a></p>"""),
    Page(NL_BASE, "Klachten", key="complaints", crumbs=nl_crumbs, body="""
<h2>Waarom klachtenmanagement?</h2>
<p>Elke klacht is een signaal dat onze dienstverlening beter kan. Door klachten zorgvuldig te behandelen en te analyseren, sporen we structurele problemen op en lossen we ze op.</p>
<h2>Wanneer is het een klacht?</h2>
<p>U dient een klacht in wanneer u ontevreden bent over de manier waarop de FOD uw aanvraag behandelde, over de kwaliteit van de informatie die u kreeg, of over de houding van een medewerker.</p>
<h2>Niet via deze procedure</h2>
<ul><li>geschillen met uw leverancier of netbeheerder (→ Ombudsdienst voor Energie);</li>
<li>gewestelijke renovatiepremies (→ uw Gewest);</li>
<li>het aanvechten van een administratieve beslissing (zie hieronder).</li></ul>
<h2>Klacht of beroep?</h2>
<p>Gaat u niet akkoord met een beslissing van de FOD, zoals de weigering van een vergunning of een administratieve boete, dan tekent u beroep aan volgens de procedure die in de beslissing staat. Een klacht kan een beslissing niet vernietigen of wijzigen, en de beroepstermijnen blijven lopen terwijl uw klacht onderzocht wordt.</p>
<div class="cards"><a class="card" href="/nl/over-de-fod/kwaliteit/klachten/indienen">Een klacht indienen</a>
<a class="card" href="/nl/over-de-fod/kwaliteit/klachten/na-uw-klacht">Na uw klacht</a></div>"""),
    Page(NL_BASE + "/indienen", "Een klacht indienen", key="complaints-file", crumbs=nl_crumbs + [("Klachten", NL_BASE)], body="""
<p>Vul bij voorkeur het onderstaande formulier in. U kunt ook schrijven naar de FOD Energietransitie, Klachtendienst, Koningsstraat 138, 1000 Brussel.</p>
""" + _form("nl", NL_BASE + "/versturen")),
    Page(NL_BASE + "/na-uw-klacht", "Na uw klacht", key="complaints-after", crumbs=nl_crumbs + [("Klachten", NL_BASE)], body="""
<ol><li><strong>Registratie</strong> – Uw klacht krijgt bij ontvangst een uniek dossiernummer.</li>
<li><strong>Ontvangstbevestiging</strong> – Uiterlijk vijf werkdagen later ontvangt u een bevestiging met dat nummer en de naam van uw contactpersoon.</li>
<li><strong>Onderzoek</strong> – De klachtendienst gaat na of uw klacht ontvankelijk is en vraagt de betrokken directie om uitleg.</li>
<li><strong>Antwoord</strong> – Binnen dertig kalenderdagen na ontvangst krijgt u een gemotiveerd antwoord.</li></ol>
<h2>Niet tevreden met het antwoord?</h2><p>Dan kunt u zich wenden tot de federale Ombudsman, Leuvenseweg 48 bus 6, 1000 Brussel, 0800 99 961.</p>"""),
]

de_menu = [
    ("Themen", None, [("Energieeffizienz", "/de/themen/effizienz"), ("Versorgungssicherheit", "/de/themen/versorgung")]),
    ("Über den FÖD", None, [("Organisation", "/de/ueber-den-foed/organisation"), ("Beschwerden", "/de/ueber-den-foed/beschwerden")]),
    ("Kontakt", "/de/kontakt", []),
]
de_footer = [("FÖD Energiewende", [("Kontakt", "/de/kontakt"), ("Beschwerden", "/de/ueber-den-foed/beschwerden")]),
             ("Diese Website", [("Datenschutz", "/de/datenschutz")])]
de_pages = [
    Page("/de/", "Startseite", key="home", body="""<section class="hero"><h2>Sichere, bezahlbare und kohlenstoffarme Energie</h2></section>"""),
    Page("/de/kontakt", "Kontakt", key="contact", body="""
<p>FÖD Energiewende<br>Königsstraße 138<br>1000 Brüssel</p><p>Infotelefon: 02 555 30 02</p>
<p><a href="/de/ueber-den-foed/beschwerden">Beschwerden</a></p>"""),
    Page("/de/ueber-den-foed/beschwerden", "Beschwerden", key="complaints", crumbs=[("Über den FÖD", "/de/ueber-den-foed/organisation")], body="""
<p>Der FÖD möchte seine Dienstleistungen fortlaufend verbessern. Ihre Beschwerde zeigt uns, wo Handlungsbedarf besteht.</p>
<h2>Was ist eine Beschwerde?</h2>
<p>Eine Beschwerde liegt vor, wenn Sie mit der Art und Weise unzufrieden sind, in der der FÖD Ihr Anliegen behandelt hat, mit der Qualität einer Auskunft oder mit dem Verhalten eines Mitarbeiters.</p>
<h2>Streitigkeiten mit Ihrem Energieversorger</h2>
<p>Dafür ist der Ombudsdienst für Energie zuständig.</p>
<h2>Beschwerde einreichen</h2>
<p>Bitte richten Sie Ihre Beschwerde per E-Mail an <a href="mailto:beschwerden@energie-transition.example">beschwerden@energie-transition.example</a>.</p>
<p>Wenn Sie mit der Behandlung Ihrer Beschwerde nicht zufrieden sind, können Sie sich an den föderalen Ombudsmann wenden.</p>"""),
]

en_menu = [
    ("Topics", None, [("Energy efficiency", "/en/topics/efficiency"), ("Security of supply", "/en/topics/supply")]),
    ("About the FPS", None, [("Organisation", "/en/about/organisation"), ("Complaints", "/en/about/complaints")]),
    ("Contact", "/en/contact", []),
]
en_footer = [("FPS Energy Transition", [("Contact", "/en/contact"), ("Complaints", "/en/about/complaints")]),
             ("This website", [("Privacy", "/en/privacy")])]
en_pages = [
    Page("/en/", "Home", key="home", body="""<section class="hero"><h2>Secure, affordable and low-carbon energy</h2></section>"""),
    Page("/en/contact", "Contact", key="contact", body="""
<p>FPS Energy Transition<br>Rue Royale 138<br>1000 Brussels</p><p>Info line: +32 2 555 30 03</p>
<p><a href="/en/about/complaints">Complaints</a></p>"""),
    Page("/en/about/complaints", "Complaints", key="complaints", crumbs=[("About the FPS", "/en/about/organisation")], body="""
<h2>What is a complaint?</h2>
<p>You have a complaint when you feel that the FPS handled your request poorly, gave you incorrect information or treated you discourteously.</p>
<h2>A complaint will not change a decision</h2>
<p>Lodging a complaint does not alter a decision of the FPS, nor does it extend the period within which you can challenge that decision. To contest a decision, follow the appeal route described in the decision letter.</p>
<h2>How to complain</h2>
<p>Use our <a href="/en/about/complaints/form">online complaint form</a> or write to the FPS Energy Transition, Complaints Service, Rue Royale 138, 1000 Brussels. Your complaint will be logged under a unique reference, and you will receive a reasoned reply within 30 calendar days.</p>
<h2>Disputes with your energy supplier</h2>
<p>If your complaint concerns your energy supplier or distribution system operator, please contact the Energy Ombudsman.</p>"""),
    Page("/en/about/complaints/form", "Complaint form", key="form", crumbs=[("About the FPS", "/en/about/organisation"), ("Complaints", "/en/about/complaints")],
         body=_form("en", "/en/about/complaints/send")),
]

SITE = Site(
    name="energy-transition-fps", theme="drupal", colour="#f2a900", root="splash", sitemap=True,
    notes=__doc__,
    langs=[
        Lang("fr", "SPF Transition énergétique", "SPF TE", "/fr/", fr_menu, fr_footer, fr_pages,
             passes("va ra df pr dl fm ak nu om"), tagline="Service public fédéral"),
        Lang("nl", "FOD Energietransitie", "FOD ET", "/nl/", nl_menu, nl_footer, nl_pages,
             passes("va ra df pr dl fm ak nu om"), tagline="Federale overheidsdienst"),
        Lang("de", "FÖD Energiewende", "FÖD EW", "/de/", de_menu, de_footer, de_pages, passes("ra df om"),
             tagline="Föderaler Öffentlicher Dienst"),
        Lang("en", "FPS Energy Transition", "FPS ET", "/en/", en_menu, en_footer, en_pages, passes("va df pr dl fm nu"),
             tagline="Federal Public Service"),
    ],
)
