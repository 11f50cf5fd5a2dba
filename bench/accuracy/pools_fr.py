"""French phrasings: compliant ones and non-compliant ones (absent, vague, traps) per criterion.

Written for this benchmark; deliberately not copied from any real administration's site.
"""

from bench.accuracy.model import ABSENT, t

# ------------------------------------------------------------------ durations
_UNITS = {  # unit -> (singular, plural, feminine)
    "day": ("jour", "jours", False),
    "wday": ("jour ouvrable", "jours ouvrables", False),
    "cday": ("jour calendrier", "jours calendrier", False),
    "week": ("semaine", "semaines", True),
    "month": ("mois", "mois", False),
    "hour": ("heure", "heures", True),
}
_WORDS = {2: "deux", 3: "trois", 4: "quatre", 5: "cinq", 6: "six", 7: "sept", 8: "huit", 10: "dix",
          14: "quatorze", 15: "quinze", 20: "vingt", 21: "vingt et un", 30: "trente", 40: "quarante",
          45: "quarante-cinq", 48: "quarante-huit", 60: "soixante"}


def duration(n: int, unit: str, words: bool) -> tuple[str, str]:
    """('30 jours', 'de 30 jours'): the plain form and the one after 'un délai'."""
    sg, pl, fem = _UNITS[unit]
    if n == 1:
        num = "une" if fem else "un"
        plain = f"{num} {sg}"
    else:
        num = _WORDS[n] if words else str(n)
        plain = f"{num} {pl}"
    x = ("d'" + plain) if plain[0] in "aeiouy" else ("de " + plain)
    return plain, x


# ------------------------------------------------------------------ headings
HEADINGS = {
    "why": ["Pourquoi une gestion des plaintes ?", "Votre plainte nous aide", "Pourquoi nous signaler un problème ?",
            "Notre démarche"],
    "def": ["Qu'est-ce qu'une plainte ?", "Ce que nous entendons par plainte", "Plainte : de quoi parle-t-on ?",
            "Quand s'agit-il d'une plainte ?"],
    "appeal": ["Plainte ou recours ?", "Une plainte n'est pas un recours", "Attention aux délais de recours",
               "Important"],
    "proc": ["Comment introduire une plainte ?", "La procédure", "Les étapes", "Comment ça se passe ?"],
    "deadline": ["Délais", "Dans quel délai ?", "Délais de traitement", "Nos engagements"],
    "form": ["Formulaire de plainte", "Introduire votre plainte", "En ligne ou sur papier"],
    "ack": ["Accusé de réception", "Confirmation"],
    "number": ["Suivi de votre dossier", "Votre numéro de plainte"],
    "second": ["Pas satisfait de notre réponse ?", "Et ensuite ?", "Recours à un médiateur",
               "La deuxième ligne"],
}
NEUTRAL_HEADINGS = ["Informations", "À savoir", "Bon à savoir", "Précisions", "Plus d'infos"]

