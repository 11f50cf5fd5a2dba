"""Unit tests of the deadline extraction behind complaint-deadlines: exact step, number and unit
for many phrasings in four languages, the traps that must not count, page structures (tables,
definition lists, accordions) and the hint when language versions disagree."""

from __future__ import annotations

import doctest

import pytest

import rules.complaint_deadlines
import rules.number_words

from crawler.page import Page
from crawler.snapshot import Snapshot
from rules.complaint_deadlines import (ComplaintDeadlines, explain, extract_deadlines, language_differences,
                                       normalise_map, read_pages)
from rules.number_words import to_number
from rules.site import Site


def steps(text: str, lang: str) -> list[tuple[str, int, str]]:
    return [(d["step"], d["number"], d["unit"]) for d in extract_deadlines(text, lang)]


@pytest.mark.parametrize("lang,text,expected", [
    # French
    ("fr", "Nous accusons réception de votre plainte dans les cinq jours ouvrables.", [("acknowledgement", 5, "working_days")]),
    ("fr", "Une réponse motivée vous parvient endéans les trente jours calendrier.", [("answer", 30, "calendar_days")]),
    ("fr", "Vous obtenez notre réponse au plus tard dans les quarante-cinq jours.", [("answer", 45, "days")]),
    ("fr", "L'accusé de réception est envoyé sous 48 heures.", [("acknowledgement", 48, "hours")]),
    ("fr", "Le délai de traitement est de deux semaines.", [("answer", 2, "weeks")]),
    ("fr", "Nous traiterons votre dossier dans le mois.", [("answer", 1, "months")]),
    ("fr", "Votre plainte est traitée en vingt-huit jours calendaires au maximum.", [("answer", 28, "calendar_days")]),
    ("fr", "Comptez septante-cinq jours pour une réponse dans les dossiers très complexes.", [("answer", 75, "days")]),
    ("fr", "Nous vous répondrons dans un délai de quinze jours ouvrés.", [("answer", 15, "working_days")]),
    ("fr", "La recevabilité de la plainte est vérifiée dans les 10 jours.", [("admissibility", 10, "days")]),
    ("fr", "Si nous ne sommes pas compétents, votre plainte est transmise au bon service sous 3 jours ouvrables.",
     [("forwarding", 3, "working_days")]),
    ("fr", "Ce délai peut être prolongé de 15 jours si l'enquête l'exige.", [("extension", 15, "days")]),
    ("fr", "Dans les 5 jours ouvrables, un accusé de réception vous est adressé et, dans les 30 jours, une réponse.",
     [("acknowledgement", 5, "working_days"), ("answer", 30, "days")]),
    ("fr", "Accusé de réception : 2 jours (ouvrables) ; réponse : 6 semaines.",
     [("acknowledgement", 2, "working_days"), ("answer", 6, "weeks")]),
    # Dutch
    ("nl", "U ontvangt binnen tien werkdagen een ontvangstbevestiging.", [("acknowledgement", 10, "working_days")]),
    ("nl", "Wij behandelen uw klacht binnen dertig dagen.", [("answer", 30, "days")]),
    ("nl", "Uiterlijk binnen vijftien werkdagen krijgt u een antwoord.", [("answer", 15, "working_days")]),
    ("nl", "Een antwoord volgt binnen de maand.", [("answer", 1, "months")]),
    ("nl", "We sturen u binnen een week een ontvangstmelding.", [("acknowledgement", 1, "weeks")]),
    ("nl", "De behandeling duurt maximaal achtentwintig kalenderdagen.", [("answer", 28, "calendar_days")]),
    ("nl", "Binnen 2 werkdagen bevestigen we de ontvangst, binnen 6 weken volgt ons antwoord.",
     [("acknowledgement", 2, "working_days"), ("answer", 6, "weeks")]),
    ("nl", "Is uw klacht niet voor ons bestemd, dan wordt ze binnen 5 werkdagen doorgestuurd.", [("forwarding", 5, "working_days")]),
    ("nl", "Uw klacht wordt binnen 30 (dertig) dagen beantwoord.", [("answer", 30, "days")]),
    ("nl", "Binnen tweeëntwintig dagen laten we u weten wat we met uw klacht gedaan hebben.", [("answer", 22, "days")]),
    # German
    ("de", "Sie erhalten innerhalb von drei Werktagen eine Eingangsbestätigung.", [("acknowledgement", 3, "working_days")]),
    ("de", "Wir beantworten Ihre Beschwerde spätestens innerhalb von drei Wochen.", [("answer", 3, "weeks")]),
    ("de", "Eine Antwort erhalten Sie innerhalb eines Monats.", [("answer", 1, "months")]),
    ("de", "Die Bearbeitung dauert höchstens achtundzwanzig Kalendertage.", [("answer", 28, "calendar_days")]),
    ("de", "Innerhalb von 48 Stunden bestätigen wir den Eingang Ihrer Beschwerde.", [("acknowledgement", 48, "hours")]),
    ("de", "Sie bekommen binnen dreißig Tagen eine begründete Antwort.", [("answer", 30, "days")]),
    # English
    ("en", "We will answer within ten working days.", [("answer", 10, "working_days")]),
    ("en", "You will receive an acknowledgement within 2 business days and a reply within 20 working days.",
     [("acknowledgement", 2, "working_days"), ("answer", 20, "working_days")]),
    ("en", "We aim to respond within a fortnight.", [("answer", 2, "weeks")]),
    ("en", "Your complaint will be handled within a month.", [("answer", 1, "months")]),
    ("en", "Complaints are resolved in twenty-eight calendar days at most.", [("answer", 28, "calendar_days")]),
    ("en", "Within 5 days of submitting your complaint, you will get an acknowledgement.", [("acknowledgement", 5, "days")]),
    ("en", "We reply within 30 days of the acknowledgement.", [("answer", 30, "days")]),
])
def test_deadline_phrasings(lang, text, expected):
    assert steps(text, lang) == expected


