"""Site 4: science-museum. No lang attribute, no hreflang, flag-image switcher with empty alt,
language only in the words: / and /musee/ (FR), /museum/ (NL), /visit/ (EN). /sitemap.xml lists every page.
The complaint pages are linked only from the footer of the contact pages."""
from common import brand_logo, chat_bubble, flag, photo, write

SITE = "science-museum"
NAME = {"fr": "Musée fédéral des Sciences (démo)", "nl": "Federaal Wetenschapsmuseum (demo)",
        "en": "Federal Science Museum (demo)"}
HOME = {"fr": "/", "nl": "/museum/", "en": "/visit/"}
NAV = {
    "fr": [("Accueil", "/"), ("Expositions", "/musee/expositions/"), ("Actualités", "/musee/actualites/"),
           ("Infos pratiques", "/musee/infos-pratiques/"), ("Le musée", "/musee/a-propos/"), ("Contact", "/musee/contact/")],
    "nl": [("Home", "/museum/"), ("Tentoonstellingen", "/museum/tentoonstellingen/"), ("Nieuws", "/museum/nieuws/"),
           ("Praktische info", "/museum/praktische-info/"), ("Over het museum", "/museum/over-het-museum/"), ("Contact", "/museum/contact/")],
    "en": [("Home", "/visit/"), ("Exhibitions", "/visit/exhibitions/"), ("Plan your visit", "/visit/practical-information/"),
           ("About", "/visit/about/"), ("Contact", "/visit/contact/")],
}
FOOT = {
    "fr": [("Mentions légales", "/musee/mentions-legales/"), ("Accessibilité", "/musee/accessibilite/")],
    "nl": [("Toegankelijkheid", "/museum/toegankelijkheid/")],
    "en": [("Accessibility", "/visit/accessibility/")],
}
PAGES = []


def page(lang, path, title, body, contact_footer=""):
    PAGES.append(path)
    flags = "".join(f'<a href="{HOME[l]}" class="flag"><img src="/img/flags/{l}.png" alt="" width="24" height="16"></a>'
                    for l in ("fr", "nl", "en"))
    nav = "\n".join(f'      <li><a href="{h}">{t}</a></li>' for t, h in NAV[lang])
    foot = " &bull; ".join(f'<a href="{h}">{t}</a>' for t, h in FOOT[lang])
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>{title} — {NAME[lang]}</title>
<link rel="stylesheet" href="/css/museum.css">
</head>
<body>
<header id="top">
  <a href="{HOME[lang]}" class="brand"><img src="/img/fsm-logo.png" alt="{NAME[lang]}"></a>
  <div class="flags">{flags}</div>
  <nav>
    <ul>
{nav}
    </ul>
  </nav>
</header>
<main>
  <h1>{title}</h1>
{body}
</main>
<footer id="bottom">
{contact_footer}  <p>{NAME[lang]} · {"Parc des Expériences 7, 1040 Etterbeek" if lang == "fr" else "Proefpark 7, 1040 Etterbeek" if lang == "nl" else "Experiment Park 7, 1040 Brussels"} · {foot}</p>
</footer>
</body>
</html>
"""
    write(SITE, path, html)


def build():
    brand_logo(SITE, "/img/fsm-logo.png", "FSM · FWM", "#5b2d8e", (180, 60))
    for l in ("fr", "nl", "en"):
        flag(SITE, f"/img/flags/{l}.png", l)
    chat_bubble(SITE, "/img/icons/bulle.png", (64, 64))
    photo(SITE, "/img/expo/meteorites.jpg", "#3b3b6b", "meteorites")
    photo(SITE, "/img/expo/nuit.jpg", "#1e2a4a", "nuit / nacht")
    write(SITE, "/css/museum.css", """body{font-family:Georgia,serif;margin:0}header#top{background:#5b2d8e;color:#fff;padding:10px 30px}
header a{color:#fff}.flags{float:right}.flag{margin-left:6px}nav ul{list-style:none;display:flex;gap:20px;padding:0}
main{max-width:860px;margin:auto;padding:20px}footer#bottom{border-top:1px solid #ccc;padding:14px 30px;font-size:.9em}
.remark{display:flex;align-items:center;gap:10px}
""")
    fr()
    nl()
    en()
    urls = "\n".join(f"  <url><loc>{p}</loc><changefreq>monthly</changefreq></url>" for p in PAGES)
    write(SITE, "/sitemap.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
{urls}
</urlset>
""")


