"""Federal heritage digitisation centre (invented). FR NL EN, modern theme, "/" redirects by
Accept-Language. Complaint FAQ (details/summary accordions) under Contact. Trap-heavy and non-compliant:
e-mail only, vague answer time, a registered letter "avec accusé de réception" / "aangetekend met
ontvangstbewijs" (not an acknowledgement of the complaint), "quote your order number", regional
ombudsmen only, a newsletter form and a downloadable ORDER form on the page. Only the FR page says what
one may complain about (scope); NL lists only what is not a complaint."""

from bench.heldout.build_sites import Lang, Page, Site, passes, tiny_pdf


def _faq(items):
    return "".join(f'<details class="c-accordion"><summary class="c-accordion__q">{q}</summary><div class="c-accordion__a">{a}</div></details>'
                   for q, a in items)


def _newsletter(lang):
    t = {"fr": ("Restez informé : inscrivez-vous à notre lettre d'information", "Votre adresse e-mail", "S'inscrire"),
         "nl": ("Blijf op de hoogte: schrijf u in op onze nieuwsbrief", "Uw e-mailadres", "Inschrijven"),
         "en": ("Stay informed: subscribe to our newsletter", "Your e-mail address", "Subscribe")}[lang]
    return (f'<aside class="c-newsletter"><h2>{t[0]}</h2><form action="/{lang}/newsletter" method="post"><label for="nl-m">{t[1]}'
            f'</label><input id="nl-m" type="email" name="mail"><button class="c-btn">{t[2]}</button></form></aside>')


fr_menu = [
    ("Services", None, [("Numérisation de collections", "/fr/services/numerisation"), ("Commander une reproduction", "/fr/services/reproductions"),
                        ("Tarifs", "/fr/services/tarifs")]),
    ("Collections en ligne", "/fr/collections", []),
    ("Le Centre", "/fr/centre", [("Missions", "/fr/centre/missions"), ("Partenaires", "/fr/centre/partenaires")]),
    ("Contact", None, [("Nous écrire", "/fr/contact"), ("Questions et plaintes", "/fr/contact/questions-et-plaintes")]),
]
fr_footer = [("Centre", [("Contact", "/fr/contact"), ("Salle de consultation", "/fr/salle")]),
             ("Légal", [("Droits d'auteur", "/fr/droits"), ("Vie privée", "/fr/vie-privee")])]
fr_pages = [
    Page("/fr/", "Accueil", key="home", body="""
<section class="c-hero"><h2>Le patrimoine fédéral, à portée de clic</h2><p>Le Centre numérise les collections des établissements scientifiques fédéraux et les rend accessibles en ligne.</p></section>"""),
    Page("/fr/contact", "Nous écrire", key="contact", body="""
<p>Centre fédéral de Numérisation du Patrimoine<br>Rue du Musée 9<br>1000 Bruxelles</p>
<p>Salle de consultation : du mardi au vendredi, de 9 h à 16 h 30 – 02 555 44 00<br><a href="mailto:info@cfnp-fced.be">info@cfnp-fced.be</a></p>
<p>Voir aussi : <a href="/fr/contact/questions-et-plaintes">Questions et plaintes</a></p>"""),
    Page("/fr/contact/questions-et-plaintes", "Une remarque sur nos services ?", key="complaints", crumbs=[("Contact", "/fr/contact")], body=_faq([
        ("Dans quels cas puis-je me plaindre ?",
         "<p>Vous pouvez nous adresser une plainte si une commande de reproduction numérique ne vous a pas été livrée, si la qualité "
         "des fichiers ne correspond pas à ce qui était convenu, ou si vous estimez avoir été mal accueilli dans notre salle de "
         "consultation.</p>"),
        ("Comment vous contacter ?", '<p>Écrivez-nous à <a href="mailto:info@cfnp-fced.be">info@cfnp-fced.be</a>.</p>'),
        ("Quand recevrai-je une réponse ?", "<p>Cela dépend du nombre de demandes en cours. Nous faisons le nécessaire pour vous répondre dans les meilleurs délais.</p>"),
        ("Dois-je envoyer mon courrier en recommandé ?",
         "<p>Ce n'est pas nécessaire. Si vous souhaitez une preuve d'envoi, vous pouvez toutefois utiliser un envoi recommandé "
         "avec accusé de réception de la poste.</p>"),
        ("Quelle référence indiquer ?",
         "<p>Rappelez toujours le numéro de votre commande (il commence par CMD-) afin que nous retrouvions rapidement votre dossier.</p>"),
        ("Je souhaite commander une nouvelle reproduction",
         '<p>Complétez le <a href="/fr/documents/bon-de-commande.pdf">formulaire de commande (PDF)</a> et renvoyez-le-nous.</p>'),
        ("Et si je ne suis pas d'accord avec votre réponse ?",
         "<p>Les usagers résidant en Wallonie peuvent s'adresser au Médiateur de la Wallonie et de la Fédération Wallonie-Bruxelles ; "
         "ceux qui résident à Bruxelles, à Ombuds Brussels.</p>"),
    ]) + _newsletter("fr")),
]