@pytest.mark.parametrize("lang,text,reason", [
    ("fr", "La réclamation doit être introduite dans un délai de six mois.", "filing"),
    ("fr", "Vous pouvez introduire un recours dans les 60 jours suivant notre réponse.", "appeal"),
    ("fr", "Nous n'examinons pas les faits qui datent de plus de douze mois.", "age"),
    ("fr", "Notre service répond du lundi au vendredi de 9 à 17 heures.", "time_of_day"),
    ("fr", "Les dossiers sont conservés pendant 18 mois.", "period"),
    ("fr", "Publié il y a 3 jours.", "date"),
    ("fr", "En moyenne, nous répondons en 12 jours.", "statistic"),
    ("fr", "Le Médiateur fédéral accuse réception de la plainte dans les 5 jours ouvrables.", "second_line"),
    ("nl", "Een bezwaarschrift dient u in binnen de drie maanden.", "filing"),
    ("nl", "Tegen de beslissing kunt u binnen 30 dagen beroep aantekenen.", "appeal"),
    ("nl", "U kunt ons 24 uur per dag een bericht sturen om een antwoord te krijgen.", "availability"),
    ("de", "Widerspruch ist innerhalb von drei Monaten einzulegen.", "appeal"),
    ("de", "Die Ombudsfrau der Deutschsprachigen Gemeinschaft bestätigt den Eingang innerhalb von fünf Tagen.", "second_line"),
    ("en", "You have 30 days to lodge an appeal with the Council of State.", "filing"),
    ("en", "Our helpdesk is open 24 hours a day to answer your call.", "availability"),
    ("en", "On average, we answered complaints in 17 days last year.", "statistic"),
])
def test_deadlines_for_something_else_do_not_count(lang, text, reason):
    assert extract_deadlines(text, lang) == []
    assert reason in [r for *_, r in explain(text, lang)]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous traitons votre plainte dans les meilleurs délais."),
    ("nl", "We antwoorden zo snel mogelijk."),
    ("de", "Wir melden uns so schnell wie möglich."),
    ("en", "We deal with every complaint as soon as possible."),
    ("fr", "Les faits de plus d'un an ne sont pas pris en compte."),   # a year is never a processing unit here
])
def test_no_number_no_deadline(lang, text):
    assert extract_deadlines(text, lang) == []