# ------------------------------------------------------------------ pools
POOLS = {
    "why": {
        "pass": [
            t("Chaque plainte nous aide à repérer ce qui ne fonctionne pas et à améliorer nos services."),
            t("Nous voulons offrir un service de qualité. Votre plainte nous permet de corriger nos erreurs "
              "et d'éviter qu'elles ne se reproduisent."),
            t("Une plainte est pour nous une occasion d'apprendre : elle met en lumière les faiblesses de "
              "notre fonctionnement, que nous pouvons ensuite corriger."),
            t("Nous attachons une grande importance à la satisfaction de nos usagers : les plaintes reçues "
              "sont analysées chaque année pour améliorer la qualité de nos prestations."),
            t("Pourquoi nous dire ce qui ne va pas ? Parce que vos remarques nous permettent d'adapter nos "
              "procédures et de mieux vous servir."),
            t("Nous considérons les plaintes comme une source précieuse d'informations pour améliorer en "
              "permanence notre service au public."),
            t("La gestion des plaintes nous permet de : <ul><li>réparer une erreur commise à votre "
              "égard ;</li><li>tirer les leçons de nos manquements ;</li><li>rendre notre service plus "
              "simple et plus rapide.</li></ul>"),
            t("Vos critiques nous font progresser : elles nous montrent où notre travail peut devenir plus "
              "clair, plus rapide ou plus accessible."),
        ],
        "fail": [
            ABSENT, ABSENT,
            t("Notre organisme est au service des citoyens et des entreprises depuis plus de vingt ans.",
              kind="mission"),
            t("Nous modernisons notre site internet. Donnez-nous votre avis sur sa nouvelle présentation "
              "en répondant à une courte enquête.", kind="website-survey"),
            t("Notre plan d'administration prévoit le renouvellement complet de nos outils informatiques "
              "d'ici {year2}.", kind="unrelated-improvement"),
        ],
    },
    "def": {
        "pass": [
            t("Une plainte est l'expression d'un mécontentement sur la manière dont nos services ont traité "
              "votre dossier ou vous ont accueilli."),
            t("Par « plainte », nous entendons toute manifestation claire d'insatisfaction à propos d'une de "
              "nos prestations : un retard, une erreur, un manque d'information ou l'attitude incorrecte "
              "d'un collaborateur."),
            t("Vous pouvez vous plaindre lorsque notre service ne vous a pas donné satisfaction, par "
              "exemple : <ul><li>vous attendez une réponse depuis trop longtemps ;</li><li>vous avez reçu "
              "une information erronée ;</li><li>un membre du personnel s'est montré impoli.</li></ul>"),
            t("Il y a plainte lorsque vous estimez que nous n'avons pas agi comme nous le devions. Ne sont "
              "pas des plaintes : une demande d'information, une suggestion ou une question sur la "
              "réglementation."),
            t("Une plainte porte sur le service que nous vous avons rendu : sa qualité, sa rapidité, la façon "
              "dont il a été exécuté ou la manière dont une règle a été appliquée dans votre cas. Les faits "
              "datant de plus d'un an ne peuvent plus faire l'objet d'une plainte."),
            t("<table><tr><th>C'est une plainte</th><th>Ce n'est pas une plainte</th></tr>"
              "<tr><td>Votre dossier est resté en suspens pendant des mois</td><td>Une question sur vos "
              "droits</td></tr><tr><td>Un agent vous a mal reçu</td><td>Une critique de la loi "
              "elle-même</td></tr><tr><td>Vous avez reçu deux courriers contradictoires</td><td>Un message "
              "anonyme</td></tr></table>"),
            t("Nous parlons de plainte dès qu'un usager nous fait savoir, explicitement, qu'il est insatisfait "
              "de notre action ou de notre inaction."),
            t("Une plainte exprime votre insatisfaction au sujet de nos services. Ne sont pas traitées comme "
              "des plaintes : les contestations d'une décision pour lesquelles la loi prévoit un recours, "
              "ni les messages anonymes.", facets="+appeal"),
        ],
        "fail": [
            ABSENT, ABSENT,
            t("Vous avez une remarque ? N'hésitez pas à nous en faire part.", heading="Qu'est-ce qu'une plainte ?",
              kind="heading-without-definition"),
            t("Les messages anonymes ne sont pas pris en considération.", kind="single-exclusion"),
            t("Vous souhaitez dénoncer un vol ou une fraude ? Une plainte pénale se dépose auprès de la police "
              "ou du procureur du Roi, pas auprès de nos services.", kind="criminal"),
            t("Les plaintes sont centralisées par notre service qualité.", facets="next", kind="vague"),
        ],
    },
    "appeal": {
        "pass": [
            t("Une plainte n'est pas un recours. Si vous voulez contester le contenu d'une décision, suivez la "
              "voie de recours indiquée dans le courrier qui vous l'a notifiée."),
            t("Introduire une plainte ne suspend pas les délais de recours administratif ou judiciaire : ils "
              "continuent à courir."),
            t("La procédure de plainte ne remplace en aucun cas un recours prévu par la loi. Elle ne permet "
              "pas de faire annuler ou modifier une décision."),
            t("Vous n'êtes pas d'accord avec une décision ? La gestion des plaintes ne peut pas la modifier : "
              "seul un recours, par exemple devant le tribunal compétent, le peut."),
            t("Ne confondez pas plainte et recours : la plainte concerne la qualité de notre service, le "
              "recours vise une décision que vous contestez. Les délais de recours restent d'application "
              "même si vous nous adressez une plainte.", facets="+def"),
            t("Attention : le dépôt d'une plainte n'a aucun effet sur le délai dont vous disposez pour "
              "contester une décision."),
            t("Une plainte n'interrompt pas le délai de recours. Pour contester une décision, vous disposez "
              "d'un délai {appeal_x} à compter de sa notification.", kind="appeal-deadline"),
        ],
        "fail": [
            ABSENT, ABSENT,
            t("Vous pouvez nous adresser toute plainte, réclamation ou contestation à l'adresse {email}.",
              facets="+how", kind="lumped"),
            t("Cette procédure vous permet aussi de contester une décision qui vous a été notifiée.",
              kind="confusion"),
            t("Vos réclamations concernant nos services sont les bienvenues.", kind="reclamation-synonym"),
        ],
    },
    "proc": {
        "pass": [
            t("<ol><li>Vous nous envoyez votre plainte par e-mail à {email} ou par courrier à l'adresse "
              "{address}.</li><li>Le coordinateur des plaintes l'enregistre et la transmet au service "
              "concerné.</li><li>Ce service examine les faits et prépare une réponse.</li><li>Vous recevez "
              "une réponse écrite et motivée.</li></ol>"),
            t("Adressez votre plainte par écrit au service des plaintes, {address}. Elle est ensuite analysée "
              "par une personne qui n'a pas été impliquée dans les faits, puis nous vous communiquons notre "
              "position par écrit."),
            t("Étape 1 – Vous introduisez votre plainte par e-mail ({email}) en décrivant les faits, la date et "
              "les personnes concernées.<br>Étape 2 – Nous examinons votre plainte avec le service "
              "concerné.<br>Étape 3 – Vous recevez notre réponse, qui précise si votre plainte est fondée "
              "et, le cas échéant, les mesures prises."),
            t("<table><tr><th>Étape</th><th>Ce qui se passe</th></tr><tr><td>Introduction</td><td>Vous "
              "écrivez à {email} ou déposez votre plainte à l'accueil, {address}.</td></tr><tr><td>Examen"
              "</td><td>Le coordinateur des plaintes analyse le dossier avec le service concerné.</td></tr>"
              "<tr><td>Réponse</td><td>Vous êtes informé par écrit de la suite réservée à votre plainte."
              "</td></tr></table>"),
            t("Envoyez-nous votre plainte par courrier ({address}). Dès sa réception, nous vous adressons "
              "un accusé de réception ; le service compétent traite ensuite votre dossier et vous répond "
              "par écrit.", facets="+ack"),
            t("Comment faire ? Écrivez-nous à {email}. Que se passe-t-il ensuite ? Nous vérifions d'abord si "
              "votre plainte est recevable, puis nous l'examinons sur le fond et vous informons du "
              "résultat."),
            t("Vous pouvez déposer votre plainte par e-mail ({email}), par courrier ou à notre guichet. "
              "Notre coordinateur des plaintes prend contact avec le service concerné, recueille sa version "
              "des faits et vous envoie une réponse argumentée."),
        ],
        "fail": [
            ABSENT,
            t("Vous pouvez déposer votre plainte par courrier à l'adresse suivante : {address}.",
              facets="+how", kind="how-only"),
            t("Pour toute plainte : <a href=\"mailto:{email}\">{email}</a>.", facets="+how", kind="how-only"),
            t("Toutes les plaintes sont examinées par notre coordinateur, qui veille à ce qu'une réponse soit "
              "donnée.", facets="+next", kind="next-only"),
            t("Après analyse, chaque plainte reçoit une réponse écrite.", facets="+next", kind="next-only"),
            t("Une question ou un problème ? <a href=\"{contact_url}\">Contactez-nous</a>.", facets="how",
              kind="vague"),
        ],
    },
    "deadline": {
        "pass": [
            t("Nous vous répondons au plus tard {ans} après la réception de votre plainte."),
            t("Délai de réponse : {ans}."),
            t("<table><tr><th>Étape</th><th>Délai</th></tr><tr><td>Accusé de réception</td><td>{ack}</td>"
              "</tr><tr><td>Réponse définitive</td><td>{ans}</td></tr></table>", facets="+ack"),
            t("Le traitement d'une plainte ne dure pas plus {ans_x}."),
            t("Vous recevrez une réponse endéans {ans}. Si l'examen demande plus de temps, nous vous en "
              "informons."),
            t("Nous nous engageons à traiter votre plainte dans un délai {ans_x}."),
            t("Vous recevez un accusé de réception sous {ack} et une réponse sur le fond dans un délai "
              "maximal {ans_x}.", facets="+ack"),
            t("Notre objectif : une réponse en {ans} maximum."),
        ],
        "fail": [
            ABSENT,
            t("Nous traitons votre plainte dans les meilleurs délais.", facets="next", kind="vague"),
            t("Vous recevrez une réponse dans un délai raisonnable.", facets="next", kind="vague"),
            t("Nous vous répondrons le plus rapidement possible.", facets="next", kind="vague"),
            t("Le traitement prend généralement quelques semaines.", facets="next", kind="vague-unit"),
            t("Votre plainte doit nous parvenir au plus tard un an après les faits.", kind="filing-limit"),
            t("Le service des plaintes est joignable par téléphone du lundi au vendredi, de 9 h à 12 h, au "
              "{phone}.", facets="how", kind="opening-hours"),
            t("En {year}, nous avons reçu {count} plaintes, dont 38 % ont été jugées fondées.", kind="statistics"),
            t("Pour contester une décision, ce n'est pas une plainte qu'il faut introduire mais un recours, "
              "dans un délai {appeal_x} à partir de la notification.", facets="+appeal", kind="appeal-deadline"),
        ],
    },
    "form": {
        "pass": [
            t("Remplissez le formulaire ci-dessous. {online_form}", place="form", kind="online"),
            t("Utilisez de préférence notre <a href=\"{form_url}\">formulaire de plainte en ligne</a>.",
              place="contact", kind="online-link"),
            t("Téléchargez le <a href=\"{pdf_url}\">formulaire de plainte (PDF, 96 Ko)</a>, complétez-le et "
              "renvoyez-le à l'adresse {address}.", place="contact", kind="pdf"),
            t("Vous préférez le papier ? <a href=\"{docx_url}\">Formulaire de plainte à imprimer "
              "(DOCX)</a>.", kind="docx"),
            t("Déposez votre plainte via notre <a href=\"{ext_form_url}\">guichet électronique</a> : le "
              "formulaire de plainte en ligne vous guide pas à pas.", place="contact", kind="external"),
        ],
        "fail": [
            ABSENT,
            t("Envoyez votre plainte par e-mail à <a href=\"mailto:{email}\">{email}</a>.", facets="+how",
              kind="email-only"),
            t("Vous pouvez aussi nous écrire : {address}.", facets="+how", kind="letter-only"),
            t("Téléchargez le <a href=\"{other_pdf_url}\">formulaire de demande de remboursement (PDF)</a>.",
              kind="other-form"),
            t("Consultez notre <a href=\"{report_pdf_url}\">rapport annuel sur les plaintes (PDF)</a>.",
              kind="report-pdf"),
            t("Un formulaire de plainte en ligne sera bientôt disponible sur ce site.", kind="announced"),
            t("Pour une question générale, utilisez le <a href=\"{contact_url}\">formulaire de contact</a>.",
              facets="how", kind="contact-form"),
        ],
    },
    "ack": {
        "pass": [
            t("Vous recevez un accusé de réception dès que votre plainte est enregistrée."),
            t("Nous vous confirmons par écrit la bonne réception de votre plainte."),
            t("Un accusé de réception vous est envoyé dans un délai {ack_x}.", facets="+deadline"),
            t("Après l'envoi du formulaire, un e-mail confirmant la réception de votre plainte vous est "
              "adressé automatiquement.", facets="form"),
            t("Vous recevez un accusé de réception mentionnant le numéro unique attribué à votre plainte.",
              facets="+number"),
            t("Chaque plainte fait l'objet d'un accusé de réception."),
        ],
        "fail": [
            ABSENT, ABSENT,
            t("Si vous envoyez votre plainte par recommandé, conservez le récépissé remis par la poste.",
              facets="how", kind="postal-receipt"),
            t("Nous n'envoyons pas d'accusé de réception : vous recevez directement notre réponse.",
              facets="next", kind="negated"),
            t("Pensez à garder une copie de votre plainte.", kind="unrelated"),
            t("Le Médiateur fédéral accuse réception de chaque réclamation qui lui parvient.", facets="second",
              kind="second-line-ack"),
        ],
    },
    "number": {
        "pass": [
            t("Chaque plainte reçoit un numéro unique, que nous vous communiquons."),
            t("Votre plainte est enregistrée sous un numéro de référence qui lui est propre : rappelez-le dans vos "
              "échanges ultérieurs avec nous."),
            t("Nous attribuons à votre dossier un numéro d'identification unique qui vous permet d'en suivre "
              "l'avancement."),
            t("À l'enregistrement, votre plainte se voit attribuer un numéro de dossier qui lui est propre."),
        ],
        "fail": [
            ABSENT, ABSENT,
            t("Indiquez dans votre plainte votre numéro de dossier et votre numéro de registre national.",
              kind="quote-your-number"),
            t("Appelez notre numéro gratuit {phone}.", facets="how", kind="phone-number"),
            t("Mentionnez la référence figurant sur notre dernier courrier.", kind="quote-your-number"),
        ],
    },
    "second": {
        "pass": [
            t("Vous restez insatisfait après avoir introduit une plainte chez nous ? Le Médiateur fédéral peut, "
              "lui aussi, vous venir en aide : <a href=\"{ombud_url}\">mediateurfederal.be</a>.", facets="how", kind="short"),
            t("Si notre réponse ne vous satisfait pas, vous pouvez vous adresser au Médiateur fédéral, qui "
              "examine les plaintes en toute indépendance : <a href=\"{ombud_url}\">www.mediateurfederal.be"
              "</a>.", facets="next", place="contact"),
            t("Toujours pas de solution ? Le Médiateur fédéral peut intervenir gratuitement (0800 99 961).",
              facets="next", place="contact"),
            t("Votre plainte concerne votre pension et notre réponse ne vous convient pas ? Contactez le "
              "Service de médiation Pensions (<a href=\"{pens_url}\">mediateurpensions.be</a>).", facets="next"),
            t("Vous restez insatisfait après notre traitement ? Vous pouvez saisir le Comité permanent de "
              "contrôle des services de police (Comité P).", facets="next"),
            t("Si notre réponse ne vous convient pas, tournez-vous vers le <a href=\"{ombud_url}\">service "
              "de médiation indépendant de deuxième ligne</a>.", facets="next", kind="link-only"),
            t("Vous estimez que votre plainte n'a pas été traitée correctement ? Les médiateurs fédéraux "
              "peuvent réexaminer votre dossier.", facets="next", place="contact"),
        ],
        "fail": [
            ABSENT, ABSENT,
            t("Si vous n'êtes pas satisfait, vous pouvez contacter le Médiateur de la Wallonie et de la "
              "Fédération Wallonie-Bruxelles.", facets="next", kind="regional-ombudsman"),
            t("Toujours pas de solution ? Ombuds Brussels peut vous aider.", facets="next",
              kind="regional-ombudsman"),
            t("Pour un litige avec votre opérateur, adressez-vous au Service de médiation pour les "
              "télécommunications.", kind="sector-ombudsman"),
            t("Vous souhaitez signaler une atteinte suspectée à l'intégrité dans une administration "
              "fédérale ? Le Centre Intégrité du Médiateur fédéral reçoit ces signalements.",
              kind="integrity-centre"),
            t("En matière fiscale, le Service de conciliation fiscale peut vous aider à trouver un accord.",
              kind="tax-conciliation"),
            t("Si notre réponse ne vous satisfait pas, n'hésitez pas à nous recontacter.", facets="next",
              kind="internal-only"),
        ],
    },
}

