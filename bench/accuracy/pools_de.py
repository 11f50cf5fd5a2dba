"""German phrasings: compliant ones and non-compliant ones (absent, vague, traps) per criterion.

Written for this benchmark; deliberately not copied from any real administration's site.
In Belgian German "Beschwerde" also names the tax/levy appeal: the levy trap uses that sense.
"""

from bench.accuracy.model import ABSENT, t

_UNITS = {  # unit -> (singular, plural nominative, plural dative, feminine)
    "day": ("Tag", "Tage", "Tagen", False),
    "wday": ("Werktag", "Werktage", "Werktagen", False),
    "cday": ("Kalendertag", "Kalendertage", "Kalendertagen", False),
    "week": ("Woche", "Wochen", "Wochen", True),
    "month": ("Monat", "Monate", "Monaten", False),
    "hour": ("Stunde", "Stunden", "Stunden", True),
}
_WORDS = {2: "zwei", 3: "drei", 4: "vier", 5: "fünf", 6: "sechs", 7: "sieben", 8: "acht", 10: "zehn",
          14: "vierzehn", 15: "fünfzehn", 20: "zwanzig", 21: "einundzwanzig", 30: "dreißig", 40: "vierzig",
          45: "fünfundvierzig", 48: "achtundvierzig", 60: "sechzig"}


def duration(n: int, unit: str, words: bool) -> tuple[str, str]:
    """(dative, accusative): 'innerhalb von 30 Tagen' / 'beträgt 30 Tage'."""
    sg, pl, pl_dat, fem = _UNITS[unit]
    if n == 1:
        return (f"einer {sg}", f"eine {sg}") if fem else (f"einem {sg}", f"einen {sg}")
    num = _WORDS[n] if words else str(n)
    return f"{num} {pl_dat}", f"{num} {pl}"


HEADINGS = {
    "why": ["Warum Beschwerdemanagement?", "Ihre Beschwerde hilft uns", "Warum ist Ihre Rückmeldung wichtig?"],
    "def": ["Was ist eine Beschwerde?", "Was verstehen wir unter einer Beschwerde?"],
    "appeal": ["Beschwerde oder Rechtsmittel?", "Eine Beschwerde ist kein Rechtsmittel", "Wichtig"],
    "proc": ["Wie reichen Sie eine Beschwerde ein?", "Das Verfahren", "Schritt für Schritt"],
    "deadline": ["Fristen", "Bearbeitungsfristen", "Unsere Zusagen"],
    "form": ["Beschwerdeformular", "Beschwerde einreichen"],
    "ack": ["Eingangsbestätigung", "Bestätigung"],
    "number": ["Nachverfolgung", "Ihre Vorgangsnummer"],
    "second": ["Nicht zufrieden mit unserer Antwort?", "Und danach?", "Die zweite Linie"],
}
NEUTRAL_HEADINGS = ["Hinweise", "Gut zu wissen", "Weitere Informationen", "Praktisches"]