def test_the_quoted_text_is_the_original_phrase():
    [found] = extract_deadlines("Nous vous répondons endéans les trente\u00a0jours ouvrables.", "fr")
    assert found == {"step": "answer", "number": 30, "unit": "working_days", "text": "endéans les trente jours ouvrables"}
    [found] = extract_deadlines("Sie erhalten spätestens in 3 Wochen eine Antwort.", "de")
    assert found["text"] == "spätestens in 3 Wochen"


def test_numbers_in_words():
    assert [to_number(w, l) for w, l in [("vingt-huit", "fr"), ("achtentwintig", "nl"), ("achtundzwanzig", "de"),
                                        ("twenty-eight", "en"), ("quinze", "fr"), ("quatre-vingt-dix", "fr"),
                                        ("nonante", "fr"), ("honderd", "nl"), ("einundzwanzig", "de"), ("ninety-nine", "en")]] \
        == [28, 28, 28, 28, 15, 90, 90, 100, 21, 99]


def test_normalise_map_points_back_to_the_original():
    norm, where = normalise_map("Straße  für  Größe")
    assert norm == "strasse fur grosse"
    assert "Straße  für  Größe"[where[norm.index("fur")]] == "f"


def _page(url: str, lang: str, body: str, alternates: str = "") -> Page:
    html = (f'<html lang="{lang}"><head><title>Plaintes / Klachten</title>{alternates}</head>'
            f"<body><main>{body}</main></body></html>")
    return Page(url, 200, "text/html", html.encode())


def _read(body: str, lang: str = "fr"):
    page = _page("https://x.example/plaintes.html", lang, body)
    reading = read_pages([page], lang, {page.url})
    return [(r.step, r.number, r.unit) for r in reading.readings if r.counts]


def test_table_rows_give_the_step():
    body = ("<table><tr><th>Étape</th><th>Délai</th></tr>"
            "<tr><td>Accusé de réception</td><td>5&nbsp;jours ouvrables</td></tr>"
            "<tr><td>Réponse</td><td><b>30</b> jours calendrier</td></tr>"
            "<tr><td>Recours au Conseil d'État</td><td>60 jours</td></tr></table>")
    assert _read(body) == [("acknowledgement", 5, "working_days"), ("answer", 30, "calendar_days")]


def test_column_headers_give_the_step():
    body = ("<table><tr><th>Ontvangstbevestiging</th><th>Antwoord</th></tr>"
            "<tr><td>binnen 3 werkdagen</td><td>binnen 4 weken</td></tr></table>")
    assert _read(body, "nl") == [("acknowledgement", 3, "working_days"), ("answer", 4, "weeks")]


def test_definition_list_and_accordion():
    body = ("<dl><dt>Eingangsbestätigung</dt><dd>innerhalb von zwei Werktagen</dd></dl>"
            "<details><summary>Wann bekomme ich eine Antwort?</summary><p>Spätestens nach sechs Wochen.</p></details>")
    assert _read(body, "de") == [("acknowledgement", 2, "working_days"), ("answer", 6, "weeks")]


def test_heading_and_lead_in_give_the_step():
    body = "<h3>Response time</h3><p>30 calendar days.</p><p>You will then receive:</p><ul><li>a reply within 3 weeks</li></ul>"
    assert _read(body, "en") == [("answer", 30, "calendar_days"), ("answer", 3, "weeks")]


def test_ombudsman_block_continued_by_a_pronoun():
    body = ("<p>Pas satisfait de notre réponse ? Contactez le Médiateur fédéral.</p>"
            "<p>Il accuse réception de votre plainte dans les cinq jours ouvrables.</p>"
            "<p>Nous répondons, quant à nous, dans les 30 jours.</p>")
    assert _read(body) == [("answer", 30, "days")]


def test_contact_page_counts_only_about_complaints():
    contact = _page("https://x.example/contact.html", "fr",
                    "<p>Nous répondons à vos e-mails en 2 jours ouvrables.</p>"
                    "<h2>Une plainte ?</h2><p>Vous recevez une réponse dans les 45 jours.</p>")
    reading = read_pages([contact], "fr", set())
    assert [(r.step, r.number, r.reason) for r in reading.readings] == [
        ("answer", 2, "not_about_complaints"), ("answer", 45, None)]


