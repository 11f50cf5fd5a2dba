"""Dutch phrasings: compliant ones and non-compliant ones (absent, vague, traps) per criterion.

Written for this benchmark; deliberately not copied from any real administration's site.
"""

from bench.accuracy.model import ABSENT, t

_UNITS = {
    "day": ("dag", "dagen"),
    "wday": ("werkdag", "werkdagen"),
    "cday": ("kalenderdag", "kalenderdagen"),
    "week": ("week", "weken"),
    "month": ("maand", "maanden"),
    "hour": ("uur", "uur"),
}
_WORDS = {2: "twee", 3: "drie", 4: "vier", 5: "vijf", 6: "zes", 7: "zeven", 8: "acht", 10: "tien",
          14: "veertien", 15: "vijftien", 20: "twintig", 21: "eenentwintig", 30: "dertig", 40: "veertig",
          45: "vijfenveertig", 48: "achtenveertig", 60: "zestig"}


def duration(n: int, unit: str, words: bool) -> tuple[str, str]:
    sg, pl = _UNITS[unit]
    if n == 1:
        plain = f"één {sg}" if words else f"1 {sg}"
    else:
        plain = f"{_WORDS[n] if words else n} {pl}"
    return plain, plain


HEADINGS = {
    "why": ["Waarom klachtenbehandeling?", "Uw klacht helpt ons", "Waarom is uw klacht belangrijk?"],
    "def": ["Wat is een klacht?", "Wat verstaan we onder een klacht?", "Klacht of niet?"],
    "appeal": ["Klacht of beroep?", "Een klacht is geen beroep", "Let op: beroepstermijnen", "Belangrijk"],
    "proc": ["Hoe dient u een klacht in?", "De procedure", "Stap voor stap", "Hoe verloopt het?"],
    "deadline": ["Termijnen", "Binnen welke termijn?", "Behandelingstermijn", "Onze beloftes"],
    "form": ["Klachtenformulier", "Uw klacht indienen", "Online of op papier"],
    "ack": ["Ontvangstbevestiging", "Bevestiging"],
    "number": ["Opvolging van uw dossier", "Uw klachtnummer"],
    "second": ["Niet tevreden met ons antwoord?", "En daarna?", "Tweedelijnsklachtenbehandeling"],
}
NEUTRAL_HEADINGS = ["Informatie", "Goed om te weten", "Meer info", "Praktisch", "Opgelet"]

