"""Which policy a ledger-layout return belongs to when none is given: the policies holding
a piece of some rows' task texts are compared first, every policy when that decides
nothing; the answer, and the message of a refused file, are those of comparing every
policy with every row."""

from __future__ import annotations

import pytest

from tests.returns.conftest import PERIOD, TEXTS, ledger_book, progress, save, test_policy
from zjtracker.importing.model import ParseResult
from zjtracker.services.returns import choose as returns_choose
from zjtracker.services.history.batches import apply_return
from zjtracker.services.policies.importer import store_result
from zjtracker.services.returns.choose import piece_of
from zjtracker.services.returns.preview import preview_return

UNRELATED = "修建跨海大桥一座，完成主体结构施工并通过交工验收。"


@pytest.fixture
def shortlisted(monkeypatch) -> list[set[int]]:
    """What the index shortlisted, each time it was asked."""
    found = []
    real = returns_choose.shortlist

    def spy(session, texted):
        found.append(real(session, texted))
        return found[-1]

    monkeypatch.setattr(returns_choose, "shortlist", spy)
    return found


def rewritten(text: str) -> str:
    """The text with every fourth character changed: still the same task to the
    comparison, but no run of four Chinese characters is left to look up."""
    return "".join("〇" if i % 4 == 3 else c for i, c in enumerate(text))


def other_policy(database, title: str, first_text: str | None = None) -> int:
    policy = test_policy(title)
    for area in policy.areas:
        for measure in area.measures:
            for task in measure.children or [measure]:
                task.text = "另一项政策的任务：" + task.text[::-1]
    if first_text is not None:
        policy.areas[0].measures[0].children[0].text = first_text
    [stored] = store_result(database, ParseResult(source="o.txt", policies=[policy]), title)
    return stored


def row(area: str, number: int, text: str, status: str) -> list:
    return [area, None, None, f"（{number}）", text, status, None, None, 50, None, None]


def test_a_piece_is_eight_characters_from_the_middle_of_the_longest_run():
    assert piece_of("推进（一）全面推广数字化电子发票，引导企业开具。") == "面推广数字化电子"
    assert piece_of("市场准入改革") == "市场准入改革"
    assert piece_of("A1、办理ABC") == "" and piece_of(rewritten(TEXTS[("一", 1)])) == ""


def test_a_return_whose_texts_were_all_rewritten_is_still_matched(database, policy_id, tmp_path, shortlisted):
    other_policy(database, "另一项政策")
    book = ledger_book([row("一、市场准入", n, rewritten(TEXTS[("一", n)]), f"第{n}项。") for n in (1, 2, 3)])
    preview = preview_return(database, save(book, tmp_path / "改写.xlsx"), PERIOD)
    assert preview.refused is None and preview.policy_id == policy_id
    assert shortlisted == [set()]  # nothing to look up: every policy was compared
    apply_return(database, preview)
    assert progress(database, "一、", 3)["status_text"] == "第3项。"


def test_a_policy_found_by_a_piece_but_agreeing_with_few_rows_gives_way(database, policy_id, tmp_path,
                                                                       shortlisted):
    other = other_policy(database, "只有一项相同的政策", first_text=UNRELATED)
    rows = [row("一、市场准入", 1, UNRELATED, "只有另一项政策有这一项。")]
    rows += [row("一、市场准入", n, rewritten(TEXTS[("一", n)]), f"第{n}项。") for n in (2, 3)]
    rows += [row("二、纳税服务", 1, rewritten(TEXTS[("二", 1)]), "纳税。")]
    preview = preview_return(database, save(ledger_book(rows), tmp_path / "大多改写.xlsx"), PERIOD)
    assert shortlisted == [{other}]
    assert preview.refused is None and preview.policy_id == policy_id != other
    assert [w.row for w in preview.all_warnings if w.reason == "task_text_differs"] == [3]


def test_of_two_policies_with_the_same_tasks_the_older_is_chosen(database, policy_id, tmp_path, shortlisted):
    [twin] = store_result(database, ParseResult(source="t2.txt", policies=[test_policy("同样的任务")]), "t2")
    book = ledger_book([row("一、市场准入", 2, TEXTS[("一", 2)], "落实。")])
    preview = preview_return(database, save(book, tmp_path / "twin.xlsx"), PERIOD)
    assert shortlisted == [{policy_id, twin}] and preview.policy_id == policy_id < twin


def test_a_ledger_of_no_policy_is_refused_naming_the_closest(database, policy_id, tmp_path):
    other_policy(database, "另一项政策")
    book = ledger_book([row("一、市场准入", 1, UNRELATED, "对不上。"), row("一、市场准入", 2, UNRELATED + "二", "对不上。")])
    preview = preview_return(database, save(book, tmp_path / "无关.xlsx"), PERIOD)
    assert preview.refused.reason == "wrong_ledger"
    assert preview.refused.message == (
        "文件“无关.xlsx”中的任务与政策“湛江市测试营商环境行动方案”2025年的任务对不上（2 行中只有 0 行的任务内容一致），"
        "看来是另一份台账。请确认政策和报告期后再导入。")
