"""Unit tests of rules/sentences.py: how the statement rules (complaint-vs-appeal,
complaint-rationale, complaint-definition) cut pages into sentences, mask false friends,
label sections and find what introduces a list item."""

from __future__ import annotations

import doctest

import pytest

import rules.sentences
from crawler.page import Page
from crawler.text import Phrases, normalise
from rules.sentences import continuation, lead_in, mask, read, spans, split_sentences, tokens


def page(body: str) -> Page:
    html = f'<!doctype html><html lang="fr"><body><header><p>Menu. Accueil</p></header><main>{body}</main></body></html>'
    return Page("https://agency.example/plaintes", 200, "text/html", html.encode())


def texts(body: str) -> list[list[str]]:
    return [[s.text for s in block] for block in read(page(body), normalise) if block]


def test_doctests():
    assert doctest.testmod(rules.sentences).failed == 0


@pytest.mark.parametrize("text,expected", [
    # a stop, ! ? and ; end a sentence
    ("Une plainte n'est pas un recours. Elle est gratuite!", ["Une plainte n'est pas un recours.", "Elle est gratuite!"]),
    ("Niet tevreden? Laat het ons weten; wij antwoorden snel.",
     ["Niet tevreden?", "Laat het ons weten;", "wij antwoorden snel."]),
    # a stop before lower case ends a sentence too (typed without a capital)
    ("Your complaint is registered. then we reply.", ["Your complaint is registered.", "then we reply."]),
    # ... but not after an abbreviation, an initial or a number
    ("Sie erhalten z. B. eine Antwort bzw. eine Bestätigung.", ["Sie erhalten z. B. eine Antwort bzw. eine Bestätigung."]),
    ("Voir p. ex. l'art. 5 de la loi.", ["Voir p. ex. l'art. 5 de la loi."]),
    ("Complaints, e.g. about delays, i.e. late answers.", ["Complaints, e.g. about delays, i.e. late answers."]),
    ("Klachten, bijv. over vertraging, enz. worden behandeld.", ["Klachten, bijv. over vertraging, enz. worden behandeld."]),
    ("Am 1. januar beginnt es.", ["Am 1. januar beginnt es."]),
    # an address or a web address at the end of a sentence still ends it
    ("Schrijf naar klachten@agentschap.be. Wij antwoorden.", ["Schrijf naar klachten@agentschap.be.", "Wij antwoorden."]),
    # a colon ends a sentence before a capital only; before lower case it opens an enumeration
    ("Attention : Une plainte est gratuite.", ["Attention :", "Une plainte est gratuite."]),
    ("La gestion des plaintes nous permet de : réparer une erreur ; apprendre.",
     ["La gestion des plaintes nous permet de : réparer une erreur ;", "apprendre."]),
    # an ellipsis: like a colon
    ("Sur l'accueil, la boutique… Une suggestion n'est pas une plainte.",
     ["Sur l'accueil, la boutique…", "Une suggestion n'est pas une plainte."]),
    ("Des retards… ou des erreurs.", ["Des retards… ou des erreurs."]),
    # quotes and brackets before the capital
    ('Il a dit. « Une plainte » suffit.', ["Il a dit.", "« Une plainte » suffit."]),
    ("", []),
])
def test_split_sentences(text, expected):
    assert split_sentences(text) == expected


def test_mask_normalises_then_replaces_in_order():
    masks = [(Phrases(["porter plainte"]), "xpenalx"), (Phrases(["xpenalx contre"]), "xagainstx")]
    assert mask("Vous pouvez PORTER PLAINTE contre X.", masks) == "vous pouvez xagainstx x."
    assert mask("Réclamation", []) == "reclamation"


def test_spans_and_tokens():
    text = normalise("Une plainte, deux plaintes.")
    assert spans(Phrases(["re:plaintes?"]), text) == [(4, 11), (18, 26)]
    assert tokens("n'est pas la même chose") == 6


def test_chrome_is_skipped_but_keeps_block_positions():
    blocks = read(page("<p>Une plainte.</p>"), normalise)
    assert blocks[0] == []  # the header's paragraph
    [[s]] = [b for b in blocks if b]
    assert s.index == 1 and s.number == 0 and s.page.blocks[s.index] is s.block


def test_labels_headings_questions_and_colons():
    body = ("<h2>Plainte ou recours ?</h2><p>Une plainte vise le service.</p>"
            "<p>Pas satisfait ?</p><p>Écrivez-nous.</p>"
            "<p>Ne sont pas des plaintes :</p><ul><li>les questions</li></ul>")
    sentences = [s for b in read(page(body), normalise) for s in b]
    labels = {s.text: s.label for s in sentences}
    assert labels["Une plainte vise le service."] == "plainte ou recours ?"
    assert labels["Écrivez-nous."] == "pas satisfait ?"
    assert labels["les questions"] == "ne sont pas des plaintes :"