# ------------------------------------------------------------------ site furniture
UI = {
    "lang_name": "Français",
    "code": "FR",
    "home": "Accueil",
    "news": "Actualités",
    "services": "Nos services",
    "about": "À propos",
    "contact": "Contact",
    "quality": "Notre engagement qualité",
    "legal": "Mentions légales",
    "accessibility": "Accessibilité",
    "skip": "Aller au contenu",
    "complaint_anchor": ["Plaintes", "Gestion des plaintes", "Une plainte ?", "Introduire une plainte",
                         "Des plaintes sur nos prestations ?", "Vous n'êtes pas satisfait ?"],
    "complaint_title": ["Gestion des plaintes", "Plaintes", "Une plainte sur nos services ?",
                        "Vous avez une plainte ?"],
    "complaint_intro": ["Cette page rassemble les informations relatives aux plaintes.",
                        "Vous trouverez ci-dessous ce qu'il faut savoir sur les plaintes.",
                        "Informations pratiques au sujet des plaintes."],
    "sub_procedure": ["La procédure pas à pas", "Le traitement d'une plainte", "Procédure de plainte"],
    "sub_faq": ["Questions fréquentes sur les plaintes", "Plaintes : questions fréquentes"],
    "sub_form": ["Formulaire de plainte en ligne", "Introduire une plainte en ligne"],
    "contact_title": ["Contact", "Nous contacter", "Contactez-nous"],
    "address_label": "Adresse",
    "phone_label": "Téléphone",
    "email_label": "E-mail",
    "hours": "Du lundi au vendredi, de 9 h à 16 h.",
    "question_heading": "Une question ?",
    "question_text": "Pour toute demande d'information, utilisez le formulaire ci-dessous.",
    "cf": {"name": "Nom", "email": "Adresse e-mail", "text": "Votre question", "send": "Envoyer"},
    "pf": {"legend": "Votre plainte", "name": "Nom et prénom", "email": "Adresse e-mail",
           "subject": "Service concerné", "text": "Décrivez votre plainte", "send": "Envoyer ma plainte",
           "options": ["Accueil", "Traitement des dossiers", "Autre"]},
    "city": "1000 Bruxelles",
    "welcome": ["Bienvenue sur le site : {agency}.", "{agency} : le portail officiel."],
    "home_text": ["Nous informons le public, accompagnons les professionnels du secteur et assurons les "
                  "contrôles prévus par la réglementation.",
                  "Retrouvez ici nos publications, nos services en ligne et les coordonnées de nos équipes."],
    "about_text": "Organisme public fédéral créé en {founded}, nous comptons environ {staff} collaborateurs "
                  "répartis entre Bruxelles et deux antennes.",
    "quality_text": "Nous appliquons la charte de l'usager des services publics : accueil courtois, "
                    "information claire et traitement équitable de chaque dossier.",
    "services_text": ["Demandes d'autorisation", "Inspections et contrôles", "Publications et statistiques",
                      "Subsides et appels à projets"],
    "services_trap": "Les demandes d'autorisation sont traitées dans un délai de 60 jours. Introduisez votre "
                     "demande via le formulaire de demande en ligne.",
    "legal_text": "Les informations publiées sur ce site sont fournies à titre indicatif. Vos données "
                  "personnelles sont traitées conformément au règlement général sur la protection des données.",
    "access_text": "Nous nous efforçons de rendre ce site accessible selon la norme EN 301 549. Un problème "
                   "d'accessibilité ? Écrivez-nous à {info_email}.",
    "news_items": ["Nouvelle brochure d'information disponible", "Fermeture de nos bureaux le 11 novembre",
                   "Lancement d'une consultation publique", "Nos nouveaux horaires d'été"],
    "splash_greeting": "Bienvenue",
    "more": "Lire la suite",
    "see_also": "Voir aussi",
}