POOLS = {
    "why": {
        "pass": [
            t("Jede Beschwerde hilft uns zu erkennen, was nicht funktioniert, und unsere Dienstleistungen zu "
              "verbessern."),
            t("Zufriedene Nutzerinnen und Nutzer sind uns wichtig. Ihre Beschwerde hilft uns, Fehler zu "
              "beheben und künftig zu vermeiden."),
            t("Für uns ist eine Beschwerde eine Chance zu lernen: Sie zeigt uns, wo unsere Arbeitsweise "
              "Schwächen hat und wie wir sie beseitigen können."),
            t("Alle Beschwerden werden jährlich ausgewertet, damit wir die Qualität unserer Leistungen "
              "gezielt steigern können."),
            t("Das Beschwerdemanagement ermöglicht es uns, <ul><li>einen Fehler Ihnen gegenüber zu "
              "korrigieren,</li><li>aus Versäumnissen zu lernen,</li><li>unsere Abläufe einfacher und "
              "schneller zu gestalten.</li></ul>"),
        ],
        "fail": [
            ABSENT, ABSENT,
            t("Unsere Einrichtung steht Bürgern und Unternehmen seit über zwanzig Jahren zur Seite.",
              kind="mission"),
            t("Wir gestalten unsere Website neu. Sagen Sie uns in einer kurzen Umfrage, wie Ihnen das neue "
              "Design gefällt.", kind="website-survey"),
        ],
    },
    "def": {
        "pass": [
            t("Eine Beschwerde ist eine Äußerung der Unzufriedenheit darüber, wie unsere Dienste Sie "
              "behandelt oder Ihr Anliegen bearbeitet haben."),
            t("Unter einer Beschwerde verstehen wir jede klar geäußerte Unzufriedenheit mit unseren "
              "Leistungen: eine Verzögerung, einen Fehler, fehlende Informationen oder unangemessenes "
              "Verhalten eines Mitarbeiters."),
            t("Sie können sich beschweren, wenn Sie mit unserem Dienst nicht zufrieden waren, zum Beispiel "
              "wenn <ul><li>Sie zu lange auf eine Antwort warten,</li><li>Sie eine falsche Auskunft erhalten "
              "haben,</li><li>ein Mitarbeiter unhöflich war.</li></ul>"),
            t("Eine Beschwerde liegt vor, wenn Sie der Meinung sind, dass wir nicht korrekt gehandelt haben. "
              "Keine Beschwerden sind Auskunftsersuchen, Vorschläge oder Fragen zu den Vorschriften. "
              "Sachverhalte, die länger als ein Jahr zurückliegen, werden nicht mehr behandelt."),
            t("Eine Beschwerde drückt Ihre Unzufriedenheit mit unserem Dienst aus. Nicht als Beschwerde "
              "behandelt werden Anfechtungen einer Entscheidung, für die das Gesetz ein Rechtsmittel "
              "vorsieht, sowie anonyme Schreiben.", facets="+appeal"),
        ],
        "fail": [
            ABSENT, ABSENT,
            t("Haben Sie eine Anmerkung? Teilen Sie sie uns gerne mit.", heading="Was ist eine Beschwerde?",
              kind="heading-without-definition"),
            t("Möchten Sie einen Diebstahl oder Betrug anzeigen? Eine Strafanzeige erstatten Sie bei der "
              "Polizei oder der Staatsanwaltschaft, nicht bei uns.", kind="criminal"),
            t("Eine Beschwerde gegen einen Gebührenbescheid ist schriftlich einzureichen.", facets="how",
              kind="beschwerde-appeal-sense"),
        ],
    },
    "appeal": {
        "pass": [
            t("Eine Beschwerde ist kein Rechtsmittel. Möchten Sie den Inhalt einer Entscheidung anfechten, "
              "nutzen Sie das im Entscheidungsschreiben angegebene Rechtsmittel."),
            t("Die Einreichung einer Beschwerde unterbricht die Fristen für einen Widerspruch oder eine "
              "Klage nicht."),
            t("Das Beschwerdeverfahren ersetzt kein gesetzlich vorgesehenes Einspruchs- oder "
              "Berufungsverfahren; eine Entscheidung kann auf diesem Weg weder aufgehoben noch geändert "
              "werden."),
            t("Die Beschwerde betrifft die Qualität unseres Dienstes, ein Rechtsmittel richtet sich gegen "
              "eine Entscheidung. Die Rechtsmittelfristen laufen weiter, auch wenn Sie sich bei uns "
              "beschweren.", facets="+def"),
            t("Eine Beschwerde hemmt die Einspruchsfrist nicht. Um eine Entscheidung anzufechten, haben Sie "
              "{appeal_x} ab der Zustellung Zeit.", kind="appeal-deadline"),
        ],
        "fail": [
            ABSENT, ABSENT,
            t("Beschwerden, Einsprüche und Widersprüche richten Sie bitte an {email}.", facets="+how",
              kind="lumped"),
            t("Mit diesem Verfahren können Sie auch eine Ihnen zugestellte Entscheidung anfechten.",
              kind="confusion"),
        ],
    },
    "proc": {
        "pass": [
            t("<ol><li>Sie senden Ihre Beschwerde per E-Mail an {email} oder per Post an {address}.</li>"
              "<li>Der Beschwerdekoordinator registriert sie und leitet sie an den zuständigen Dienst "
              "weiter.</li><li>Dieser prüft den Sachverhalt.</li><li>Sie erhalten eine schriftliche, "
              "begründete Antwort.</li></ol>"),
            t("Richten Sie Ihre Beschwerde schriftlich an den Beschwerdedienst, {address}. Eine Person, die "
              "an dem Vorfall nicht beteiligt war, prüft sie; anschließend teilen wir Ihnen unsere "
              "Stellungnahme schriftlich mit."),
            t("Schritt 1 – Sie reichen Ihre Beschwerde per E-Mail ({email}) ein und schildern, was wann "
              "geschehen ist.<br>Schritt 2 – Wir prüfen Ihre Beschwerde gemeinsam mit dem betroffenen "
              "Dienst.<br>Schritt 3 – Sie erhalten unsere Antwort mit dem Ergebnis der Prüfung."),
            t("Schicken Sie uns Ihre Beschwerde per Post ({address}). Nach Eingang erhalten Sie eine "
              "Eingangsbestätigung; danach bearbeitet der zuständige Dienst Ihr Anliegen und antwortet Ihnen "
              "schriftlich.", facets="+ack"),
            t("Wie? Schreiben Sie an {email}. Und dann? Zuerst prüfen wir die Zulässigkeit, danach den "
              "Inhalt Ihrer Beschwerde, und wir teilen Ihnen das Ergebnis mit."),
        ],
        "fail": [
            ABSENT,
            t("Ihre Beschwerde können Sie per Post an folgende Adresse senden: {address}.", facets="+how",
              kind="how-only"),
            t("Beschwerden: <a href=\"mailto:{email}\">{email}</a>.", facets="+how", kind="how-only"),
            t("Alle Beschwerden werden von unserem Koordinator geprüft, der für eine Antwort sorgt.",
              facets="+next", kind="next-only"),
            t("Fragen oder Probleme? <a href=\"{contact_url}\">Kontaktieren Sie uns</a>.", facets="how",
              kind="vague"),
        ],
    },
    "deadline": {
        "pass": [
            t("Wir antworten Ihnen spätestens {ans_x} nach Eingang Ihrer Beschwerde."),
            t("Die Bearbeitungsfrist beträgt {ans_x}."),
            t("<table><tr><th>Schritt</th><th>Frist</th></tr><tr><td>Eingangsbestätigung</td><td>innerhalb "
              "von {ack}</td></tr><tr><td>Endgültige Antwort</td><td>innerhalb von {ans}</td></tr></table>",
              facets="+ack"),
            t("Sie erhalten innerhalb von {ans} eine Antwort. Brauchen wir länger, informieren wir Sie."),
            t("Wir verpflichten uns, Ihre Beschwerde binnen {ans} zu bearbeiten."),
            t("Sie erhalten binnen {ack} eine Eingangsbestätigung und innerhalb von {ans} eine Antwort in "
              "der Sache.", facets="+ack"),
        ],
        "fail": [
            ABSENT,
            t("Wir bearbeiten Ihre Beschwerde so schnell wie möglich.", facets="next", kind="vague"),
            t("Sie erhalten innerhalb einer angemessenen Frist eine Antwort.", facets="next", kind="vague"),
            t("Wir melden uns zeitnah bei Ihnen.", facets="next", kind="vague"),
            t("Die Bearbeitung dauert in der Regel einige Wochen.", facets="next", kind="vague-unit"),
            t("Ihre Beschwerde muss spätestens ein Jahr nach dem Vorfall bei uns eingehen.",
              kind="filing-limit"),
            t("Im Jahr {year} gingen {count} Beschwerden ein; 38 % davon waren begründet.", kind="statistics"),
            t("Möchten Sie eine Entscheidung anfechten, legen Sie keine Beschwerde, sondern einen Einspruch "
              "ein, und zwar binnen {appeal} nach der Zustellung.", facets="+appeal", kind="appeal-deadline"),
        ],
    },
    "form": {
        "pass": [
            t("Füllen Sie das folgende Formular aus. {online_form}", place="form", kind="online"),
            t("Nutzen Sie vorzugsweise unser <a href=\"{form_url}\">Online-Beschwerdeformular</a>.",
              place="contact", kind="online-link"),
            t("Laden Sie das <a href=\"{pdf_url}\">Beschwerdeformular (PDF, 96 KB)</a> herunter, füllen Sie "
              "es aus und senden Sie es an {address}.", place="contact", kind="pdf"),
            t("Lieber auf Papier? <a href=\"{docx_url}\">Beschwerdeformular zum Ausdrucken (DOCX)</a>.",
              kind="docx"),
            t("Reichen Sie Ihre Beschwerde über unseren <a href=\"{ext_form_url}\">Online-Schalter</a> ein: "
              "Das elektronische Beschwerdeformular führt Sie Schritt für Schritt.", place="contact",
              kind="external"),
        ],
        "fail": [
            ABSENT,
            t("Senden Sie Ihre Beschwerde per E-Mail an <a href=\"mailto:{email}\">{email}</a>.",
              facets="+how", kind="email-only"),
            t("Sie können uns auch schreiben: {address}.", facets="+how", kind="letter-only"),
            t("Laden Sie das <a href=\"{other_pdf_url}\">Antragsformular für eine Rückerstattung (PDF)</a> "
              "herunter.", kind="other-form"),
            t("Ein Online-Beschwerdeformular wird in Kürze auf dieser Website verfügbar sein.",
              kind="announced"),
        ],
    },
    "ack": {
        "pass": [
            t("Sie erhalten eine Eingangsbestätigung, sobald Ihre Beschwerde registriert ist."),
            t("Wir bestätigen Ihnen schriftlich den Eingang Ihrer Beschwerde."),
            t("Innerhalb von {ack} schicken wir Ihnen eine Empfangsbestätigung.", facets="+deadline"),
            t("Sie erhalten eine Empfangsbestätigung mit der Vorgangsnummer Ihrer Beschwerde.",
              facets="+number"),
            t("Nach dem Absenden des Formulars erhalten Sie automatisch eine E-Mail, die den Eingang Ihrer "
              "Beschwerde bestätigt.", facets="form"),
        ],
        "fail": [
            ABSENT, ABSENT,
            t("Wenn Sie Ihre Beschwerde per Einschreiben senden, bewahren Sie den Einlieferungsbeleg der "
              "Post auf.", facets="how", kind="postal-receipt"),
            t("Eine Eingangsbestätigung versenden wir nicht; Sie erhalten direkt unsere Antwort.",
              facets="next", kind="negated"),
            t("Der Föderale Ombudsmann bestätigt den Eingang jeder Beschwerde, die er erhält.",
              facets="second", kind="second-line-ack"),
        ],
    },
    "number": {
        "pass": [
            t("Jede Beschwerde erhält eine eindeutige Nummer, die wir Ihnen mitteilen."),
            t("Ihre Beschwerde wird unter einem eigenen Aktenzeichen registriert; bitte geben Sie es bei "
              "jeder weiteren Kontaktaufnahme an."),
            t("Wir vergeben für Ihre Beschwerde eine eigene Vorgangsnummer, mit der Sie den Stand verfolgen "
              "können."),
        ],
        "fail": [
            ABSENT, ABSENT,
            t("Geben Sie in Ihrer Beschwerde Ihre Aktennummer und Ihre Nationalregisternummer an.",
              kind="quote-your-number"),
            t("Rufen Sie unsere kostenlose Nummer {phone} an.", facets="how", kind="phone-number"),
        ],
    },
    "second": {
        "pass": [
            t("Sind Sie auch nach Ihrer Beschwerde bei uns noch unzufrieden? Dann kann Ihnen der Föderale "
              "Ombudsmann helfen.", facets="how", kind="short"),
            t("Sind Sie mit unserer Antwort nicht zufrieden, können Sie sich an den Föderalen Ombudsmann "
              "wenden: <a href=\"{ombud_url}\">www.federalombudsman.be</a>.", facets="next", place="contact"),
            t("Noch immer keine Lösung? Der Föderale Ombudsmann vermittelt kostenlos.", facets="next",
              place="contact"),
            t("Betrifft Ihre Beschwerde Ihre Pension und sind Sie mit unserer Antwort unzufrieden? Wenden Sie "
              "sich an den Ombudsdienst für Pensionen.", facets="next"),
            t("Bleiben Sie nach unserer Bearbeitung unzufrieden, können Sie sich an den Ständigen Ausschuss "
              "für die Kontrolle über die Polizeidienste (Komitee P) wenden.", facets="next"),
            t("Reicht Ihnen unsere Antwort nicht, wenden Sie sich an den <a href=\"{ombud_url}\">unabhängigen "
              "Vermittlungsdienst der zweiten Linie</a>.", facets="next", kind="link-only"),
        ],
        "fail": [
            ABSENT, ABSENT,
            t("Sind Sie nicht zufrieden, können Sie sich an den Ombudsdienst der Deutschsprachigen "
              "Gemeinschaft wenden.", facets="next", kind="regional-ombudsman"),
            t("Bei Streitigkeiten mit Ihrem Energieversorger hilft der Ombudsdienst für Energie.",
              kind="sector-ombudsman"),
            t("Möchten Sie eine mutmaßliche Integritätsverletzung in einer föderalen Verwaltung melden? Das "
              "Zentrum Integrität des Föderalen Ombudsmanns nimmt solche Meldungen entgegen.",
              kind="integrity-centre"),
            t("Sind Sie mit unserer Antwort nicht zufrieden, wenden Sie sich gerne erneut an uns.",
              facets="next", kind="internal-only"),
        ],
    },
}