POOLS = {
    "why": {
        "pass": [
            t("Met elke klacht krijgen wij zicht op wat misloopt, zodat we onze dienstverlening kunnen "
              "verbeteren."),
            t("Tevreden klanten zijn voor ons heel belangrijk. Uw klacht helpt ons fouten recht te zetten en "
              "te vermijden dat ze opnieuw gebeuren."),
            t("Wij zien een klacht als een kans om bij te leren: ze toont ons waar onze werking tekortschiet "
              "en hoe we het beter kunnen doen."),
            t("Alle klachten worden jaarlijks geanalyseerd. Zo sporen we structurele problemen op en "
              "verhogen we de kwaliteit van onze dienstverlening."),
            t("Waarom uw klacht ertoe doet? Omdat uw opmerkingen ons helpen onze procedures bij te sturen "
              "en u beter te helpen."),
            t("Klachtenbehandeling laat ons toe om: <ul><li>een vergissing tegenover u recht te zetten;"
              "</li><li>lessen te trekken uit wat fout liep;</li><li>onze diensten eenvoudiger en sneller te "
              "maken.</li></ul>"),
            t("Kritiek van gebruikers is voor ons waardevolle informatie om onze werking voortdurend te "
              "verbeteren."),
        ],
        "fail": [
            ABSENT, ABSENT,
            t("Onze organisatie staat al meer dan twintig jaar ten dienste van burgers en bedrijven.",
              kind="mission"),
            t("We vernieuwen onze website. Laat ons weten wat u van het nieuwe ontwerp vindt via een korte "
              "enquête.", kind="website-survey"),
            t("Ons bestuursplan voorziet tegen {year2} de vernieuwing van al onze informaticasystemen.",
              kind="unrelated-improvement"),
        ],
    },
    "def": {
        "pass": [
            t("Een klacht is een uiting van ontevredenheid over de manier waarop onze diensten u geholpen of "
              "behandeld hebben."),
            t("Onder 'klacht' verstaan wij elke duidelijke uiting van ongenoegen over onze dienstverlening: "
              "een vertraging, een fout, onvoldoende informatie of een ongepaste houding van een "
              "medewerker."),
            t("U kunt een klacht indienen als u niet tevreden bent over onze dienstverlening, bijvoorbeeld "
              "als: <ul><li>u te lang op een antwoord wacht;</li><li>u foute informatie kreeg;</li><li>een "
              "medewerker onbeleefd was.</li></ul>"),
            t("Er is sprake van een klacht wanneer u vindt dat wij niet correct gehandeld hebben. Geen "
              "klacht zijn: een vraag om informatie, een suggestie of een vraag over de regelgeving."),
            t("Een klacht gaat over de dienst die we u verleend hebben: de kwaliteit, de snelheid, de manier "
              "waarop ze werd uitgevoerd of hoe een regel in uw geval werd toegepast. Feiten die meer dan "
              "een jaar oud zijn, behandelen we niet meer als klacht."),
            t("<table><tr><th>Wel een klacht</th><th>Geen klacht</th></tr><tr><td>Uw dossier lag maandenlang "
              "stil</td><td>Een vraag over uw rechten</td></tr><tr><td>Een medewerker was onvriendelijk</td>"
              "<td>Kritiek op de wet zelf</td></tr><tr><td>U kreeg twee tegenstrijdige brieven</td><td>Een "
              "anonieme melding</td></tr></table>"),
            t("We spreken van een klacht zodra een burger ons uitdrukkelijk laat weten dat hij ontevreden is "
              "over wat wij gedaan of nagelaten hebben."),
            t("Een klacht drukt uw ontevredenheid uit over onze diensten. Niet als klacht behandeld worden: "
              "betwistingen van een beslissing waartegen de wet een beroep of bezwaar voorziet, en anonieme "
              "berichten.", facets="+appeal"),
        ],
        "fail": [
            ABSENT, ABSENT,
            t("Hebt u een opmerking? Laat het ons gerust weten.", heading="Wat is een klacht?",
              kind="heading-without-definition"),
            t("Anonieme meldingen nemen we niet in behandeling.", kind="single-exclusion"),
            t("Wilt u een diefstal of fraude aangeven? Aangifte doet u bij de politie of het parket, niet "
              "bij onze diensten.", kind="criminal"),
            t("Klachten worden centraal verzameld door onze kwaliteitsdienst.", facets="next", kind="vague"),
        ],
    },
    "appeal": {
        "pass": [
            t("Een klacht is geen beroep. Wilt u de inhoud van een beslissing aanvechten, volg dan de "
              "beroepsprocedure die vermeld staat in de brief met de beslissing."),
            t("Een klacht indienen schort de termijnen voor bezwaar of beroep niet op: die blijven gewoon "
              "lopen."),
            t("De klachtenprocedure komt nooit in de plaats van een wettelijk voorziene beroepsprocedure. "
              "Een beslissing laten vernietigen of wijzigen kan via een klacht niet."),
            t("Niet akkoord met een beslissing? Via de klachtenprocedure kunnen we die niet herzien; "
              "daarvoor moet u beroep aantekenen bij de bevoegde rechtbank."),
            t("Verwar klacht en beroep niet: een klacht gaat over de kwaliteit van onze dienstverlening, een "
              "beroep of bezwaar betwist een beslissing. De beroepstermijnen lopen door, ook als u ons een "
              "klacht stuurt.", facets="+def"),
            t("Opgelet: uw klacht heeft geen invloed op de termijn waarbinnen u een beslissing kunt "
              "aanvechten."),
            t("Een klacht onderbreekt de beroepstermijn niet. Om een beslissing aan te vechten, hebt u "
              "{appeal} vanaf de kennisgeving.", kind="appeal-deadline"),
        ],
        "fail": [
            ABSENT, ABSENT,
            t("Bezwaar of klacht? Stuur het naar {email}.", facets="+how", kind="lumped"),
            t("Via deze procedure kunt u ook een beslissing betwisten die u werd meegedeeld.", kind="confusion"),
            t("Uw bezwaren over onze dienstverlening zijn welkom.", kind="bezwaar-synonym"),
        ],
    },
    "proc": {
        "pass": [
            t("<ol><li>U stuurt uw klacht per e-mail naar {email} of per brief naar {address}.</li><li>De "
              "klachtencoördinator registreert ze en bezorgt ze aan de betrokken dienst.</li><li>Die dienst "
              "onderzoekt de feiten.</li><li>U krijgt een schriftelijk en gemotiveerd antwoord.</li></ol>"),
            t("Bezorg uw klacht schriftelijk aan de klachtendienst, {address}. Iemand die niet bij de feiten "
              "betrokken was, bekijkt ze, waarna we u ons standpunt schriftelijk meedelen."),
            t("Stap 1 – U dient uw klacht in via e-mail ({email}) en beschrijft wat er gebeurde, wanneer en "
              "met wie.<br>Stap 2 – Wij onderzoeken uw klacht samen met de betrokken dienst.<br>Stap 3 – U "
              "ontvangt ons antwoord, met de vermelding of uw klacht gegrond is en welke maatregelen we "
              "nemen."),
            t("<table><tr><th>Fase</th><th>Wat gebeurt er?</th></tr><tr><td>Indienen</td><td>U mailt naar "
              "{email} of geeft uw klacht af aan het onthaal, {address}.</td></tr><tr><td>Onderzoek</td><td>"
              "De klachtencoördinator bekijkt het dossier met de betrokken dienst.</td></tr><tr><td>Antwoord"
              "</td><td>U hoort schriftelijk wat er met uw klacht gebeurd is.</td></tr></table>"),
            t("Stuur uw klacht per post ({address}). Zodra we ze ontvangen, krijgt u een ontvangstbevestiging; "
              "daarna behandelt de bevoegde dienst uw dossier en antwoordt u schriftelijk.", facets="+ack"),
            t("Hoe? Mail ons op {email}. En dan? Eerst kijken we of uw klacht ontvankelijk is, daarna "
              "onderzoeken we ze ten gronde en laten we u het resultaat weten."),
            t("U kunt uw klacht indienen per e-mail ({email}), per brief of aan ons loket. De "
              "klachtencoördinator neemt contact op met de betrokken dienst, hoort hun versie en stuurt u "
              "een onderbouwd antwoord."),
        ],
        "fail": [
            ABSENT,
            t("U kunt uw klacht per brief sturen naar: {address}.", facets="+how", kind="how-only"),
            t("Klachten: <a href=\"mailto:{email}\">{email}</a>.", facets="+how", kind="how-only"),
            t("Alle klachten worden door onze coördinator bekeken, die erop toeziet dat er een antwoord "
              "komt.", facets="+next", kind="next-only"),
            t("Na onderzoek krijgt elke klacht een schriftelijk antwoord.", facets="+next", kind="next-only"),
            t("Vragen of problemen? <a href=\"{contact_url}\">Neem contact op</a>.", facets="how", kind="vague"),
        ],
    },
    "deadline": {
        "pass": [
            t("Wij antwoorden u uiterlijk {ans} na ontvangst van uw klacht."),
            t("Antwoordtermijn: {ans}."),
            t("<table><tr><th>Stap</th><th>Termijn</th></tr><tr><td>Ontvangstbevestiging</td><td>{ack}</td>"
              "</tr><tr><td>Definitief antwoord</td><td>{ans}</td></tr></table>", facets="+ack"),
            t("De behandeling van een klacht duurt niet langer dan {ans}."),
            t("U krijgt binnen {ans} een antwoord. Hebben we meer tijd nodig, dan laten we u dat weten."),
            t("We engageren ons om uw klacht binnen een termijn van {ans} af te handelen."),
            t("U ontvangt binnen {ack} een ontvangstmelding en binnen {ans} een antwoord ten gronde.",
              facets="+ack"),
            t("Ons doel: een antwoord binnen maximaal {ans}."),
        ],
        "fail": [
            ABSENT,
            t("Wij behandelen uw klacht zo snel mogelijk.", facets="next", kind="vague"),
            t("U krijgt binnen een redelijke termijn een antwoord.", facets="next", kind="vague"),
            t("We antwoorden u zo spoedig mogelijk.", facets="next", kind="vague"),
            t("De behandeling duurt meestal enkele weken.", facets="next", kind="vague-unit"),
            t("Uw klacht moet ons uiterlijk een jaar na de feiten bereiken.", kind="filing-limit"),
            t("De klachtendienst is telefonisch bereikbaar van maandag tot vrijdag, van 9 tot 12 uur, op "
              "{phone}.", facets="how", kind="opening-hours"),
            t("In {year} ontvingen we {count} klachten, waarvan 38 % gegrond.", kind="statistics"),
            t("Wilt u een beslissing betwisten, dan dient u geen klacht maar een bezwaarschrift in, binnen "
              "{appeal} na de kennisgeving.", facets="+appeal", kind="appeal-deadline"),
        ],
    },
    "form": {
        "pass": [
            t("Vul het onderstaande formulier in. {online_form}", place="form", kind="online"),
            t("Gebruik bij voorkeur ons <a href=\"{form_url}\">online klachtenformulier</a>.", place="contact",
              kind="online-link"),
            t("Download het <a href=\"{pdf_url}\">klachtenformulier (pdf, 96 kB)</a>, vul het in en stuur het "
              "naar {address}.", place="contact", kind="pdf"),
            t("Liever op papier? <a href=\"{docx_url}\">Klachtenformulier om af te drukken (Word)</a>.",
              kind="docx"),
            t("Dien uw klacht in via ons <a href=\"{ext_form_url}\">e-loket</a>: het online "
              "klachtenformulier leidt u stap voor stap.", place="contact", kind="external"),
        ],
        "fail": [
            ABSENT,
            t("Stuur uw klacht per e-mail naar <a href=\"mailto:{email}\">{email}</a>.", facets="+how",
              kind="email-only"),
            t("U kunt ons ook schrijven: {address}.", facets="+how", kind="letter-only"),
            t("Download het <a href=\"{other_pdf_url}\">aanvraagformulier voor terugbetaling (pdf)</a>.",
              kind="other-form"),
            t("Lees ons <a href=\"{report_pdf_url}\">jaarverslag klachtenbehandeling (pdf)</a>.",
              kind="report-pdf"),
            t("Binnenkort komt er een online klachtenformulier op deze website.", kind="announced"),
            t("Voor algemene vragen gebruikt u het <a href=\"{contact_url}\">contactformulier</a>.",
              facets="how", kind="contact-form"),
        ],
    },
    "ack": {
        "pass": [
            t("U krijgt een ontvangstbevestiging zodra uw klacht geregistreerd is."),
            t("We bevestigen u schriftelijk dat we uw klacht goed ontvangen hebben."),
            t("U ontvangt binnen {ack} een ontvangstmelding.", facets="+deadline"),
            t("Na het versturen van het formulier krijgt u automatisch een e-mail die de ontvangst van uw "
              "klacht bevestigt.", facets="form"),
            t("U ontvangt een ontvangstbewijs met het unieke nummer van uw klacht.", facets="+number"),
            t("Voor elke klacht sturen we een ontvangstbevestiging."),
        ],
        "fail": [
            ABSENT, ABSENT,
            t("Verstuurt u uw klacht aangetekend, bewaar dan het bewijs van afgifte van de post.",
              facets="how", kind="postal-receipt"),
            t("We sturen geen ontvangstbevestiging: u krijgt meteen ons antwoord.", facets="next",
              kind="negated"),
            t("Bewaar zeker een kopie van uw klacht.", kind="unrelated"),
            t("De federale Ombudsman bevestigt de ontvangst van elke klacht die hij krijgt.", facets="second",
              kind="second-line-ack"),
        ],
    },
    "number": {
        "pass": [
            t("Elke klacht krijgt een uniek nummer, dat we u meedelen."),
            t("Uw klacht wordt geregistreerd onder een eigen referentienummer: vermeld het in uw "
              "verdere contacten met ons."),
            t("We kennen uw dossier een uniek identificatienummer toe waarmee u de stand van zaken kunt "
              "opvolgen."),
            t("Bij de registratie krijgt uw klacht een eigen dossiernummer."),
        ],
        "fail": [
            ABSENT, ABSENT,
            t("Vermeld in uw klacht uw dossiernummer en uw rijksregisternummer.", kind="quote-your-number"),
            t("Bel ons gratis nummer {phone}.", facets="how", kind="phone-number"),
            t("Vermeld de referentie uit onze laatste brief.", kind="quote-your-number"),
        ],
    },
    "second": {
        "pass": [
            t("Blijft u ontevreden nadat u bij ons een klacht hebt ingediend? Ook de federale Ombudsman kan u "
              "helpen: <a href=\"{ombud_url}\">federaalombudsman.be</a>.", facets="how", kind="short"),
            t("Bent u niet tevreden met ons antwoord, dan kunt u terecht bij de federale Ombudsman, die "
              "klachten onafhankelijk onderzoekt: <a href=\"{ombud_url}\">www.federaalombudsman.be</a>.",
              facets="next", place="contact"),
            t("Nog altijd geen oplossing? De federale Ombudsman kan gratis bemiddelen (0800 99 961).",
              facets="next", place="contact"),
            t("Gaat uw klacht over uw pensioen en bent u niet tevreden met ons antwoord? Neem contact op met "
              "de Ombudsdienst Pensioenen (<a href=\"{pens_url}\">ombudsmanpensioenen.be</a>).",
              facets="next"),
            t("Blijft u ontevreden na onze behandeling? Dan kunt u zich wenden tot het Vast Comité van "
              "Toezicht op de politiediensten (Comité P).", facets="next"),
            t("Vindt u ons antwoord onvoldoende, wend u dan tot de <a href=\"{ombud_url}\">onafhankelijke "
              "tweedelijnsklachtendienst</a>.", facets="next", kind="link-only"),
            t("Vindt u dat uw klacht niet correct behandeld werd? De federale ombudsmannen kunnen uw "
              "dossier opnieuw bekijken.", facets="next", place="contact"),
        ],
        "fail": [
            ABSENT, ABSENT,
            t("Bent u niet tevreden, dan kunt u contact opnemen met de Vlaamse Ombudsdienst.", facets="next",
              kind="regional-ombudsman"),
            t("Nog geen oplossing? Ombuds Brussels kan u helpen.", facets="next", kind="regional-ombudsman"),
            t("Voor een geschil met uw operator kunt u terecht bij de Ombudsdienst voor telecommunicatie.",
              kind="sector-ombudsman"),
            t("Wilt u een vermoedelijke integriteitsschending binnen een federale overheidsdienst melden? "
              "Het Centrum Integriteit van de federale Ombudsman ontvangt die meldingen.",
              kind="integrity-centre"),
            t("Voor fiscale geschillen kan de Fiscale Bemiddelingsdienst u helpen een akkoord te vinden.",
              kind="tax-conciliation"),
            t("Bent u niet tevreden met ons antwoord, neem dan gerust opnieuw contact met ons op.",
              facets="next", kind="internal-only"),
        ],
    },
}

