from zjtracker.importing.model import ParsedPolicy
from zjtracker.services.periods import Period
from zjtracker.services.policies.importer import store_result
from zjtracker.services.policies.queries import dump_policy, list_policies

from tests.services.factories import result_of, small_policy


def test_stored_tree_lists_with_counts(database):
    [policy_id] = store_result(database, result_of(small_policy()), "sha")
    [summary] = list_policies(database)
    assert summary.as_dict() == {
        "id": policy_id, "title": "湛江市测试实施方案", "doc_no": "湛府办〔2024〕9号",
        "status": "in_force", "areas": 2, "groups": 1, "measures": 2,
        # task 1 has its own two plans; task 2 gets one per year of the policy (2024, 2025)
        "yearly_plans": 4, "indicators": 1,
        "units": 3,  # 市发改局 and 市发展和改革局 are one unit
    }


def test_dump_has_the_contract_shape(database):
    [policy_id] = store_result(database, result_of(small_policy()), "sha")
    data = dump_policy(database, policy_id, Period.parse("2024Q2"))
    area = data["areas"][1]
    group = area["measures"][0]
    assert (group["label"], group["number"]) == ("（一）", 1)
    task_1, task_2 = group["children"]
    assert task_1["units"][0] == {"name": "市发展和改革局", "role": "lead", "leader": None,
                                  "section": None, "person": None}
    assert [u["name"] for u in task_1["units"]][1:] == ["市商务局", "各县（市、区）人民政府（管委会）"]
    assert [{k: v for k, v in plan.items() if k != "id"} for plan in task_1["plans"]] == [
        {"year": 2024, "text": "完成一半。", "target": 50.0, "closed": None},
        {"year": 2025, "text": "全部完成。", "target": None, "closed": None}]
    assert all(isinstance(plan["id"], int) for plan in task_1["plans"])  # what evidence and oversight take
    assert task_1["progress"] is None
    assert task_2["deadline"] == "2024-12-31"
    assert data["areas"][0]["guiding_text"] == "指导思想……"
    assert data["indicators"][0]["actuals"] == {"2024": 6.5}
    assert data["glossary"][0]["term"] == "六稳"


def test_abolition_notice_marks_a_loaded_policy(database):
    [target_id] = store_result(database, result_of(small_policy()), "a")
    notice = ParsedPolicy(title="关于废止《湛江市测试实施方案》的通知", doc_no="湛府办〔2025〕1号",
                          kind="notice", abolishes=["《湛江市测试实施方案》"])
    [notice_id] = store_result(database, result_of(notice), "b")
    data = dump_policy(database, target_id)
    assert (data["status"], data["abolished_by"]) == ("abolished", notice_id)
    assert dump_policy(database, notice_id)["status"] == "in_force"


def test_abolition_of_an_unloaded_policy_records_it_and_a_later_load_fills_it(database):
    notice = ParsedPolicy(title="关于废止《湛江市教育局关于招生的通知》的通知", kind="notice",
                          abolishes=["《湛江市教育局关于招生的通知》（湛教〔2019〕5号）"])
    [notice_id] = store_result(database, result_of(notice), "c")
    stub = next(p for p in list_policies(database) if p.id != notice_id)
    assert (stub.title, stub.doc_no, stub.status) == ("湛江市教育局关于招生的通知", "湛教〔2019〕5号", "abolished")
    [loaded] = store_result(database, result_of(small_policy("湛江市教育局关于招生的通知", "湛教〔2019〕5号")), "d")
    assert loaded == stub.id
    assert dump_policy(database, loaded)["status"] == "abolished"
    assert len(list_policies(database)) == 2


def test_interpretation_attaches_to_the_policy_it_explains(database):
    [target_id] = store_result(database, result_of(small_policy()), "a")
    reading = ParsedPolicy(title="《湛江市测试实施方案》政策解读", kind="interpretation",
                           interprets="湛江市测试实施方案", text="一、起草背景……")
    assert store_result(database, result_of(reading), "b") == []
    from zjtracker.db.models import Policy

    with database.session() as session:
        assert session.get(Policy, target_id).interpretation == "一、起草背景……"


def test_storing_is_one_transaction(database, monkeypatch):
    import pytest

    from zjtracker.services.policies import store as policy_store
    real = policy_store.store_policy
    calls = []

    def failing_on_second(*args):
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("disk trouble")
        return real(*args)

    monkeypatch.setattr(policy_store, "store_policy", failing_on_second)
    with pytest.raises(RuntimeError):
        store_result(database, result_of(small_policy(title="先存的"), small_policy()), "x")
    assert list_policies(database) == []
