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