def test_language_differences():
    stated = {"en": [{"step": "answer", "number": 30, "unit": "working_days", "text": "30 working days"}],
              "fr": [{"step": "answer", "number": 40, "unit": "days", "text": "40 jours"}],
              "nl": [{"step": "answer", "number": 40, "unit": "calendar_days", "text": "40 kalenderdagen"}]}
    [difference] = language_differences(stated)
    assert difference["step"] == "answer" and set(difference["languages"]) == {"en", "fr", "nl"}
    same = {"fr": [{"step": "answer", "number": 1, "unit": "months", "text": "un mois"}],
            "nl": [{"step": "answer", "number": 30, "unit": "days", "text": "30 dagen"}],
            "de": [{"step": "acknowledgement", "number": 5, "unit": "working_days", "text": "5 Werktage"}]}
    assert language_differences(same) == []


def test_rule_extracts_data_and_hints_at_differences():
    alternates = ('<link rel="alternate" hreflang="fr" href="https://x.example/fr/plaintes.html">'
                  '<link rel="alternate" hreflang="en" href="https://x.example/en/complaints.html">')
    fr = _page("https://x.example/fr/plaintes.html", "fr",
               "<h1>Gestion des plaintes</h1><p>Nous traitons votre plainte et vous répondons dans les 40 jours.</p>",
               alternates)
    en = _page("https://x.example/en/complaints.html", "en",
               "<h1>Complaints handling</h1><p>We answer every complaint within 30 working days.</p>", alternates)
    site = Site.from_snapshot(Snapshot("x", "https://x.example/fr/plaintes.html", [fr, en]))
    assert set(site.languages) == {"fr", "en"}
    findings = list(ComplaintDeadlines().check(site))
    by_lang = {f.language: f for f in findings}
    assert by_lang["fr"].status == "pass" and by_lang["fr"].message == "deadlines.found"
    assert by_lang["fr"].data["deadlines"] == [{"step": "answer", "number": 40, "unit": "days",
                                                "text": "dans les 40 jours"}]
    assert by_lang["en"].data["deadlines"][0]["unit"] == "working_days"
    hint = by_lang[None]
    assert hint.status == "hint" and hint.message == "deadlines.languages-differ"
    assert hint.data["differences"][0]["step"] == "answer"
    assert "dans les 40 jours" in hint.data["summary"] and "within 30 working days" in hint.data["summary"]


def test_ombudsman_named_as_partner_does_not_take_our_deadline():
    text = "Selon notre protocole avec le Médiateur fédéral, votre plainte reçoit une réponse dans les 30 jours."
    assert steps(text, "fr") == [("answer", 30, "days")]
    text = "Adressez-vous au Médiateur fédéral, qui vous répond dans les 30 jours."
    assert steps(text, "fr") == []
    text = "U kunt ook terecht bij de federale Ombudsman. Hij stuurt binnen vijf werkdagen een ontvangstbevestiging."
    assert steps(text, "nl") == []


@pytest.mark.parametrize("module", [rules.complaint_deadlines, rules.number_words])
def test_docstring_examples(module):
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0 and result.attempted > 0


def test_vague_promise_needs_the_handling_in_its_sentence():
    page = _page("https://x.example/plaintes.html", "fr",
                 "<p>Signalez-nous au plus vite tout changement d'adresse.</p>"
                 "<p>Nous répondrons à votre plainte dans les meilleurs délais.</p>")
    reading = read_pages([page], "fr", {page.url})
    assert [phrase for _, _, phrase in reading.vague] == ["dans les meilleurs delais"]


def test_a_statistic_word_only_takes_the_nearest_number():
    assert explain("Wij beantwoorden uw klacht binnen 30 dagen, gemiddeld na 12 dagen.", "nl") == [
        (30, "days", "answer", None), (12, "days", None, "statistic")]


