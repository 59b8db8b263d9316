"""Shortening without cutting a number or a title, and telling 无 from a problem."""

import re

import pytest

from zjtracker.reports.clip import clip, is_none_text, normalized


@pytest.mark.parametrize("text", ["无", "暂无", "无。", "无问题", "暂无问题。", "没有", "目前没有发现明显问题。", "/", "—",
                                  "无明显问题", "暂未发现问题", " 无 ", "N/A", "无困难和问题", "暂无需要协调解决的问题",
                                  "未发现问题。", "没有问题", "无意见建议", "本季度暂无问题", ""])
def test_answers_that_say_there_is_nothing(text):
    assert is_none_text(text)


@pytest.mark.parametrize("text", ["无法按期完成", "资金保障不足，项目推进较慢。", "没有资金", "未能按期完成",
                                  "暂无专项资金支持", "无人员编制", "数据共享不畅"])
def test_problems_are_kept(text):
    assert not is_none_text(text)


def test_clip_cuts_after_a_sentence_never_inside_a_number_or_title():
    text = ("已印发《湛江市进一步优化营商环境若干措施（2023年修订版）》并组织宣讲，线上办理率达到95%以上。"
            "累计为1.2万户市场主体办理相关业务，平均办理时限压减至3.5个工作日。")
    for limit in range(10, len(text)):
        short = clip(text, limit)
        assert text.startswith(short[:-1]) and "…" not in short
        assert short.count("《") == short.count("》")
        assert not re.search(r"\d$", short.rstrip("。"))  # never ends inside 95 or 3.5
    assert clip(text, 60) == "已印发《湛江市进一步优化营商环境若干措施（2023年修订版）》并组织宣讲，线上办理率达到95%以上。"
    assert clip("推送率达到95%以上", 6) == "推送率达到95%以上"  # no place to cut: whole, not 推送率达到9…


def test_the_same_problem_written_twice_has_one_key():
    assert normalized("资金保障不足，项目推进较慢。") == normalized("资金保障不足 项目推进较慢")
