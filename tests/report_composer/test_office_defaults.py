"""主送 and 发文机关署名 name the clerk's office: written once, they start every other report,
and a report's own edit is never mistaken for its generated text."""

from tests.reports.conftest import LEDGER_POLICY, PLAN_POLICY
from tests.reports.pdf_text import pages
from zjtracker.services.reporting.job import ReportRequest, generated_texts, run_report
from zjtracker.services.reporting.texts import load_edits, save_edits


def test_the_office_written_once_starts_the_next_report(filled, tmp_path):
    db = filled.db
    before = generated_texts(db, "2023Q3", policy_id=PLAN_POLICY)
    save_edits(db, "2023Q3", {"issuer": "湛江市营商环境改革工作领导小组办公室", "recipient": "市人民政府："},
               policy_id=LEDGER_POLICY, generated=generated_texts(db, "2023Q3", policy_id=LEDGER_POLICY).as_strings())

    other = generated_texts(db, "2023Q3", policy_id=PLAN_POLICY)
    assert other.issuer == "湛江市营商环境改革工作领导小组办公室" != before.issuer
    assert other.recipient == "市人民政府："
    done = run_report(db, ReportRequest("2023Q3", tmp_path / "其他.pdf", policy_id=PLAN_POLICY))
    assert "湛江市营商环境改革工作领导小组办公室" in "".join(page.text() for page in pages(done.path))

    # the report where it was written keeps it as its own edit, saved again unchanged
    own = generated_texts(db, "2023Q3", policy_id=LEDGER_POLICY)
    assert own.issuer != "湛江市营商环境改革工作领导小组办公室"
    edits = load_edits(db, "2023Q3", policy_id=LEDGER_POLICY)
    save_edits(db, "2023Q3", edits, policy_id=LEDGER_POLICY, generated=own.as_strings())
    assert load_edits(db, "2023Q3", policy_id=LEDGER_POLICY)["issuer"] == "湛江市营商环境改革工作领导小组办公室"
