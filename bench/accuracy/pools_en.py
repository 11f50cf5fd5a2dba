"""English phrasings: compliant ones and non-compliant ones (absent, vague, traps) per criterion.

Written for this benchmark; deliberately not copied from any real administration's site.
"""

from bench.accuracy.model import ABSENT, t

_UNITS = {
    "day": ("day", "days"),
    "wday": ("working day", "working days"),
    "cday": ("calendar day", "calendar days"),
    "week": ("week", "weeks"),
    "month": ("month", "months"),
    "hour": ("hour", "hours"),
}
_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 10: "ten",
          14: "fourteen", 15: "fifteen", 20: "twenty", 21: "twenty-one", 30: "thirty", 40: "forty",
          45: "forty-five", 48: "forty-eight", 60: "sixty"}


def duration(n: int, unit: str, words: bool) -> tuple[str, str]:
    sg, pl = _UNITS[unit]
    plain = f"one {sg}" if n == 1 else f"{_WORDS[n] if words else n} {pl}"
    return plain, plain


HEADINGS = {
    "why": ["Why we handle complaints", "Your complaint helps us", "Why tell us?"],
    "def": ["What is a complaint?", "What we mean by a complaint", "Complaint or not?"],
    "appeal": ["Complaint or appeal?", "A complaint is not an appeal", "Important"],
    "proc": ["How to complain", "The procedure", "Step by step", "What happens?"],
    "deadline": ["Time limits", "How long does it take?", "Our commitments"],
    "form": ["Complaint form", "Submitting your complaint"],
    "ack": ["Acknowledgement", "Confirmation"],
    "number": ["Following up", "Your complaint number"],
    "second": ["Not satisfied with our answer?", "What next?", "Second line"],
}
NEUTRAL_HEADINGS = ["Information", "Good to know", "More information", "Practical details"]

