"""复核, 退回 and 销号 from the command line: the same services as the window, the plan found
by its ``id`` in ``dump``, which also shows the verdict and the closing; refusals exit 1 with
a sentence and store nothing."""

import json
from datetime import date

from tests.oversight.conftest import closed_columns, report, review_row
from zjtracker.cli import main


def _run(capsys, database, *arguments) -> tuple[int, str, str]:
    code = main(["--db", database.url, *arguments])
    out, err = capsys.readouterr()
    return code, out, err


def _dumped_plan(capsys, database, policy_id, plan_id, period="2025Q3") -> tuple[dict, dict | None]:
    code, out, _err = _run(capsys, database, "dump", "--policy", str(policy_id), "--period", period)
    assert code == 0

    def walk(measures):
        for measure in measures:
            for plan in measure["plans"]:
                if plan["id"] == plan_id:
                    return plan, measure.get("progress")
            found = walk(measure.get("children", []))
            if found:
                return found
        return None

    return next(found for area in json.loads(out)["areas"] if (found := walk(area["measures"])))


def test_review_send_back_close_and_reopen(capsys, database, policy_id):
    plan_id = report(database, "一、", 2, status_text="已排查 32 家。", percent=90.0)
    assert _run(capsys, database, "oversight", "send-back", "--plan", str(plan_id), "--period", "2025Q3",
                "--reason", "请补充佐证材料")[0] == 0
    assert review_row(database, plan_id)[:2] == ("returned", "请补充佐证材料")
    plan, progress = _dumped_plan(capsys, database, policy_id, plan_id)
    assert progress["review"]["state"] == "returned" and progress["review"]["note"] == "请补充佐证材料"
    assert plan["closed"] is None

    code, out, _err = _run(capsys, database, "oversight", "review", "--plan", str(plan_id), "--period", "2025Q3",
                           "--note", "已核实")
    assert code == 0 and "已复核" in out and review_row(database, plan_id)[:2] == ("reviewed", "已核实")

    code, out, err = _run(capsys, database, "oversight", "close", "--plan", str(plan_id), "--date", "2025-09-30",
                          "--basis", "验收报告", "--by", "李四")
    assert code == 0 and "2025-09-30" in out and "90%" in err  # said: below 100 %
    assert closed_columns(database, plan_id) == (date(2025, 9, 30), "验收报告", "李四")
    plan, _progress = _dumped_plan(capsys, database, policy_id, plan_id)
    assert plan["closed"] == {"on": "2025-09-30", "basis": "验收报告", "by": "李四"}

    code, _out, err = _run(capsys, database, "oversight", "send-back", "--plan", str(plan_id), "--period", "2025Q3",
                           "--reason", "再报一次")
    assert code == 1 and "销号" in err and review_row(database, plan_id)[:2] == ("reviewed", "已核实")

    assert _run(capsys, database, "oversight", "reopen", "--plan", str(plan_id))[0] == 0
    assert closed_columns(database, plan_id) == (None, "", "")
    assert _run(capsys, database, "oversight", "clear", "--plan", str(plan_id), "--period", "2025Q3")[0] == 0
    assert review_row(database, plan_id) is None


def test_refusals_and_wrong_usage(capsys, database, policy_id):
    code, _out, err = _run(capsys, database, "oversight", "review", "--plan", "999999", "--period", "2025Q3")
    assert code == 1 and "999999 不存在" in err
    plan_id = report(database, "一、", 1, period="2025Q2", status_text="已部署。")
    code, _out, err = _run(capsys, database, "oversight", "review", "--plan", str(plan_id), "--period", "2025Q3")
    assert code == 1 and "还没有报送进展" in err and review_row(database, plan_id) is None
    code, _out, err = _run(capsys, database, "oversight", "close", "--plan", str(plan_id), "--date", "2025-9-3x")
    assert code == 2 and "2025-09-30" in err and closed_columns(database, plan_id) == (None, "", "")