def test_units_and_steps_are_fixed_tokens():
    texts = {"fr": "Réponse sous 3 jours, 2 jours ouvrables, 4 jours calendrier, 2 semaines, 1 mois ou 48 heures.",
             "nl": "Antwoord binnen 3 dagen, 2 werkdagen, 4 kalenderdagen, 2 weken, 1 maand of 48 uur.",
             "de": "Antwort in 3 Tagen, 2 Werktagen, 4 Kalendertagen, 2 Wochen, 1 Monat oder 48 Stunden.",
             "en": "Reply in 3 days, 2 working days, 4 calendar days, 2 weeks, 1 month or 48 hours."}
    for lang, text in texts.items():
        assert [u for _, u, _, _ in explain(text, lang)] == [
            "days", "working_days", "calendar_days", "weeks", "months", "hours"], lang


# -- "within a period of N days", verbs outside the step list, separable verbs --------------------

@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Nous nous engageons à régler votre dossier dans un délai de 35 jours.", [("answer", 35, "days")]),
    ("fr", "Votre plainte est clôturée dans un délai maximum de deux mois.", [("answer", 2, "months")]),
    ("fr", "Comptez un délai de trente jours pour votre plainte.", [("answer", 30, "days")]),
    ("fr", "Dans les 3 jours, nous vous confirmons par écrit avoir bien reçu votre plainte.", [("acknowledgement", 3, "days")]),
    ("nl", "Wij ronden uw dossier binnen een termijn van zestig dagen af.", [("answer", 60, "days")]),
    ("nl", "We beloven uw klacht binnen een termijn van twee maanden af te handelen.", [("answer", 2, "months")]),
    ("nl", "Binnen een termijn van veertig dagen wordt uw klacht opgevolgd.", [("answer", 40, "days")]),
    ("nl", "U hoort binnen 30 dagen van ons.", [("answer", 30, "days")]),
    ("nl", "Binnen 5 werkdagen bevestigen we dat we uw klacht goed ontvangen hebben.", [("acknowledgement", 5, "working_days")]),
    ("de", "Wir verpflichten uns, Ihre Beschwerde innerhalb einer Frist von 40 Tagen abzuschließen.", [("answer", 40, "days")]),
    ("de", "Innerhalb einer Frist von vierzig Tagen teilen wir Ihnen das Ergebnis mit.", [("answer", 40, "days")]),
    ("de", "Sie hören innerhalb von vier Wochen von uns.", [("answer", 4, "weeks")]),
    ("de", "Binnen zwei Werktagen bestätigen wir Ihnen, dass wir Ihre Beschwerde erhalten haben.",
     [("acknowledgement", 2, "working_days")]),
    ("en", "We undertake to settle your complaint within a period of 40 days.", [("answer", 40, "days")]),
    ("en", "Within a time limit of twenty working days we let you know the result.", [("answer", 20, "working_days")]),
    ("en", "Within 3 working days we confirm that we have received your complaint.", [("acknowledgement", 3, "working_days")]),
    ("nl", "De klachtendienst moet binnen 30 dagen antwoorden.", [("answer", 30, "days")]),
    ("de", "Nach Eingang Ihrer Beschwerde erhalten Sie binnen fünf Arbeitstagen eine Bestätigung.",
     [("acknowledgement", 5, "working_days")]),
    ("en", "You will receive a confirmation by e-mail within 24 hours.", [("acknowledgement", 24, "hours")]),
])
def test_within_a_period_and_unlisted_verbs(lang, text, expected):
    assert steps(text, lang) == expected