POOLS = {
    "why": {
        "pass": [
            t("Every complaint shows us where things go wrong, so that we can improve our services."),
            t("We want to get things right. Your complaint helps us put mistakes right and stop them from "
              "happening again."),
            t("We see each complaint as a chance to learn: it points to weak spots in the way we work and "
              "tells us what to fix."),
            t("We review all complaints every year to find recurring problems and raise the quality of "
              "our service."),
            t("Handling complaints lets us: <ul><li>correct a mistake we made in your case;</li><li>learn "
              "from what went wrong;</li><li>make our service simpler and faster.</li></ul>"),
        ],
        "fail": [
            ABSENT, ABSENT,
            t("Our organisation has served citizens and businesses for more than twenty years.",
              kind="mission"),
            t("We are redesigning our website. Tell us what you think of the new look in a short survey.",
              kind="website-survey"),
        ],
    },
    "def": {
        "pass": [
            t("A complaint is an expression of dissatisfaction with the way our services dealt with you or "
              "with your file."),
            t("By 'complaint' we mean any clear statement that you are unhappy with something we did or "
              "failed to do: a delay, a mistake, missing information or an official's behaviour."),
            t("You can complain when our service fell short, for instance when: <ul><li>you have waited too "
              "long for an answer;</li><li>you were given wrong information;</li><li>a member of staff was "
              "rude.</li></ul>"),
            t("It is a complaint when you feel we did not act as we should have. Requests for information, "
              "suggestions and questions about the law are not complaints. We do not handle complaints about "
              "events more than one year old."),
            t("A complaint expresses dissatisfaction with our service. We do not treat as complaints "
              "challenges to a decision for which the law provides an appeal, nor anonymous messages.",
              facets="+appeal"),
        ],
        "fail": [
            ABSENT, ABSENT,
            t("Any remarks? Feel free to let us know.", heading="What is a complaint?",
              kind="heading-without-definition"),
            t("Want to report a theft or a fraud? Criminal complaints go to the police or the public "
              "prosecutor, not to us.", kind="criminal"),
            t("Complaints are collected centrally by our quality unit.", facets="next", kind="vague"),
        ],
    },
    "appeal": {
        "pass": [
            t("A complaint is not an appeal. To challenge the content of a decision, use the appeal "
              "procedure stated in the letter that notified it."),
            t("Lodging a complaint does not stop the clock on appeal deadlines: they keep running."),
            t("This procedure never replaces an appeal provided for by law; it cannot overturn or change a "
              "decision."),
            t("Disagree with a decision? The complaints procedure cannot change it; only an appeal to the "
              "competent court or body can."),
            t("A complaint does not suspend the time limit for an appeal. To challenge a decision, you have "
              "{appeal_x} from the date it was notified.", kind="appeal-deadline"),
        ],
        "fail": [
            ABSENT, ABSENT,
            t("Send any complaint, objection or appeal to {email}.", facets="+how", kind="lumped"),
            t("You can also use this procedure to contest a decision we sent you.", kind="confusion"),
        ],
    },
    "proc": {
        "pass": [
            t("<ol><li>You send us your complaint by e-mail to {email} or by post to {address}.</li><li>Our "
              "complaints coordinator logs it and passes it to the department concerned.</li><li>That "
              "department looks into the facts.</li><li>You receive a written, reasoned answer.</li></ol>"),
            t("Write to our complaints service at {address}. Someone who was not involved in the events "
              "reviews your complaint, and we then tell you our position in writing."),
            t("Step 1 – You submit your complaint by e-mail ({email}), saying what happened, when and with "
              "whom.<br>Step 2 – We investigate with the department concerned.<br>Step 3 – You receive our "
              "reply, telling you whether the complaint is upheld and what we will do about it."),
            t("Post your complaint to {address}. Once it arrives we send you an acknowledgement of receipt; "
              "the competent department then deals with it and replies to you in writing.", facets="+ack"),
            t("How? E-mail us at {email}. Then what? We first check that the complaint is admissible, then "
              "examine it on the merits and let you know the outcome."),
        ],
        "fail": [
            ABSENT,
            t("You can post your complaint to: {address}.", facets="+how", kind="how-only"),
            t("Complaints: <a href=\"mailto:{email}\">{email}</a>.", facets="+how", kind="how-only"),
            t("Every complaint is reviewed by our coordinator, who makes sure it gets an answer.",
              facets="+next", kind="next-only"),
            t("Questions or problems? <a href=\"{contact_url}\">Get in touch</a>.", facets="how", kind="vague"),
        ],
    },
    "deadline": {
        "pass": [
            t("We will reply no later than {ans} after we receive your complaint."),
            t("Response time: {ans}."),
            t("<table><tr><th>Step</th><th>Time limit</th></tr><tr><td>Acknowledgement</td><td>{ack}</td></tr>"
              "<tr><td>Final answer</td><td>{ans}</td></tr></table>", facets="+ack"),
            t("You will get an answer within {ans}. If we need longer, we will let you know."),
            t("We undertake to deal with your complaint within {ans}."),
            t("You receive an acknowledgement within {ack} and a full reply within {ans}.", facets="+ack"),
        ],
        "fail": [
            ABSENT,
            t("We handle your complaint as quickly as possible.", facets="next", kind="vague"),
            t("You will receive an answer within a reasonable time.", facets="next", kind="vague"),
            t("We aim to reply promptly.", facets="next", kind="vague"),
            t("Handling usually takes a few weeks.", facets="next", kind="vague-unit"),
            t("Your complaint must reach us no later than one year after the events.", kind="filing-limit"),
            t("In {year} we received {count} complaints, 38% of which were upheld.", kind="statistics"),
            t("To challenge a decision you need to lodge an appeal, not a complaint, within {appeal} of "
              "notification.", facets="+appeal", kind="appeal-deadline"),
        ],
    },
    "form": {
        "pass": [
            t("Please fill in the form below. {online_form}", place="form", kind="online"),
            t("We recommend our <a href=\"{form_url}\">online complaint form</a>.", place="contact",
              kind="online-link"),
            t("Download the <a href=\"{pdf_url}\">complaint form (PDF, 96 KB)</a>, fill it in and send it to "
              "{address}.", place="contact", kind="pdf"),
            t("Prefer paper? <a href=\"{docx_url}\">Printable complaint form (DOCX)</a>.", kind="docx"),
            t("Submit your complaint through our <a href=\"{ext_form_url}\">e-services portal</a>: the online "
              "complaint form guides you step by step.", place="contact", kind="external"),
        ],
        "fail": [
            ABSENT,
            t("E-mail your complaint to <a href=\"mailto:{email}\">{email}</a>.", facets="+how",
              kind="email-only"),
            t("You can also write to us: {address}.", facets="+how", kind="letter-only"),
            t("Download the <a href=\"{other_pdf_url}\">refund application form (PDF)</a>.", kind="other-form"),
            t("An online complaint form will soon be available on this site.", kind="announced"),
        ],
    },
    "ack": {
        "pass": [
            t("You receive an acknowledgement of receipt as soon as your complaint is registered."),
            t("We confirm in writing that we have received your complaint."),
            t("We send you an acknowledgement within {ack}.", facets="+deadline"),
            t("You get an acknowledgement stating the unique number of your complaint.", facets="+number"),
            t("After you submit the form, an e-mail confirming receipt of your complaint is sent to you "
              "automatically.", facets="form"),
        ],
        "fail": [
            ABSENT, ABSENT,
            t("If you send your complaint by registered post, keep the receipt the post office gives you.",
              facets="how", kind="postal-receipt"),
            t("We do not send acknowledgements: you will receive our answer directly.", facets="next",
              kind="negated"),
            t("The Federal Ombudsman acknowledges every complaint it receives.", facets="second",
              kind="second-line-ack"),
        ],
    },
    "number": {
        "pass": [
            t("Each complaint is given a unique number, which we pass on to you."),
            t("Your complaint is registered under a reference number of its own; please quote it whenever you "
              "contact us about it."),
            t("We assign your complaint its own reference number so you can follow its progress."),
        ],
        "fail": [
            ABSENT, ABSENT,
            t("Please quote your file number and your national register number in your complaint.",
              kind="quote-your-number"),
            t("Call our free number {phone}.", facets="how", kind="phone-number"),
        ],
    },
    "second": {
        "pass": [
            t("Still unhappy after complaining to us? The Federal Ombudsman can help you too.", facets="how", kind="short"),
            t("If you are not satisfied with our answer, you can turn to the Federal Ombudsman, who "
              "investigates complaints independently: <a href=\"{ombud_url}\">www.federalombudsman.be</a>.",
              facets="next", place="contact"),
            t("Still no solution? The Federal Ombudsman can step in free of charge.", facets="next",
              place="contact"),
            t("Is your complaint about your pension and are you unhappy with our reply? Contact the Pensions "
              "Ombudsman Service.", facets="next"),
            t("Still dissatisfied after we have dealt with your complaint? You can refer it to the Standing "
              "Police Monitoring Committee (Committee P).", facets="next"),
            t("If our answer does not settle the matter, contact the <a href=\"{ombud_url}\">independent "
              "second-line mediation service</a>.", facets="next", kind="link-only"),
        ],
        "fail": [
            ABSENT, ABSENT,
            t("If you are not satisfied, you can contact the Flemish Ombudsman.", facets="next",
              kind="regional-ombudsman"),
            t("For a dispute with your telephone operator, contact the Ombudsman for Telecommunications.",
              kind="sector-ombudsman"),
            t("Want to report a suspected breach of integrity in a federal administration? The Federal "
              "Ombudsman's Integrity Centre receives such reports.", kind="integrity-centre"),
            t("If you are not happy with our answer, just get back in touch with us.", facets="next",
              kind="internal-only"),
        ],
    },
}