# Pages that use complaint vocabulary but are not the complaint procedure (never counted).
TRAPS = {
    "criminal": {
        "title": "Porter plainte à la police : mode d'emploi",
        "html": "<p>Vous êtes victime d'un vol ou d'une agression ? Rendez-vous dans n'importe quel "
                "commissariat pour porter plainte. La police dresse un procès-verbal et vous remet une "
                "attestation de dépôt de plainte qui en mentionne le numéro.</p><p>Le parquet décide "
                "ensuite de la suite à donner ; vous êtes informé de sa décision dans les trois mois.</p>",
    },
    "levy": {
        "title": "Contester une redevance : la réclamation",
        "html": "<p>Vous contestez le montant d'une redevance qui vous a été réclamée ? Introduisez une "
                "réclamation motivée et signée dans les six mois qui suivent l'envoi de l'avis. Utilisez le "
                "<a href=\"{levy_pdf_url}\">formulaire de réclamation (PDF)</a>.</p><p>Une réclamation est "
                "un recours administratif : vous recevez un accusé de réception, puis une décision du "
                "directeur dans un délai de six mois.</p>",
    },
    "thirdparty": {
        "title": "Plainte contre une entreprise : signalez-la",
        "html": "<p>Une entreprise du secteur ne respecte pas la réglementation ? Signalez-la à nos "
                "inspecteurs grâce au formulaire ci-dessous. Vous recevrez un accusé de réception avec un "
                "numéro de signalement ; une enquête peut être ouverte dans les 30 jours.</p>{report_form}",
        "form": {"legend": "Votre signalement", "text": "Décrivez les faits", "send": "Envoyer le signalement"},
    },
    "ombud_news": {
        "title": "Le Médiateur fédéral présente son rapport annuel",
        "html": "<p>Le Médiateur fédéral a présenté son rapport annuel {year} à la Chambre. Il y relève "
                "{count2} dossiers, dont une part croissante concerne la lenteur des administrations. "
                "Le rapport est disponible sur <a href=\"{ombud_url}\">le site du Médiateur</a>.</p>",
    },
    "stats_news": {
        "title": "Gestion des plaintes : le bilan de l'année",
        "html": "<p>L'an dernier, nous avons enregistré {count} plaintes. Quatre sur dix portaient sur la "
                "clarté de nos courriers ; nous les avons entièrement réécrits.</p>",
    },
}

SLUGS = {
    "contact": "contact", "complaints": "plaintes", "complaints_alt": "gestion-des-plaintes",
    "procedure": "procedure", "faq": "questions-frequentes", "form": "formulaire",
    "about": "a-propos", "quality": "qualite", "news": "actualites", "services": "services",
    "legal": "mentions-legales", "accessibility": "accessibilite", "home": "accueil",
    "criminal": "porter-plainte-police", "levy": "reclamation-redevance", "thirdparty": "signaler-une-entreprise",
    "ombud_news": "rapport-mediateur-federal", "stats_news": "bilan-des-plaintes",
}
