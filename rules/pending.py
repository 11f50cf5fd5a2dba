"""Rules of the design whose checks have not landed yet.

Each keeps its fixed id and criterion and reports ``error`` with the finding
"not implemented yet", so report.json always lists every rule id.
"""

from __future__ import annotations

from rules.base import ERROR, Finding, Rule


class _Pending(Rule):
    def check(self, site):
        yield Finding(ERROR, "rule.not-implemented", data={"rule": self.id})


def _pending(rule_id: str, criterion: int, summary: str) -> type[Rule]:
    return type(rule_id.title().replace("-", ""), (_Pending,),
                {"id": rule_id, "criterion": criterion, "summary": summary, "__doc__": summary})


LogoOnContactPage = _pending("logo-on-contact-page", 3, "The complaints logo is on the contact page")
LogoPlacement = _pending("logo-placement", 3, "The logo comes after the contact details and the way to ask for information")
ComplaintVsAppeal = _pending("complaint-vs-appeal", 3, "A complaint is distinguished from an appeal against a decision")
ComplaintRationale = _pending("complaint-rationale", 4, "Why the administration handles complaints")
ComplaintDefinition = _pending("complaint-definition", 4, "What a complaint is (and is not)")
ComplaintDeadlines = _pending("complaint-deadlines", 4, "The processing deadlines, in days or weeks")
ComplaintForm = _pending("complaint-form", 6, "A complaint form, online or downloadable")
AcknowledgementOfReceipt = _pending("acknowledgement-of-receipt", 8, "An acknowledgement of receipt is sent")
ComplaintNumber = _pending("complaint-number", 7, "Each complaint gets a unique number")
