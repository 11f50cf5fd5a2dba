"""Site 7: noncompliant-agency. FR/NL as name.fr.html / name.nl.html files; / is the French home page;
switcher is <a hreflang> in the header. No complaint page at all."""
from common import brand_logo, photo, write

SITE = "noncompliant-agency"
NAME = {"fr": "Agence fédérale pour la Simplification administrative (fictive)",
        "nl": "Federaal Agentschap voor Administratieve Vereenvoudiging (fictief)"}
G = {
    "home": ("/", "/index.nl.html"),
    "news": ("/nouvelles.fr.html", "/nieuws.nl.html"),
    "news1": ("/nouvelle-barometre.fr.html", "/nieuws-barometer.nl.html"),
    "news2": ("/nouvelle-once-only.fr.html", "/nieuws-once-only.nl.html"),
    "mission": ("/mission.fr.html", "/missie.nl.html"),
    "projects": ("/projets.fr.html", "/projecten.nl.html"),
    "faq": ("/faq.fr.html", "/faq.nl.html"),
    "contact": ("/contact.fr.html", "/contact.nl.html"),
    "legal": ("/mentions-legales.fr.html", "/juridisch.nl.html"),
    "privacy": ("/vie-privee.fr.html", "/privacy.nl.html"),
    "a11y": ("/accessibilite.fr.html", "/toegankelijkheid.nl.html"),
}
X = {"fr": 0, "nl": 1}
NAV = {"fr": [("home", "Accueil"), ("mission", "Notre mission"), ("projects", "Projets"), ("news", "Nouvelles"), ("faq", "FAQ"), ("contact", "Contact")],
       "nl": [("home", "Home"), ("mission", "Onze missie"), ("projects", "Projecten"), ("news", "Nieuws"), ("faq", "FAQ"), ("contact", "Contact")]}
FOOT = {"fr": [("legal", "Mentions légales"), ("privacy", "Vie privée"), ("a11y", "Accessibilité")],
        "nl": [("legal", "Juridische informatie"), ("privacy", "Privacy"), ("a11y", "Toegankelijkheid")]}