UI = {
    "lang_name": "Deutsch",
    "code": "DE",
    "home": "Startseite",
    "news": "Aktuelles",
    "services": "Unsere Dienste",
    "about": "Über uns",
    "contact": "Kontakt",
    "quality": "Unser Qualitätsversprechen",
    "legal": "Impressum",
    "accessibility": "Barrierefreiheit",
    "skip": "Zum Inhalt",
    "complaint_anchor": ["Beschwerden", "Beschwerdemanagement", "Eine Beschwerde?", "Beschwerde einreichen",
                         "Beschwerden über unsere Dienstleistungen?", "Nicht zufrieden?"],
    "complaint_title": ["Beschwerdemanagement", "Beschwerden", "Eine Beschwerde über unsere Dienste?"],
    "complaint_intro": ["Auf dieser Seite finden Sie alle Informationen zu Beschwerden.",
                        "Hier erfahren Sie, was Sie über Beschwerden wissen sollten."],
    "sub_procedure": ["Das Verfahren Schritt für Schritt", "So bearbeiten wir eine Beschwerde"],
    "sub_faq": ["Häufige Fragen zu Beschwerden"],
    "sub_form": ["Online-Beschwerdeformular", "Beschwerde online einreichen"],
    "contact_title": ["Kontakt", "Kontaktieren Sie uns"],
    "address_label": "Anschrift",
    "phone_label": "Telefon",
    "email_label": "E-Mail",
    "hours": "Montag bis Freitag, 9 bis 16 Uhr.",
    "question_heading": "Eine Frage?",
    "question_text": "Für Auskunftsersuchen nutzen Sie bitte das folgende Formular.",
    "cf": {"name": "Name", "email": "E-Mail-Adresse", "text": "Ihre Frage", "send": "Absenden"},
    "pf": {"legend": "Ihre Beschwerde", "name": "Vor- und Nachname", "email": "E-Mail-Adresse",
           "subject": "Betroffener Dienst", "text": "Beschreiben Sie Ihre Beschwerde",
           "send": "Beschwerde absenden", "options": ["Empfang", "Aktenbearbeitung", "Sonstiges"]},
    "city": "1000 Brüssel",
    "welcome": ["Willkommen auf der Website: {agency}.", "{agency}: die offizielle Website."],
    "home_text": ["Wir informieren die Öffentlichkeit, begleiten Fachleute der Branche und führen die "
                  "vorgeschriebenen Kontrollen durch.",
                  "Hier finden Sie unsere Veröffentlichungen, Online-Dienste und Ansprechpartner."],
    "about_text": "Als föderale öffentliche Einrichtung, gegründet {founded}, beschäftigen wir rund {staff} "
                  "Mitarbeitende in Brüssel und zwei Außenstellen.",
    "quality_text": "Wir halten uns an die Charta für die Nutzer öffentlicher Dienste: freundlicher Empfang, "
                    "klare Informationen und eine faire Bearbeitung jeder Akte.",
    "services_text": ["Genehmigungsanträge", "Inspektionen und Kontrollen", "Veröffentlichungen und Statistiken",
                      "Zuschüsse und Projektaufrufe"],
    "services_trap": "Genehmigungsanträge werden innerhalb von 60 Tagen bearbeitet. Stellen Sie Ihren Antrag "
                     "über das Online-Antragsformular.",
    "legal_text": "Die Informationen auf dieser Website dienen nur zur Orientierung. Ihre personenbezogenen "
                  "Daten werden gemäß der Datenschutz-Grundverordnung verarbeitet.",
    "access_text": "Wir bemühen uns, diese Website gemäß der Norm EN 301 549 barrierefrei zu gestalten. Ein "
                   "Problem? Schreiben Sie uns an {info_email}.",
    "news_items": ["Neue Informationsbroschüre erschienen", "Unsere Büros sind am 11. November geschlossen",
                   "Start einer öffentlichen Konsultation"],
    "splash_greeting": "Willkommen",
    "more": "Weiterlesen",
    "see_also": "Siehe auch",
}