FOOT_FR = """  <div class="remark">
    <a href="/musee/contact/remarques/"><img src="/img/icons/bulle.png" alt="gestion des plaintes" width="64" height="64"></a>
    <a href="/musee/contact/remarques/">Une remarque sur nos services&nbsp;?</a>
  </div>
"""
FOOT_NL = """  <div class="remark">
    <a href="/museum/contact/opmerkingen/"><img src="/img/icons/bulle.png" alt="klachtenbehandeling" width="64" height="64"></a>
    <a href="/museum/contact/opmerkingen/">Een opmerking over onze dienstverlening?</a>
  </div>
"""
FOOT_EN = """  <div class="remark">
    <a href="/visit/contact/feedback/"><img src="/img/icons/bulle.png" alt="complaints handling" width="64" height="64"></a>
    <a href="/visit/contact/feedback/">Feedback on our services?</a>
  </div>
"""


def fr():
    page("fr", "/", "Bienvenue au musée", """
  <p>Des dinosaures aux exoplanètes, le Musée fédéral des Sciences (démo) vous invite à explorer 4,5 milliards d’années d’histoire. <em>Musée imaginaire, créé pour une démonstration.</em></p>
  <section><h2>En ce moment</h2>
  <p><a href="/musee/expositions/">Météorites&nbsp;: messagères de l’espace</a> — jusqu’au 30 avril 2027</p>
  <p><a href="/musee/actualites/nuit-des-musees/">Nuit des musées&nbsp;: ouverture jusqu’à minuit le 6 décembre</a></p></section>
  <p><a href="/musee/infos-pratiques/">Horaires et tarifs</a></p>""")
    page("fr", "/musee/expositions/", "Expositions", """
  <img src="/img/expo/meteorites.jpg" alt="Une météorite métallique sous une vitrine" width="480" height="270">
  <h2>Météorites&nbsp;: messagères de l’espace</h2>
  <p>Plus de 300 fragments tombés sur Terre, dont la météorite de <em>Fictiville</em>, découverte en 1887 dans un champ du Brabant.</p>
  <h2>Galerie permanente de l’évolution</h2>
  <p>Un parcours de 3&nbsp;000&nbsp;m² consacré à l’histoire du vivant.</p>""")
    page("fr", "/musee/actualites/", "Actualités", """
  <ul><li><a href="/musee/actualites/nuit-des-musees/">Nuit des musées&nbsp;: ouverture jusqu’à minuit le 6 décembre</a></li></ul>""")
    page("fr", "/musee/actualites/nuit-des-musees/", "Nuit des musées : ouverture jusqu’à minuit", """
  <img src="/img/expo/nuit.jpg" alt="" width="480" height="270">
  <p>Le samedi 6 décembre, le musée reste ouvert jusqu’à minuit. Visites guidées à la lampe de poche, observation du ciel depuis la terrasse et ateliers pour les enfants.</p>
  <p>Entrée&nbsp;: 5&nbsp;€ à partir de 19&nbsp;h.</p>""")
    page("fr", "/musee/infos-pratiques/", "Infos pratiques", """
  <table>
    <tr><th>Du mardi au vendredi</th><td>9&nbsp;h 30 – 17&nbsp;h</td></tr>
    <tr><th>Samedi, dimanche</th><td>10&nbsp;h – 18&nbsp;h</td></tr>
    <tr><th>Lundi</th><td>fermé</td></tr>
  </table>
  <p>Tarif plein 13&nbsp;€, réduit 9&nbsp;€, gratuit pour les moins de 6 ans. Premier mercredi du mois&nbsp;: gratuit dès 13&nbsp;h.</p>""")
    page("fr", "/musee/a-propos/", "Le musée", """
  <p>Établissement scientifique fédéral <strong>fictif</strong>, le musée conserve 38 millions de spécimens et mène des recherches en géologie, biologie et astronomie.</p>""")
    page("fr", "/musee/contact/", "Contact", """
  <h2>Adresse</h2>
  <p>Musée fédéral des Sciences (démo)<br>Parc des Expériences 7<br>1040 Etterbeek</p>
  <h2>Accueil</h2>
  <p>Tél. +32&nbsp;2&nbsp;000&nbsp;44&nbsp;44 · <a href="mailto:info@musee-sciences-demo.example">info@musee-sciences-demo.example</a></p>
  <h2>Questions pratiques</h2>
  <p>Pour toute question (réservations de groupes, anniversaires, accessibilité), écrivez-nous à l’adresse ci-dessus ou utilisez ce formulaire&nbsp;:</p>
  <form action="/musee/contact/envoi" method="post">
    <input name="email" type="email" placeholder="Votre e-mail">
    <textarea name="question" rows="5" placeholder="Votre question"></textarea>
    <button>Envoyer</button>
  </form>""", contact_footer=FOOT_FR)
    page("fr", "/musee/contact/remarques/", "Remarques et plaintes", """
  <p>Le musée veut offrir à chaque visiteur une expérience de qualité. Vos remarques et vos plaintes nous aident à améliorer
  l’accueil, les expositions et nos services.</p>
  <h2>Qu’est-ce qu’une plainte&nbsp;?</h2>
  <p>Toute expression d’insatisfaction sur un service fourni par le musée&nbsp;: accueil, billetterie, propreté, information, boutique en ligne…
  Une suggestion pour une future exposition n’est pas une plainte&nbsp;: notez-la plutôt dans notre livre d’or.</p>
  <h2>Comment faire&nbsp;?</h2>
  <p>Remplissez notre <a href="/musee/contact/remarques/formulaire/">formulaire en ligne</a>, demandez le formulaire papier à l’accueil,
  ou écrivez-nous (Service des publics, Parc des Expériences 7, 1040 Etterbeek).</p>
  <p>Le Service des publics vous envoie un accusé de réception sous 3&nbsp;jours ouvrables, examine votre plainte avec les équipes concernées et
  vous répond par écrit dans un délai de vingt jours ouvrables.</p>
  <p>Si notre réponse ne vous satisfait pas, vous pouvez vous adresser au <a href="https://www.mediateurfederal.be/">Médiateur fédéral</a>.</p>""")
    page("fr", "/musee/contact/remarques/formulaire/", "Formulaire de plainte", """
  <form action="/musee/contact/remarques/formulaire/envoi" method="post">
    <p><label>Nom <input name="nom" required></label></p>
    <p><label>E-mail <input name="email" type="email" required></label></p>
    <p><label>Date de votre visite <input name="date" type="date"></label></p>
    <p><label>Numéro de votre billet (facultatif) <input name="billet"></label></p>
    <p><label>Votre plainte<br><textarea name="plainte" rows="8" cols="60" required></textarea></label></p>
    <p><button>Envoyer</button></p>
  </form>""")
    page("fr", "/musee/mentions-legales/", "Mentions légales", """
  <p>Site de démonstration&nbsp;: le musée et ses collections sont fictifs. Photos&nbsp;: images générées.</p>""")
    page("fr", "/musee/accessibilite/", "Accessibilité", """
  <p>Le musée est accessible en fauteuil roulant (entrée rue des Savants). Des audioguides en audiodescription sont disponibles.</p>
  <p>Site web&nbsp;: partiellement conforme aux WCAG 2.1 AA. Un problème&nbsp;? <a href="mailto:web@musee-sciences-demo.example">web@musee-sciences-demo.example</a>.
  Vous pouvez aussi introduire une plainte relative à l’accessibilité auprès du Médiateur fédéral.</p>""")


