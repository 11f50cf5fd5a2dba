"""Criminal complaints (police, prosecutor) are told apart from complaints about the service:
some phrases always, "porter plainte" and its kin only with a criminal context in the sentence."""

import pytest

from crawler.text import normalise
from rules.criminal import criminal_complaints

CRIMINAL = [
    "Victime d'un vol ? Portez plainte au commissariat le plus proche.",
    "Pour déposer plainte contre X, adressez-vous au procureur du Roi.",
    "Une plainte pénale se dépose auprès de la police locale.",
    "Slachtoffer van diefstal? Leg klacht neer bij de politie.",
    "Aangifte doen kan in elk politiekantoor.",
    "Sie können bei der Polizei Anzeige erstatten.",
    "Eine Strafanzeige richten Sie an die Staatsanwaltschaft.",
    "To file a complaint with the police, go to your local police station.",
    "If you were the victim of a crime, you can lodge a complaint with the prosecutor.",
    "You may press charges against the offender.",
]
SERVICE = [
    "Vous pouvez porter plainte auprès de notre service de gestion des plaintes.",
    "Comment porter plainte contre un service de l'administration ?",
    "Déposez votre plainte via le formulaire en ligne.",
    "Je kan je klacht neerleggen bij onze klachtendienst.",
    "Wie kann ich eine Beschwerde einreichen?",
    "You can file a complaint using our online form.",
    "If you are not satisfied, make a complaint to our complaints team.",
    "Filing a complaint does not suspend the deadline to go to court.",
]


@pytest.mark.parametrize("text", CRIMINAL)
def test_criminal_complaint_is_recognised(text):
    assert criminal_complaints().search(normalise(text), normalised=True)


@pytest.mark.parametrize("text", SERVICE)
def test_service_complaint_is_not_criminal(text):
    assert criminal_complaints().search(normalise(text), normalised=True) is None


def test_context_is_read_in_the_same_sentence_only():
    text = normalise("La police locale est ouverte le lundi. Vous pouvez porter plainte auprès de notre service.")
    assert criminal_complaints().search(text, normalised=True) is None