def test_labels_of_tab_panels_and_table_columns():
    body = ('<div role="tablist"><button id="t1">Pourquoi ?</button><button id="t2">Définition</button></div>'
            '<div role="tabpanel" id="p1" aria-labelledby="t1"><p>Pour nous améliorer.</p></div>'
            '<div role="tabpanel" id="p2" aria-labelledby="t2"><table>'
            "<tr><th>C'est une plainte</th><th>Ce n'est pas une plainte</th></tr>"
            "<tr><td>Un agent impoli</td><td>Une question</td></tr></table></div>")
    labels = {s.text: s.label for b in read(page(body), normalise) for s in b}
    assert "Pourquoi ?Définition" not in labels  # the tab list is read through its panels
    assert labels["Pour nous améliorer."] == "pourquoi ?"
    assert labels["Un agent impoli"] == "c'est une plainte"  # the innermost label: the column
    assert labels["Une question"] == "ce n'est pas une plainte"


def test_column_headers_do_not_label_what_follows_the_table():
    body = ("<h2>Plaintes</h2><table><tr><th>Pas une plainte</th><th>Une plainte</th></tr>"
            "<tr><td>Une question</td><td>Un retard</td></tr></table><p>Nous répondons en 30 jours.</p>")
    labels = {s.text: s.label for b in read(page(body), normalise) for s in b}
    assert labels["Un retard"] == "une plainte"
    assert labels["Nous répondons en 30 jours."] == "plaintes"


def test_a_table_without_a_header_row_labels_cells_by_row_header():
    body = "<table><tr><th>Waarom?</th><td>Om te leren.</td></tr></table>"
    labels = {s.text: s.label for b in read(page(body), normalise) for s in b}
    assert labels["Om te leren."] == "waarom?"


def test_a_sentence_cut_by_a_block_boundary_is_joined():
    blocks = texts("<p>Une plainte ne remplace pas</p><p>un recours contre une décision. Elle est gratuite.</p>")
    assert blocks == [["Une plainte ne remplace pas un recours contre une décision."], ["Elle est gratuite."]]


@pytest.mark.parametrize("body", [
    "<p>Une plainte est gratuite.</p><p>elle est traitée vite.</p>",  # the first block ended its sentence
    "<h2>Plaintes</h2><p>voir ci-dessous</p>",                        # a heading is not cut text
    "<p>Nous traitons</p><ul><li>les retards</li></ul>",               # a list item is read as an item
])
def test_blocks_are_not_joined(body):
    assert all(len(block) == 1 for block in texts(body))
    assert len(texts(body)) == 2


def test_join_can_be_turned_off():
    assert texts_raw("<p>Une plainte ne remplace pas</p><p>un recours.</p>") == [
        ["Une plainte ne remplace pas"], ["un recours."]]


def texts_raw(body: str) -> list[list[str]]:
    return [[s.text for s in block] for block in read(page(body), normalise, join=False) if block]


def test_lead_in_of_list_items_and_inline_enumerations():
    body = ("<p>Klachtenbehandeling laat ons toe om</p><ul><li>fouten recht te zetten;</li><li>te leren.</li></ul>"
            "<p>Ne sont pas traitées : les plaintes anonymes ; les faits anciens.</p>"
            "<p>Une phrase. Une autre phrase.</p>")
    blocks = read(page(body), normalise)
    by_text = {s.text: s for b in blocks for s in b}
    assert lead_in(by_text["te leren."], blocks) == "klachtenbehandeling laat ons toe om"
    assert lead_in(by_text["les faits anciens."], blocks) == "ne sont pas traitees : les plaintes anonymes ;"
    assert lead_in(by_text["Une autre phrase."], blocks) == ""  # not an enumeration
    assert lead_in(by_text["Klachtenbehandeling laat ons toe om"], blocks) == ""


def test_continuation_reads_the_list_a_sentence_opens():
    body = ("<p>Une plainte peut porter sur :</p><ul><li>un retard ;</li><li>une erreur.</li></ul>"
            "<p>Fin.</p><ul><li>ailleurs</li></ul>")
    blocks = read(page(body), normalise)
    opener = next(s for b in blocks for s in b if s.text.endswith("sur :"))
    assert continuation(opener, blocks) == "un retard ; | une erreur."
