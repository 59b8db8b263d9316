"""An Excel task list written in traditional characters reads like its simplified twin: its
header is recognised, units split and deadlines dated, and the texts shown as written."""

from __future__ import annotations

from datetime import date

import openpyxl

from zjtracker.importing.reader import read_policy_file


def write_list(path, rows) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    book.save(str(path))


def test_a_traditional_task_list_reads_like_its_simplified_twin(tmp_path):
    traditional = tmp_path / "清單.xlsx"
    write_list(traditional, [
        ["台山市2025年營商環境重點任務清單"],
        ["序號", "工作任務", "牽頭單位", "配合單位", "完成時限"],
        [1, "壓縮企業開辦時間至1個工作日。", "市市場監管局", "市稅務局、市公安局", "2025年6月底前"],
        [2, "推行工程建設項目審批告知承諾制。", "市住房城鄉建設局", "市自然資源局", "2025年第三季度"],
    ])
    simplified = tmp_path / "清单.xlsx"
    write_list(simplified, [
        ["台山市2025年营商环境重点任务清单"],
        ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"],
        [1, "压缩企业开办时间至1个工作日。", "市市场监管局", "市税务局、市公安局", "2025年6月底前"],
        [2, "推行工程建设项目审批告知承诺制。", "市住房城乡建设局", "市自然资源局", "2025年第三季度"],
    ])
    (read,) = read_policy_file(traditional).policies
    (twin,) = read_policy_file(simplified).policies

    def leaves(policy):
        return [m for m in policy.iter_measures() if not m.children]

    assert [(m.number, m.deadline) for m in leaves(read)] == [(m.number, m.deadline) for m in leaves(twin)] \
        == [(1, date(2025, 6, 30)), (2, date(2025, 9, 30))]
    assert [[(u.role) for u in m.units] for m in leaves(read)] == [[(u.role) for u in m.units] for m in leaves(twin)]
    first = leaves(read)[0]
    assert first.text == "壓縮企業開辦時間至1個工作日。"  # shown as the colleague wrote it
    assert [u.name for u in first.units] == ["市市場監管局", "市稅務局", "市公安局"]