def nl():
    page("nl", "/museum/", "Welkom in het museum", """
  <p>Van dinosaurussen tot exoplaneten: het Federaal Wetenschapsmuseum (demo) neemt u mee door 4,5 miljard jaar geschiedenis. <em>Verzonnen museum voor een demonstratie.</em></p>
  <p><a href="/museum/tentoonstellingen/">Meteorieten: boodschappers uit de ruimte</a> — tot 30 april 2027</p>
  <p><a href="/museum/nieuws/museumnacht/">Museumnacht: open tot middernacht op 6 december</a></p>""")
    page("nl", "/museum/tentoonstellingen/", "Tentoonstellingen", """
  <img src="/img/expo/meteorites.jpg" alt="Een ijzermeteoriet in een vitrine" width="480" height="270">
  <h2>Meteorieten: boodschappers uit de ruimte</h2>
  <p>Meer dan 300 fragmenten die op aarde neerkwamen.</p>""")
    page("nl", "/museum/nieuws/", "Nieuws", """
  <ul><li><a href="/museum/nieuws/museumnacht/">Museumnacht: open tot middernacht op 6 december</a></li></ul>""")
    page("nl", "/museum/nieuws/museumnacht/", "Museumnacht: open tot middernacht", """
  <p>Op zaterdag 6 december blijft het museum open tot middernacht, met zaklamprondleidingen en sterrenkijken op het dakterras.</p>""")
    page("nl", "/museum/praktische-info/", "Praktische info", """
  <p>Dinsdag tot vrijdag 9.30 – 17 uur; zaterdag en zondag 10 – 18 uur; maandag gesloten.</p>
  <p>Volle prijs 13&nbsp;€, reductieprijs 9&nbsp;€, gratis voor kinderen jonger dan 6.</p>""")
    page("nl", "/museum/over-het-museum/", "Over het museum", """
  <p>Dit <strong>fictieve</strong> federale wetenschappelijke instituut bewaart 38 miljoen specimens.</p>""")
    page("nl", "/museum/contact/", "Contact", """
  <h2>Adres</h2>
  <p>Federaal Wetenschapsmuseum (demo)<br>Proefpark 7<br>1040 Etterbeek</p>
  <h2>Onthaal</h2>
  <p>Tel. +32&nbsp;2&nbsp;000&nbsp;44&nbsp;45 · <a href="mailto:info@wetenschapsmuseum-demo.example">info@wetenschapsmuseum-demo.example</a></p>
  <h2>Vragen</h2>
  <p>Voor vragen over groepsbezoeken, verjaardagsfeestjes of toegankelijkheid kunt u ons mailen.</p>""", contact_footer=FOOT_NL)
    page("nl", "/museum/contact/opmerkingen/", "Opmerkingen en klachten", """
  <p>We willen dat elk bezoek een fijne ervaring is. Met uw opmerkingen en klachten kunnen we ons onthaal en onze dienstverlening verbeteren.</p>
  <h2>Hoe gaat u te werk?</h2>
  <p>Vul het <a href="/museum/contact/opmerkingen/formulier/">onlineformulier</a> in, vraag een papieren formulier aan het onthaal of
  schrijf naar de Publieksdienst, Proefpark 7, 1040 Etterbeek.</p>
  <p>U krijgt binnen 3 werkdagen een ontvangstbevestiging. De Publieksdienst onderzoekt uw klacht samen met de betrokken medewerkers
  en antwoordt u schriftelijk binnen twintig werkdagen.</p>
  <p>Bent u niet tevreden met ons antwoord, dan kunt u zich richten tot de <a href="https://www.federaalombudsman.be/">federale Ombudsman</a>.</p>""")
    page("nl", "/museum/contact/opmerkingen/formulier/", "Klachtenformulier", """
  <form action="/museum/contact/opmerkingen/formulier/verzenden" method="post">
    <p><label>Naam <input name="naam" required></label></p>
    <p><label>E-mail <input name="email" type="email" required></label></p>
    <p><label>Datum van uw bezoek <input name="datum" type="date"></label></p>
    <p><label>Uw klacht<br><textarea name="klacht" rows="8" cols="60" required></textarea></label></p>
    <p><button>Verzenden</button></p>
  </form>""")
    page("nl", "/museum/toegankelijkheid/", "Toegankelijkheid", """
  <p>Het museum is toegankelijk voor rolstoelgebruikers. De website voldoet gedeeltelijk aan de WCAG 2.1 AA.</p>
  <p>Klachten over de toegankelijkheid van de website kunt u ook richten aan de federale Ombudsman.</p>""")