@pytest.mark.parametrize("lang,text,reason", [
    # an investigation or inspection that may open is not the answer to a complaint
    ("fr", "Une enquête peut être ouverte dans les 30 jours.", "investigation_start"),
    ("nl", "Binnen 30 dagen kan een onderzoek starten.", "investigation_start"),
    ("de", "Innerhalb von 30 Tagen kann eine Untersuchung eingeleitet werden.", "investigation_start"),
    ("en", "An investigation may start within 30 days.", "investigation_start"),
    # a procedure said to be an appeal: every number of the sentence is the appeal's
    ("fr", "Une réclamation est un recours administratif : un accusé de réception suit, "
           "puis une décision dans un délai de six mois.", "appeal"),
    ("nl", "Een bezwaar is een administratief beroep: u krijgt een ontvangstbevestiging en binnen zes maanden een beslissing.",
     "appeal"),
    ("de", "Diese Beschwerde ist ein förmliches Rechtsmittel: Sie erhalten eine Eingangsbestätigung "
           "und innerhalb von sechs Monaten eine Entscheidung.", "appeal"),
    ("en", "An objection is an administrative appeal: you receive an acknowledgement, then a decision within six months.",
     "appeal"),
    # a criminal complaint, a prosecutor's decision
    ("fr", "Vous êtes informé de la décision du parquet dans les trois mois.", "criminal"),
    ("nl", "U wordt binnen drie maanden ingelicht over de beslissing van het parket.", "criminal"),
    ("de", "Die Staatsanwaltschaft informiert Sie innerhalb von drei Monaten über ihre Entscheidung.", "criminal"),
    ("en", "The public prosecutor informs you of the decision within three months.", "criminal"),
    # what the complainant must do by then, a share of last year's complaints
    ("fr", "Envoyez-nous votre plainte dans les 30 jours.", "filing"),
    ("nl", "Stuur ons uw klacht binnen 30 dagen.", "filing"),
    ("en", "Please send us your complaint within 3 months.", "filing"),
    ("en", "Complaints must reach us within 30 days.", "filing"),
    ("de", "Ihre Beschwerde muss uns innerhalb von 30 Tagen erreichen.", "filing"),
    ("fr", "Nous avons répondu à 95 % des plaintes dans les 30 jours.", "statistic"),
    ("de", "Im vergangenen Jahr haben wir Beschwerden innerhalb von 25 Tagen beantwortet.", "statistic"),
])
def test_other_procedures_and_instructions_do_not_count(lang, text, reason):
    assert extract_deadlines(text, lang) == []
    assert reason in [r for *_, r in explain(text, lang)]


def test_a_step_word_inside_an_exclusion_phrase_is_not_a_step():
    assert explain("An investigation may start within 30 days.", "en") == [(30, "days", None, "investigation_start")]
    assert steps("We investigate your complaint and answer within 30 days.", "en") == [("answer", 30, "days")]


@pytest.mark.parametrize("lang,heading,subject", [
    ("fr", "Contester le montant d'une redevance", "appeal"),
    ("fr", "Plainte contre une entreprise : signalez-la", "third_party"),
    ("fr", "Porter plainte à la police", "criminal"),
    ("fr", "Gestion des plaintes : le bilan de l'année", "report"),
    ("fr", "Une plainte ou un recours ?", None),
    ("fr", "Des plaintes sur nos prestations ?", None),
    ("nl", "Bezwaar tegen een belastingaanslag", "appeal"),
    ("nl", "Een klacht over een handelaar melden", "third_party"),
    ("nl", "Aangifte doen bij de politie", "criminal"),
    ("nl", "Klachtenbehandeling: ons jaarverslag", "report"),
    ("nl", "Klachten over onze dienstverlening", None),
    ("de", "Beschwerde gegen einen Steuerbescheid", "appeal"),
    ("de", "Beschwerde über ein Unternehmen melden", "third_party"),
    ("de", "Beschwerdemanagement: die Jahresbilanz", "report"),
    ("de", "Beschwerde oder Einspruch?", None),
    ("en", "Objecting to a tax assessment", "appeal"),
    ("en", "Report a company that breaks the rules", "third_party"),
    ("en", "Complaints handling: annual report", "report"),
    ("en", "Complaints about our services?", None),
])
def test_subject_of_a_heading(lang, heading, subject):
    from rules.complaint_deadlines import vocabulary
    from crawler.text import normalise
    assert vocabulary(lang).subject(normalise(heading)) == subject


def test_a_page_about_something_else_states_none_of_our_deadlines():
    body = ("<h1>Klacht tegen een bedrijf: meld het ons</h1>"
            "<p>U krijgt een ontvangstbevestiging binnen 3 werkdagen; ons antwoord volgt binnen 30 dagen.</p>")
    page = _page("https://x.example/bedrijf-melden.html", "nl", body)
    reading = read_pages([page], "nl", {page.url})
    assert [(r.step, r.number, r.reason) for r in reading.readings] == [
        ("acknowledgement", 3, "third_party"), ("answer", 30, "third_party")]