UI = {
    "lang_name": "Nederlands",
    "code": "NL",
    "home": "Home",
    "news": "Nieuws",
    "services": "Onze diensten",
    "about": "Over ons",
    "contact": "Contact",
    "quality": "Onze kwaliteitsbelofte",
    "legal": "Juridische informatie",
    "accessibility": "Toegankelijkheid",
    "skip": "Naar de inhoud",
    "complaint_anchor": ["Klachten", "Klachtenbehandeling", "Een klacht?", "Klacht indienen",
                         "Klachten over onze dienstverlening?", "Niet tevreden?"],
    "complaint_title": ["Klachtenbehandeling", "Klachten", "Een klacht over onze diensten?",
                        "Hebt u een klacht?"],
    "complaint_intro": ["Op deze pagina vindt u alle informatie over klachten.",
                        "Hieronder leest u wat u moet weten over klachten.",
                        "Praktische informatie over klachten."],
    "sub_procedure": ["De procedure stap voor stap", "Zo behandelen we een klacht", "Klachtenprocedure"],
    "sub_faq": ["Veelgestelde vragen over klachten", "Klachten: veelgestelde vragen"],
    "sub_form": ["Online klachtenformulier", "Online een klacht indienen"],
    "contact_title": ["Contact", "Contacteer ons", "Neem contact op"],
    "address_label": "Adres",
    "phone_label": "Telefoon",
    "email_label": "E-mail",
    "hours": "Van maandag tot vrijdag, van 9 tot 16 uur.",
    "question_heading": "Een vraag?",
    "question_text": "Voor een vraag om informatie gebruikt u het formulier hieronder.",
    "cf": {"name": "Naam", "email": "E-mailadres", "text": "Uw vraag", "send": "Versturen"},
    "pf": {"legend": "Uw klacht", "name": "Naam en voornaam", "email": "E-mailadres",
           "subject": "Betrokken dienst", "text": "Beschrijf uw klacht", "send": "Klacht versturen",
           "options": ["Onthaal", "Dossierbehandeling", "Andere"]},
    "city": "1000 Brussel",
    "welcome": ["Welkom op de website van {agency}.", "{agency}: de officiële website."],
    "home_text": ["We informeren het publiek, begeleiden professionals uit de sector en voeren de "
                  "controles uit die de regelgeving voorschrijft.",
                  "Hier vindt u onze publicaties, onze online diensten en de gegevens van onze teams."],
    "about_text": "Als federale openbare instelling, opgericht in {founded}, tellen we ongeveer {staff} "
                  "medewerkers in Brussel en twee regionale kantoren.",
    "quality_text": "We volgen het handvest van de gebruiker van openbare diensten: een vriendelijk onthaal, "
                    "duidelijke informatie en een billijke behandeling van elk dossier.",
    "services_text": ["Vergunningsaanvragen", "Inspecties en controles", "Publicaties en statistieken",
                      "Subsidies en projectoproepen"],
    "services_trap": "Vergunningsaanvragen worden binnen 60 dagen behandeld. Dien uw aanvraag in via het "
                     "online aanvraagformulier.",
    "legal_text": "De informatie op deze website wordt ter informatie aangeboden. Uw persoonsgegevens worden "
                  "verwerkt volgens de algemene verordening gegevensbescherming.",
    "access_text": "We streven ernaar deze website toegankelijk te maken volgens de norm EN 301 549. Een "
                   "toegankelijkheidsprobleem? Schrijf ons op {info_email}.",
    "news_items": ["Nieuwe informatiebrochure beschikbaar", "Onze kantoren gesloten op 11 november",
                   "Start van een openbare raadpleging", "Onze nieuwe zomeruren"],
    "splash_greeting": "Welkom",
    "more": "Lees meer",
    "see_also": "Zie ook",
}

