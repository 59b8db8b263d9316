"""Why a backup is not restored: one sentence for the clerk, nothing changed."""

from __future__ import annotations


class RestoreRefused(Exception):
    """The backup cannot be restored (damaged, not ours, too new, carrying objects or values
    the program would never write) or the target is not empty; one sentence, nothing changed."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


UNTOUCHED = "不能用这份备份恢复，当前数据库没有改动。"

# The program's tables in a clerk's words.
TABLE_WORDS = {
    "policies": "政策", "areas": "领域", "measures": "措施", "yearly_plans": "年度计划", "units": "单位",
    "unit_aliases": "单位简称", "assignments": "责任分工", "progress_reports": "进展", "indicators": "指标",
    "indicator_values": "指标实际值", "glossary_terms": "名词解释", "import_batches": "导入批次",
    "sent_workbooks": "已发报送表", "change_log": "修改日志",
}