def test_the_site_name_in_the_title_is_not_the_subject():
    html = ("<html lang='fr'><head><title>Gestion des plaintes | Office de lutte contre la fraude</title></head>"
            "<body><main><p>Nous répondons à votre plainte dans les 30 jours.</p></main></body></html>")
    page = Page("https://x.example/plaintes.html", 200, "text/html", html.encode())
    assert [(r.step, r.number, r.reason) for r in read_pages([page], "fr", {page.url}).readings] == [("answer", 30, None)]


def test_a_section_about_something_else_keeps_the_other_sections():
    body = ("<h2>Votre plainte</h2><p>Nous vous répondons dans les 30 jours.</p>"
            "<h2>Signaler une fraude d'une entreprise</h2><p>Nous vous répondons dans les 10 jours.</p>")
    assert _read(body) == [("answer", 30, "days")]


def test_nested_tables_read_the_innermost_header():
    body = ("<table class='layout'><tr><th scope='row'></th><td><p>Toute plainte, réclamation ou contestation.</p></td></tr>"
            "<tr><th scope='row'></th><td><table><tr><th>Étape</th><th>Délai</th></tr>"
            "<tr><td>Accusé de réception</td><td>48 heures</td></tr><tr><td>Réponse définitive</td><td>30 jours</td></tr>"
            "</table></td></tr></table>")
    assert _read(body) == [("acknowledgement", 48, "hours"), ("answer", 30, "days")]


def test_a_layout_table_row_is_not_a_column_header():
    body = ("<table><tr><th scope='row'>Recours</th><td><p>Un recours est possible dans les 60 jours.</p></td></tr>"
            "<tr><th scope='row'>Réponse</th><td><p>Sous 30 jours calendrier.</p></td></tr></table>")
    assert _read(body) == [("answer", 30, "calendar_days")]


def test_header_row_of_short_labels_caption_and_list_lead_in():
    assert _read("<table><tr><td>Eingangsbestätigung</td><td>Antwort</td></tr>"
                 "<tr><td>3 Werktage</td><td>6 Wochen</td></tr></table>", "de") == [
        ("acknowledgement", 3, "working_days"), ("answer", 6, "weeks")]
    assert _read("<table><caption>Délais de réponse</caption><tr><td>Cas simple</td><td>15 jours</td></tr></table>") == [
        ("answer", 15, "days")]
    assert _read("<p>Our answer reaches you:</p><ul><li>in 10 days for simple cases,</li><li>in 40 days otherwise.</li></ul>",
                 "en") == [("answer", 10, "days"), ("answer", 40, "days")]


def test_tabs_and_buttons_label_their_panels():
    body = ("<div role='tablist'><button role='tab' id='t1' aria-controls='p1'>Ontvangstbevestiging</button>"
            "<button role='tab' id='t2' aria-controls='p2'>Antwoord</button></div>"
            "<div role='tabpanel' id='p1' aria-labelledby='t1'><p>Binnen 3 werkdagen.</p></div>"
            "<div role='tabpanel' id='p2' aria-labelledby='t2' hidden><p>Binnen 6 weken.</p></div>")
    assert _read(body, "nl") == [("acknowledgement", 3, "working_days"), ("answer", 6, "weeks")]
    body = ("<button aria-controls='x1' aria-expanded='false'>Wann bekomme ich eine Antwort?</button>"
            "<div id='x1'><p>Spätestens nach 30 Tagen.</p></div>")
    assert _read(body, "de") == [("answer", 30, "days")]


# -- speed without changing results ------------------------------------------------------------------

