"""A PostgreSQL database of its own per test (these tests are about PostgreSQL's change-log
index, migration 0008), and change-log rows to search."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from tests.conftest import empty_database

TEXTS = ["召开专题会议，推进营商环境改革", "营商环境持续优化", "已完成年度任务", "Excel 台账 ABC", "abc def",
         "100%完成", "a_b 下划线", "", None, "进度滞后，资金不足", "优化营商环境行动方案（2023年）"]
NEEDLES = ["营商环境", "环境持", "abc", "ABC", "%完成", "a_b", "台账 a", "不存在的文字", "（2023", "滞后，资",
           "年度任务"]


@pytest.fixture
def pg_url(request, tmp_path):
    yield from empty_database(request, tmp_path, "postgresql")


def log_rows(start: int, count: int) -> list[dict]:
    at = datetime(2025, 1, 1)
    return [{"at": at + timedelta(minutes=i), "user": f"user{i % 3}", "machine": "PC-1", "entity": "progress",
             "entity_id": i, "field": ("status_text", "percent", "remarks")[i % 3],
             "old": TEXTS[i % len(TEXTS)], "new": TEXTS[(i * 7 + 3) % len(TEXTS)], "source": "typed",
             "batch_id": None} for i in range(start, start + count)]