TRAPS = {
    "criminal": {
        "title": "Aangifte doen bij de politie: zo werkt het",
        "html": "<p>Slachtoffer van diefstal of geweld? Ga naar een politiekantoor om klacht in te dienen. De "
                "politie stelt een proces-verbaal op en u krijgt een attest van klachtneerlegging met het "
                "nummer ervan.</p><p>Het parket beslist daarna over het gevolg; u wordt binnen drie maanden "
                "op de hoogte gebracht.</p>",
    },
    "levy": {
        "title": "Een heffing betwisten: bezwaar indienen",
        "html": "<p>Betwist u het bedrag van een heffing? Dien dan binnen zes maanden na de verzending van het "
                "aanslagbiljet een gemotiveerd en ondertekend bezwaarschrift in. Gebruik het <a "
                "href=\"{levy_pdf_url}\">bezwaarformulier (pdf)</a>.</p><p>Een bezwaar is een administratief "
                "beroep: u krijgt een ontvangstbevestiging en daarna binnen zes maanden een beslissing van de "
                "directeur.</p>",
    },
    "thirdparty": {
        "title": "Klacht tegen een bedrijf: meld het ons",
        "html": "<p>Houdt een bedrijf uit de sector zich niet aan de regels? Meld het aan onze inspecteurs "
                "met het formulier hieronder. U krijgt een ontvangstbevestiging met een meldingsnummer; "
                "binnen 30 dagen kan een onderzoek starten.</p>{report_form}",
        "form": {"legend": "Uw melding", "text": "Beschrijf de feiten", "send": "Melding versturen"},
    },
    "ombud_news": {
        "title": "De federale Ombudsman stelt zijn jaarverslag voor",
        "html": "<p>De federale Ombudsman heeft zijn jaarverslag {year} aan de Kamer voorgesteld. Hij telde "
                "{count2} dossiers, waarvan een groeiend deel over trage administraties gaat. Het verslag staat "
                "op <a href=\"{ombud_url}\">de website van de Ombudsman</a>.</p>",
    },
    "stats_news": {
        "title": "Klachtenbehandeling: de balans van het jaar",
        "html": "<p>Vorig jaar registreerden we {count} klachten. Vier op de tien gingen over onduidelijke "
                "brieven; die hebben we volledig herschreven.</p>",
    },
}

SLUGS = {
    "contact": "contact", "complaints": "klachten", "complaints_alt": "klachtenbehandeling",
    "procedure": "procedure", "faq": "veelgestelde-vragen", "form": "formulier",
    "about": "over-ons", "quality": "kwaliteit", "news": "nieuws", "services": "diensten",
    "legal": "juridische-informatie", "accessibility": "toegankelijkheid", "home": "startpagina",
    "criminal": "aangifte-politie", "levy": "bezwaar-heffing", "thirdparty": "bedrijf-melden",
    "ombud_news": "jaarverslag-federale-ombudsman", "stats_news": "balans-klachten",
}