def page(key, lang, title, body):
    other = "nl" if lang == "fr" else "fr"
    nav = " ".join(f'<a href="{G[k][X[lang]]}">{t}</a>' for k, t in NAV[lang])
    foot = " | ".join(f'<a href="{G[k][X[lang]]}">{t}</a>' for k, t in FOOT[lang])
    write(SITE, G[key][X[lang]], f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{title} · {NAME[lang]}</title>
<style>body{{font-family:sans-serif;max-width:900px;margin:auto}} header nav a{{margin-right:12px}} .lang{{float:right}}</style>
</head>
<body>
<header>
  <p class="lang"><a href="{G[key][X[other]]}" hreflang="{other}" lang="{other}">{"Nederlands" if other == "nl" else "Français"}</a></p>
  <img src="/img/afsa.png" alt="{NAME[lang]}">
  <nav>{nav}</nav>
</header>
<hr>
<h1>{title}</h1>
{body}
<hr>
<footer><small>{foot} — {NAME[lang]}</small></footer>
</body>
</html>
""")


def build():
    brand_logo(SITE, "/img/afsa.png", "AFSA · FAAV", "#9a5b00", (200, 60))
    photo(SITE, "/img/barometre.jpg", "#9a5b00", "-12 %")
    fr()
    nl()


def fr():
    page("home", "fr", "Accueil", """
<p>L’Agence fédérale pour la Simplification administrative (fictive) aide les administrations à réduire les formalités inutiles pour les citoyens et les entreprises.
<em>Agence imaginaire, créée pour une démonstration.</em></p>
<h2>Dernières nouvelles</h2>
<ul><li><a href="/nouvelle-barometre.fr.html">Baromètre 2026&nbsp;: les charges administratives baissent de 12&nbsp;%</a></li>
<li><a href="/nouvelle-once-only.fr.html">Principe «&nbsp;only once&nbsp;»&nbsp;: dix nouveaux flux de données</a></li></ul>""")
    page("news", "fr", "Nouvelles", """
<ul><li>04/11/2026 — <a href="/nouvelle-barometre.fr.html">Baromètre 2026&nbsp;: les charges administratives baissent de 12&nbsp;%</a></li>
<li>15/09/2026 — <a href="/nouvelle-once-only.fr.html">Principe «&nbsp;only once&nbsp;»&nbsp;: dix nouveaux flux de données</a></li></ul>""")
    page("news1", "fr", "Baromètre 2026 : les charges administratives baissent de 12 %", """
<img src="/img/barometre.jpg" alt="" width="480" height="270">
<p>Notre baromètre annuel mesure le temps que citoyens et entreprises consacrent aux formalités. En 2026, il recule de 12&nbsp;% par rapport à 2024.</p>""")
    page("news2", "fr", "Principe « only once » : dix nouveaux flux de données", """
<p>Dix administrations échangeront désormais directement leurs données, pour que vous n’ayez plus à fournir deux fois le même document.</p>""")
    page("mission", "fr", "Notre mission", """<p>Simplifier les démarches, mesurer les charges administratives et conseiller le gouvernement.</p>""")
    page("projects", "fr", "Projets", """
<h2>Point de signalement «&nbsp;Simplifions&nbsp;»</h2>
<p>Une formalité vous semble inutile&nbsp;? Vous avez une plainte à propos d’un formulaire trop compliqué d’une autre administration&nbsp;?
Signalez-la-nous par e-mail à <a href="mailto:simplifions@simplification-demo.example">simplifions@simplification-demo.example</a>&nbsp;: nous analysons chaque signalement
et proposons des simplifications aux services concernés.</p>
<h2>Formulaires intelligents</h2><p>Pré-remplissage des formulaires à partir des sources authentiques.</p>""")
    page("faq", "fr", "Questions fréquentes", """
<dl>
<dt>L’Agence peut-elle traiter mon dossier personnel&nbsp;?</dt><dd>Non. Adressez-vous à l’administration compétente.</dd>
<dt>Puis-je contester une décision d’une autre administration auprès de vous&nbsp;?</dt><dd>Non, nous ne sommes pas une instance de recours.</dd>
<dt>Vos études sont-elles publiques&nbsp;?</dt><dd>Oui, elles sont publiées sur ce site.</dd>
</dl>""")
    page("contact", "fr", "Contact", """
<p><strong>Agence fédérale pour la Simplification administrative (fictive)</strong><br>
Rue du Prototype 9<br>1000 Bruxelles<br>
Tél. 02&nbsp;000&nbsp;66&nbsp;66<br>
E-mail&nbsp;: <a href="mailto:info@simplification-demo.example">info@simplification-demo.example</a></p>
<h2>Formulaire de contact</h2>
<p>Une question, une remarque&nbsp;? Écrivez-nous.</p>
<form action="/contact-envoi.fr.html" method="post">
<p><label>Nom <input name="nom"></label></p>
<p><label>E-mail <input name="email" type="email"></label></p>
<p><label>Sujet <select name="sujet"><option>Question</option><option>Suggestion de simplification</option><option>Presse</option></select></label></p>
<p><label>Message<br><textarea name="message" rows="6" cols="50"></textarea></label></p>
<p><button>Envoyer</button></p>
</form>""")
    page("legal", "fr", "Mentions légales", """<p>Site de démonstration. Toutes les informations sont fictives.</p>""")
    page("privacy", "fr", "Vie privée", """<p>Vos données de contact sont utilisées uniquement pour vous répondre et supprimées après un an.</p>""")
    page("a11y", "fr", "Déclaration d’accessibilité", """
<p>L’Agence s’engage à rendre son site internet accessible, conformément à la loi du 19 juillet 2018 relative à l’accessibilité des sites internet et des applications mobiles des organismes du secteur public.</p>
<h2>État de conformité</h2><p>Ce site est partiellement conforme à la norme EN 301 549 v3.2.1.</p>
<h2>Retour d’information</h2><p>Écrivez à <a href="mailto:web@simplification-demo.example">web@simplification-demo.example</a>&nbsp;; nous répondons dans un délai de 15 jours.</p>
<h2>Procédure de recours</h2>
<p>Si vous n’êtes pas satisfait de notre réponse, vous pouvez introduire une plainte auprès du
<a href="https://www.mediateurfederal.be/fr">Médiateur fédéral</a>, Rue de Louvain 48 boîte 6, 1000 Bruxelles.</p>""")


def nl():
    page("home", "nl", "Home", """
<p>Het Federaal Agentschap voor Administratieve Vereenvoudiging (fictief) helpt overheden om overbodige formaliteiten voor burgers en bedrijven af te schaffen.
<em>Verzonnen agentschap voor een demonstratie.</em></p>
<h2>Laatste nieuws</h2>
<ul><li><a href="/nieuws-barometer.nl.html">Barometer 2026: administratieve lasten dalen met 12&nbsp;%</a></li>
<li><a href="/nieuws-once-only.nl.html">Only once: tien nieuwe gegevensstromen</a></li></ul>""")
    page("news", "nl", "Nieuws", """
<ul><li>04/11/2026 — <a href="/nieuws-barometer.nl.html">Barometer 2026: administratieve lasten dalen met 12&nbsp;%</a></li>
<li>15/09/2026 — <a href="/nieuws-once-only.nl.html">Only once: tien nieuwe gegevensstromen</a></li></ul>""")
    page("news1", "nl", "Barometer 2026: administratieve lasten dalen met 12 %", """
<img src="/img/barometre.jpg" alt="" width="480" height="270">
<p>Onze jaarlijkse barometer meet hoeveel tijd burgers en bedrijven aan formaliteiten besteden. In 2026 daalt die met 12&nbsp;% ten opzichte van 2024.</p>""")
    page("news2", "nl", "Only once: tien nieuwe gegevensstromen", """<p>Tien overheidsdiensten wisselen voortaan rechtstreeks gegevens uit.</p>""")
    page("mission", "nl", "Onze missie", """<p>Procedures vereenvoudigen, administratieve lasten meten en de regering adviseren.</p>""")
    page("projects", "nl", "Projecten", """
<h2>Meldpunt "Vereenvoudig"</h2>
<p>Vindt u een formaliteit overbodig of hebt u een klacht over een te ingewikkeld formulier van een andere overheidsdienst? Meld het via
<a href="mailto:vereenvoudig@vereenvoudiging-demo.example">vereenvoudig@vereenvoudiging-demo.example</a>.</p>""")
    page("faq", "nl", "Veelgestelde vragen", """
<dl>
<dt>Kan het Agentschap mijn persoonlijk dossier behandelen?</dt><dd>Nee. Neem contact op met de bevoegde overheidsdienst.</dd>
<dt>Kan ik bij u beroep aantekenen tegen een beslissing van een andere overheidsdienst?</dt><dd>Nee, wij zijn geen beroepsinstantie.</dd>
</dl>""")
    page("contact", "nl", "Contact", """
<p><strong>Federaal Agentschap voor Administratieve Vereenvoudiging (fictief)</strong><br>
Prototypestraat 9<br>1000 Brussel<br>
Tel. 02&nbsp;000&nbsp;66&nbsp;67<br>
E-mail: <a href="mailto:info@vereenvoudiging-demo.example">info@vereenvoudiging-demo.example</a></p>
<h2>Contactformulier</h2>
<p>Een vraag of opmerking? Schrijf ons.</p>
<form action="/contact-verzenden.nl.html" method="post">
<p><label>Naam <input name="naam"></label></p>
<p><label>E-mail <input name="email" type="email"></label></p>
<p><label>Bericht<br><textarea name="bericht" rows="6" cols="50"></textarea></label></p>
<p><button>Verzenden</button></p>
</form>""")
    page("legal", "nl", "Juridische informatie", """<p>Demonstratiesite. Alle informatie is fictief.</p>""")
    page("privacy", "nl", "Privacy", """<p>Uw contactgegevens gebruiken we enkel om u te antwoorden.</p>""")
    page("a11y", "nl", "Toegankelijkheidsverklaring", """
<p>Het Agentschap verbindt zich ertoe zijn website toegankelijk te maken, overeenkomstig de wet van 19 juli 2018.</p>
<h2>Nalevingsstatus</h2><p>Deze website voldoet gedeeltelijk aan EN 301 549 v3.2.1.</p>
<h2>Feedback</h2><p>Mail naar <a href="mailto:web@vereenvoudiging-demo.example">web@vereenvoudiging-demo.example</a>; we antwoorden binnen 15 dagen.</p>
<h2>Handhavingsprocedure</h2>
<p>Bent u niet tevreden met ons antwoord, dan kunt u een klacht indienen bij de <a href="https://www.federaalombudsman.be/nl">federale Ombudsman</a>,
Leuvenseweg 48 bus 6, 1000 Brussel.</p>""")


if __name__ == "__main__":
    build()