nl_menu = [
    ("Diensten", None, [("Digitalisering van collecties", "/nl/diensten/digitalisering"), ("Een reproductie bestellen", "/nl/diensten/reproducties"),
                        ("Tarieven", "/nl/diensten/tarieven")]),
    ("Online collecties", "/nl/collecties", []),
    ("Het Centrum", "/nl/centrum", []),
    ("Contact", None, [("Schrijf ons", "/nl/contact"), ("Vragen en klachten", "/nl/contact/vragen-en-klachten")]),
]
nl_footer = [("Centrum", [("Contact", "/nl/contact")]), ("Juridisch", [("Auteursrecht", "/nl/auteursrecht"), ("Privacy", "/nl/privacy")])]
nl_pages = [
    Page("/nl/", "Home", key="home", body="""
<section class="c-hero"><h2>Federaal erfgoed, met één klik</h2><p>Het Centrum digitaliseert de collecties van de federale wetenschappelijke instellingen.</p></section>"""),
    Page("/nl/contact", "Schrijf ons", key="contact", body="""
<p>Federaal Centrum voor Erfgoeddigitalisering<br>Museumstraat 9<br>1000 Brussel</p>
<p>Leeszaal: dinsdag tot vrijdag, 9 tot 16.30 uur – 02 555 44 01<br><a href="mailto:info@cfnp-fced.be">info@cfnp-fced.be</a></p>
<p><a href="/nl/contact/vragen-en-klachten">Vragen en klachten</a></p>"""),
    Page("/nl/contact/vragen-en-klachten", "Vragen en klachten", key="complaints", crumbs=[("Contact", "/nl/contact")], body=_faq([
        ("Wat is geen klacht?",
         "<p>Vragen over onze tarieven, over auteursrechten op beelden of over de openingsuren van de leeszaal zijn geen klachten. "
         "Daarvoor kunt u gewoon contact met ons opnemen.</p>"),
        ("Hoe bereik ik jullie?", '<p>Stuur een e-mail naar <a href="mailto:info@cfnp-fced.be">info@cfnp-fced.be</a>.</p>'),
        ("Wanneer krijg ik antwoord?", "<p>Zo snel als we kunnen; het hangt af van het aantal lopende aanvragen.</p>"),
        ("Moet ik aangetekend schrijven?",
         "<p>Nee. Wilt u toch een bewijs van verzending, dan kunt u een aangetekende zending met ontvangstbewijs van de post gebruiken.</p>"),
        ("Welke referentie vermeld ik?", "<p>Vermeld altijd uw bestelnummer (begint met CMD-), zodat we uw dossier snel terugvinden.</p>"),
        ("En als ik het niet eens ben met jullie antwoord?",
         "<p>Inwoners van Vlaanderen kunnen terecht bij de Vlaamse Ombudsdienst; wie in Brussel woont, bij Ombuds Brussels.</p>"),
    ]) + _newsletter("nl")),
]

en_menu = [
    ("Services", None, [("Ordering a reproduction", "/en/services/reproductions")]),
    ("Online collections", "/en/collections", []),
    ("Contact", None, [("Write to us", "/en/contact"), ("Questions and complaints", "/en/contact/questions-and-complaints")]),
]
en_footer = [("Centre", [("Contact", "/en/contact")]), ("Legal", [("Privacy", "/en/privacy")])]
en_pages = [
    Page("/en/", "Home", key="home", body="""<section class="c-hero"><h2>Federal heritage, one click away</h2></section>"""),
    Page("/en/contact", "Write to us", key="contact", body="""
<p>Federal Heritage Digitisation Centre<br>Rue du Musée 9<br>1000 Brussels</p><p><a href="mailto:info@cfnp-fced.be">info@cfnp-fced.be</a></p>
<p><a href="/en/contact/questions-and-complaints">Questions and complaints</a></p>"""),
    Page("/en/contact/questions-and-complaints", "Questions and complaints", key="complaints", crumbs=[("Contact", "/en/contact")], body=_faq([
        ("How do I reach you?", '<p>Send an e-mail to <a href="mailto:info@cfnp-fced.be">info@cfnp-fced.be</a>.</p>'),
        ("Which reference should I give?", "<p>Always quote your order number (starting with CMD-) so that we can find your file quickly.</p>"),
        ("What if I disagree with your answer?", "<p>You may contact the ombudsman of your region.</p>"),
    ]) + _newsletter("en")),
]

SITE = Site(
    name="heritage-digitisation", theme="modern", colour="#6d4c41", root="lang_redirect",
    notes=__doc__,
    langs=[
        Lang("fr", "Centre fédéral de Numérisation du Patrimoine", "CFNP", "/fr/", fr_menu, fr_footer, fr_pages, passes("df")),
        Lang("nl", "Federaal Centrum voor Erfgoeddigitalisering", "FCED", "/nl/", nl_menu, nl_footer, nl_pages, passes("")),
        Lang("en", "Federal Heritage Digitisation Centre", "FHDC", "/en/", en_menu, en_footer, en_pages, passes("")),
    ],
    files={"/fr/documents/bon-de-commande.pdf": tiny_pdf(["CFNP - Formulaire de commande de reproductions",
                                                          "Cote de l'objet :", "Format souhaite :", "Adresse de livraison :"])},
)