UI = {
    "lang_name": "English",
    "code": "EN",
    "home": "Home",
    "news": "News",
    "services": "Our services",
    "about": "About us",
    "contact": "Contact",
    "quality": "Our quality pledge",
    "legal": "Legal notice",
    "accessibility": "Accessibility",
    "skip": "Skip to content",
    "complaint_anchor": ["Complaints", "Complaints handling", "A complaint?", "Make a complaint",
                         "Complaints about our services?", "Not satisfied?"],
    "complaint_title": ["Complaints handling", "Complaints", "Unhappy with our service?"],
    "complaint_intro": ["This page brings together information about complaints.",
                        "Below you will find what you need to know about complaints."],
    "sub_procedure": ["The procedure step by step", "How we deal with a complaint"],
    "sub_faq": ["Frequently asked questions about complaints"],
    "sub_form": ["Online complaint form", "Complain online"],
    "contact_title": ["Contact", "Contact us"],
    "address_label": "Address",
    "phone_label": "Telephone",
    "email_label": "E-mail",
    "hours": "Monday to Friday, 9 am to 4 pm.",
    "question_heading": "A question?",
    "question_text": "For information requests, please use the form below.",
    "cf": {"name": "Name", "email": "E-mail address", "text": "Your question", "send": "Send"},
    "pf": {"legend": "Your complaint", "name": "Full name", "email": "E-mail address",
           "subject": "Department concerned", "text": "Describe your complaint", "send": "Send my complaint",
           "options": ["Reception", "File handling", "Other"]},
    "city": "1000 Brussels",
    "welcome": ["Welcome to the website of the {agency}.", "{agency}: the official website."],
    "home_text": ["We inform the public, support professionals in the sector and carry out the inspections "
                  "the law requires.",
                  "Here you will find our publications, our online services and how to reach our teams."],
    "about_text": "A federal public body founded in {founded}, we employ about {staff} people in Brussels and "
                  "two regional offices.",
    "quality_text": "We follow the charter for users of public services: a courteous welcome, clear "
                    "information and fair handling of every file.",
    "services_text": ["Permit applications", "Inspections", "Publications and statistics",
                      "Grants and calls for projects"],
    "services_trap": "Permit applications are processed within 60 days. Apply through the online application "
                     "form.",
    "legal_text": "The information on this website is provided for guidance only. Your personal data is "
                  "processed in accordance with the General Data Protection Regulation.",
    "access_text": "We aim to make this site accessible in line with standard EN 301 549. A problem? Write to "
                   "{info_email}.",
    "news_items": ["New information leaflet available", "Offices closed on 11 November",
                   "Public consultation launched"],
    "splash_greeting": "Welcome",
    "more": "Read more",
    "see_also": "See also",
}