TRAPS = {
    "criminal": {
        "title": "Strafanzeige bei der Polizei erstatten",
        "html": "<p>Sind Sie Opfer eines Diebstahls oder einer Gewalttat geworden? In jedem Polizeikommissariat "
                "können Sie Anzeige erstatten. Die Polizei nimmt ein Protokoll auf und Sie erhalten eine "
                "Bescheinigung mit dessen Nummer.</p><p>Die Staatsanwaltschaft entscheidet über das weitere "
                "Vorgehen; Sie werden innerhalb von drei Monaten informiert.</p>",
    },
    "levy": {
        "title": "Beschwerde gegen einen Gebührenbescheid",
        "html": "<p>Sind Sie mit dem Betrag einer Gebühr nicht einverstanden? Reichen Sie binnen sechs Monaten "
                "nach Versand des Bescheids eine begründete und unterschriebene Beschwerde ein. Verwenden Sie "
                "das <a href=\"{levy_pdf_url}\">Formular (PDF)</a>.</p><p>Diese Beschwerde ist ein "
                "verwaltungsrechtliches Rechtsmittel: Sie erhalten eine Eingangsbestätigung und danach "
                "innerhalb von sechs Monaten eine Entscheidung des Direktors.</p>",
    },
    "thirdparty": {
        "title": "Beschwerde über ein Unternehmen melden",
        "html": "<p>Hält sich ein Unternehmen der Branche nicht an die Vorschriften? Melden Sie es unseren "
                "Inspektoren über das folgende Formular. Sie erhalten eine Eingangsbestätigung mit einer "
                "Meldenummer; innerhalb von 30 Tagen kann eine Untersuchung beginnen.</p>{report_form}",
        "form": {"legend": "Ihre Meldung", "text": "Beschreiben Sie den Sachverhalt", "send": "Meldung senden"},
    },
    "ombud_news": {
        "title": "Der Föderale Ombudsmann stellt seinen Jahresbericht vor",
        "html": "<p>Der Föderale Ombudsmann hat der Kammer seinen Jahresbericht {year} vorgelegt. Er zählt "
                "{count2} Akten, von denen immer mehr langsame Verwaltungen betreffen. Der Bericht steht auf "
                "<a href=\"{ombud_url}\">der Website des Ombudsmanns</a>.</p>",
    },
    "stats_news": {
        "title": "Beschwerdemanagement: die Jahresbilanz",
        "html": "<p>Im vergangenen Jahr haben wir {count} Beschwerden registriert. Vier von zehn betrafen "
                "unverständliche Schreiben; diese haben wir vollständig überarbeitet.</p>",
    },
}

SLUGS = {
    "contact": "kontakt", "complaints": "beschwerden", "complaints_alt": "beschwerdemanagement",
    "procedure": "verfahren", "faq": "haeufige-fragen", "form": "formular",
    "about": "ueber-uns", "quality": "qualitaet", "news": "aktuelles", "services": "dienste",
    "legal": "impressum", "accessibility": "barrierefreiheit", "home": "startseite",
    "criminal": "strafanzeige", "levy": "beschwerde-gebuehrenbescheid", "thirdparty": "unternehmen-melden",
    "ombud_news": "jahresbericht-ombudsmann", "stats_news": "bilanz-beschwerden",
}