def test_matcher_finds_what_phrases_find():
    """The fast matcher is an optimisation: on every vocabulary list, the same matches as Phrases."""
    from crawler.text import Phrases
    from rules.complaint_deadlines import Either, Matcher, vocabulary
    texts = {
        "fr": "Nous accusons réception de votre plainte sous 5 jours ouvrables ; le Médiateur fédéral, "
              "qui est la deuxième ligne, "
              "répond en moyenne en 30 jours. Un recours est possible du lundi au vendredi. Une enquête peut être ouverte. "
              "Une réclamation est un recours administratif. 95 % des plaintes l'an dernier.",
        "nl": "Wij bevestigen de ontvangst van uw klacht en handelen ze binnen 30 dagen af; de federale Ombudsman onderzoekt "
              "gemiddeld langer. Bezwaar tegen een aanslag indienen bij het parket? Kan een onderzoek starten.",
        "de": "Wir bestätigen den Eingang Ihrer Beschwerde und schließen sie innerhalb von 30 Tagen ab. "
              "Der föderale Ombudsmann "
              "ist zweite Instanz. Einspruch gegen einen Bescheid; die Staatsanwaltschaft; im vergangenen Jahr 90 Prozent.",
        "en": "We acknowledge your complaint and settle it within 30 days; the Federal Ombudsman is the second line. "
              "An investigation may start. An objection is an appeal. Last year 90 per cent, on average.",
    }
    for lang, text in texts.items():
        v = vocabulary(lang)
        norm = normalise_map(text)[0]
        matchers = [*v.steps.values(), *v.exclusions.values(), v.statistic, v.complaint, v.second_line, v.personal_data,
                    v.our_service, v.vague, v.criminal, v.appeal_identity, v.ours, v.versus, v.sentence_vetoes,
                    *(m for _, m in v.subjects)]
        # a matcher read with rules/criminal.py: its word list is checked
        matchers = [part for m in matchers for part in (m.matchers if isinstance(m, Either) else [m])
                    if isinstance(part, Matcher)]
        for m in matchers:
            fast = [(x.start(), x.end()) for x in m.finditer(norm)]
            slow = [(x.start(), x.end()) for x in Phrases(m.phrases).finditer(norm)]
            assert fast == slow, (lang, m.phrases)
            assert Matcher(m.phrases).search(norm, True) == Phrases(m.phrases).search(norm, True)


def test_normalise_map_agrees_with_normalise():
    from crawler.text import normalise
    samples = ["  Straße\u00a0\u00a0für  Größe ", "l\u2019accusé de\nréception\u00ad  endéans 30\u202fjours",
               "ÉTÉ — «30 jours»",
               "a \u00ad b", "tweeëntwintig\tdagen", "x\u0301y ¨z", "   ", ""]
    for text in samples:
        norm, where = normalise_map(text)
        assert norm == normalise(text), repr(text)
        assert len(where) == len(norm) and where == sorted(where)


def test_matcher_finds_what_phrases_find_on_its_own_words():
    """The sample texts above leave most lists without a match (the comparison would then pass with any
    matcher); here every list is also read on a text made of its own phrases, one glued to the next."""
    import re
    from crawler.text import Phrases, normalise
    from rules.complaint_deadlines import Either, Matcher, vocabulary
    syntax = re.compile(r"\\[bw]\*?|\(\?:|[()?*+|\\\[\]{}^$]|\.\{\d*,?\d*\}")
    matched = 0
    lists = 0
    for lang in ("fr", "nl", "de", "en"):
        v = vocabulary(lang)
        matchers = [*v.steps.values(), *v.exclusions.values(), v.statistic, v.complaint, v.second_line, v.personal_data,
                    v.our_service, v.vague, v.criminal, v.appeal_identity, v.ours, v.versus, v.sentence_vetoes,
                    *(m for _, m in v.subjects)]
        matchers = [part for m in matchers for part in (m.matchers if isinstance(m, Either) else [m])
                    if isinstance(part, Matcher)]
        for m in matchers:
            words = [" ".join(syntax.sub(" ", p[3:]).split()) if p.startswith("re:") else normalise(p).replace("*", "en")
                     for p in m.phrases]
            text = " x ".join(words) + " | a" + "x ".join(words)
            fast = [(x.start(), x.end()) for x in m.finditer(text)]
            slow = [(x.start(), x.end()) for x in Phrases(m.phrases).finditer(text)]
            assert fast == slow, (lang, m.phrases)
            lists += 1
            matched += bool(slow)
    assert matched >= 0.9 * lists