def en():
    page("en", "/visit/", "Welcome to the museum", """
  <p>From dinosaurs to exoplanets, the Federal Science Museum (demo) takes you through 4.5 billion years of history. <em>An imaginary museum, made for a demonstration.</em></p>
  <p><a href="/visit/exhibitions/">Meteorites: messengers from space</a> — until 30 April 2027</p>
  <p><a href="/visit/practical-information/">Opening hours and tickets</a></p>""")
    page("en", "/visit/exhibitions/", "Exhibitions", """
  <img src="/img/expo/meteorites.jpg" alt="An iron meteorite in a display case" width="480" height="270">
  <h2>Meteorites: messengers from space</h2>
  <p>More than 300 fragments that fell to Earth, including the Fictiville meteorite found in 1887.</p>""")
    page("en", "/visit/practical-information/", "Plan your visit", """
  <p>Tuesday to Friday 9.30 am – 5 pm; Saturday and Sunday 10 am – 6 pm; closed on Mondays.</p>
  <p>Adults €13, concessions €9, free for children under 6.</p>""")
    page("en", "/visit/about/", "About the museum", """
  <p>This <strong>fictitious</strong> federal scientific institution holds 38 million specimens.</p>""")
    page("en", "/visit/contact/", "Contact", """
  <h2>Address</h2>
  <p>Federal Science Museum (demo)<br>Experiment Park 7<br>1040 Brussels</p>
  <h2>Reception desk</h2>
  <p>Phone +32&nbsp;2&nbsp;000&nbsp;44&nbsp;46 · <a href="mailto:info@science-museum-demo.example">info@science-museum-demo.example</a></p>
  <p>Questions about group visits or birthday parties? Just send us an e-mail.</p>""", contact_footer=FOOT_EN)
    page("en", "/visit/contact/feedback/", "Feedback", """
  <p>Something not right during your visit? Send your feedback or complaint by e-mail to
  <a href="mailto:visitors@science-museum-demo.example">visitors@science-museum-demo.example</a> or hand it in at the reception desk.</p>
  <p>Our Visitor Services team will look into it and reply within 4&nbsp;weeks.</p>""")
    page("en", "/visit/accessibility/", "Accessibility", """
  <p>The museum is wheelchair accessible. This website partially conforms to WCAG 2.1 AA.</p>""")


if __name__ == "__main__":
    build()