TRAPS = {
    "criminal": {
        "title": "Reporting a crime to the police",
        "html": "<p>Have you been the victim of a theft or an assault? You can file a complaint at any police "
                "station. The police draw up an official report and give you a certificate showing its "
                "number.</p><p>The public prosecutor then decides what happens next; you will be told within "
                "three months.</p>",
    },
    "levy": {
        "title": "Objecting to a levy",
        "html": "<p>Do you dispute the amount of a levy? Lodge a reasoned, signed objection within six months of "
                "the date the notice was sent, using the <a href=\"{levy_pdf_url}\">objection form (PDF)</a>."
                "</p><p>An objection is an administrative appeal: you receive an acknowledgement and then a "
                "decision from the director within six months.</p>",
    },
    "thirdparty": {
        "title": "Complaint about a company: report it",
        "html": "<p>Is a company in the sector breaking the rules? Report it to our inspectors with the form "
                "below. You will get an acknowledgement with a report number; an investigation may start "
                "within 30 days.</p>{report_form}",
        "form": {"legend": "Your report", "text": "Describe what happened", "send": "Send report"},
    },
    "ombud_news": {
        "title": "The Federal Ombudsman presents its annual report",
        "html": "<p>The Federal Ombudsman has presented its {year} annual report to Parliament. It counts "
                "{count2} files, a growing share of them about slow administrations. The report is on <a "
                "href=\"{ombud_url}\">the Ombudsman's website</a>.</p>",
    },
    "stats_news": {
        "title": "Complaints handling: the year in review",
        "html": "<p>Last year we registered {count} complaints. Four in ten were about unclear letters, which "
                "we have since rewritten.</p>",
    },
}

SLUGS = {
    "contact": "contact", "complaints": "complaints", "complaints_alt": "complaints-handling",
    "procedure": "procedure", "faq": "faq", "form": "complaint-form",
    "about": "about-us", "quality": "quality", "news": "news", "services": "services",
    "legal": "legal-notice", "accessibility": "accessibility", "home": "home",
    "criminal": "reporting-a-crime", "levy": "objecting-to-a-levy", "thirdparty": "report-a-company",
    "ombud_news": "federal-ombudsman-annual-report", "stats_news": "complaints-year-in-review",
}
