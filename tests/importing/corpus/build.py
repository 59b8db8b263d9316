"""Builders for the .docx and .xlsx documents of the unseen-document corpus.

Invented documents in the style of other Guangdong cities, built in code so that the test
tree holds no binaries. Each ``build_*`` writes one file under ``folder`` and returns its path.
"""

from __future__ import annotations

from pathlib import Path

CORPUS = Path(__file__).resolve().parent


def _table(document, rows: list[list[str]], merges: list[tuple[int, int, int, int]] = ()):
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is not None:
                table.cell(r, c).text = value
    for r1, c1, r2, c2 in merges:  # the merged cell keeps the top-left text
        top = table.cell(r1, c1)
        text = top.text
        merged = top.merge(table.cell(r2, c2))
        merged.text = text
    return table


def build_jiangmen_docx(folder: Path) -> Path:
    """A plan with its tasks numbered 1.–6. in the body and a 重点任务分工表 appendix whose
    序号 column numbers them, with a merged heading row and merged 牵头单位 cells."""
    import docx

    document = docx.Document()
    for text in ("江门市人民政府办公室", "江府办〔2024〕11号",
                 "江门市推进县域商业体系建设工作方案",
                 "为贯彻落实县域商业体系建设部署，补齐农村商业设施短板，制定本方案。",
                 "一、工作目标", "到2025年，建成县级物流配送中心7个，乡镇商贸中心50个。",
                 "二、重点任务", "（一）完善县域商业网络。",
                 "1.改造提升县城商业综合体。推动县城商业设施升级，丰富消费业态。",
                 "2.建设乡镇商贸中心。支持乡镇改造商贸中心，完善购物、餐饮、休闲功能。",
                 "3.发展农村新型便民商店。引导连锁企业向农村延伸网点。",
                 "（二）健全农村物流配送体系。",
                 "4.建设县级物流配送中心。整合邮政、快递、供销等资源，推进共同配送。",
                 "5.推进农产品冷链物流建设。在产地建设一批冷藏保鲜设施。",
                 "6.加强农村电商培训。每年开展农村电商培训1000人次以上。",
                 "三、保障措施", "各市（区）要建立工作专班，每季度报送工作进展。",
                 "附件：江门市推进县域商业体系建设重点任务分工表", "附件",
                 "江门市推进县域商业体系建设重点任务分工表"):
        document.add_paragraph(text)
    rows = [["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
            ["一、完善县域商业网络", None, None, None, None],
            ["1", "改造提升县城商业综合体", "市商务局", "市住房城乡建设局", "2024年12月底前"],
            ["2", "建设乡镇商贸中心", None, "市自然资源局、各市（区）人民政府", "2025年6月底前"],
            ["3", "发展农村新型便民商店", "市供销社", "市商务局", "长期坚持"],
            ["二、健全农村物流配送体系", None, None, None, None],
            ["4", "建设县级物流配送中心", "市交通运输局", "市商务局、市邮政管理局", "2025年12月底前"],
            ["5", "推进农产品冷链物流建设", "市农业农村局", "市商务局", "2024年底前"],
            ["6", "加强农村电商培训", "市商务局", "市人力资源社会保障局", "每年12月底前"]]
    _table(document, rows, merges=[(1, 0, 1, 4), (2, 2, 3, 2), (5, 0, 5, 4)])
    document.add_paragraph("抄送：市委办公室，市人大常委会办公室，市政协办公室。")
    path = folder / "jiangmen_county_commerce.docx"
    document.save(path)
    return path


def build_zhaoqing_table_docx(folder: Path) -> Path:
    """A 责任清单 as a .docx: a short preamble, then the tasks only in a table whose
    工作任务 column holds the numbers (（1）…) and whose area rows are merged across."""
    import docx

    document = docx.Document()
    for text in ("肇庆市2024年生态环境保护工作责任清单",
                 "肇环〔2024〕6号",
                 "为压实生态环境保护责任，现将2024年重点工作分解如下，请各单位于每月5日前报送上月进展。"):
        document.add_paragraph(text)
    rows = [["类别", "工作任务", "责任单位", "完成时限", "备注"],
            ["一、大气污染防治", None, None, None, None],
            ["一、大气污染防治", "（1）开展臭氧污染防治攻坚，完成挥发性有机物治理项目30个。", "市生态环境局", "2024年10月底前", ""],
            ["一、大气污染防治", "（2）加强扬尘污染管控，建筑工地落实“六个百分百”。", "市住房城乡建设局", "长期坚持", ""],
            ["二、水污染防治", None, None, None, None],
            ["二、水污染防治", "（3）推进西江干流排污口整治，完成整治率90%以上。", "市生态环境局、市水利局", "2024年12月底前", ""],
            ["二、水污染防治", "（4）巩固城市黑臭水体治理成效。", "市住房城乡建设局", "每季度", "持续"],
            ["三、土壤污染防治", None, None, None, None],
            ["三、土壤污染防治", "（5）开展重点建设用地安全利用核查。", "市自然资源局", "2024年11月底前", ""]]
    _table(document, rows, merges=[(1, 0, 1, 4), (4, 0, 4, 4), (7, 0, 7, 4)])
    path = folder / "zhaoqing_env_list.docx"
    document.save(path)
    return path


def build_huizhou_list_xlsx(folder: Path) -> Path:
    """A 责任清单 in Excel: a merged title row, a two-row header (年度工作计划 over 2024年 /
    2025年), 重点任务 and 牵头单位 merged down, blank rows between groups."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "责任清单"
    ws.append(["惠州市促进民营经济高质量发展若干措施责任清单"] + [None] * 7)
    ws.merge_cells("A1:H1")
    ws.append(["序号", "重点任务", "具体措施", "年度工作计划", None, "牵头单位", "配合单位", "完成时限"])
    ws.append([None, None, None, "2024年", "2025年", None, None, None])
    for col in "ABCFGH":
        ws.merge_cells(f"{col}2:{col}3")
    ws.merge_cells("D2:E2")
    data = [
        [1, "1.降低经营成本", "落实减税降费政策，确保应享尽享。", "减免税费10亿元", "减免税费12亿元", "市税务局", "市财政局", "每季度"],
        [2, None, "降低企业用电用气成本。", "开展转供电清理", "巩固清理成果", None, "市市场监管局", "2024年12月底前"],
        [None] * 8,
        [3, "2.强化要素保障", "保障民营企业用地需求。", "供应工业用地3000亩", "供应工业用地3500亩", "市自然资源局", "各县（区）人民政府", "长期坚持"],
        [4, None, "拓宽民营企业融资渠道。", "新增民营企业贷款200亿元", "—", "市金融工作局", "人民银行惠州市分行", "2025年12月底前"],
        [None] * 8,
        [5, "3.优化服务", "建立民营企业诉求直通车制度。", "诉求办结率95%", "诉求办结率98%", "市工商联", "市政务服务数据管理局", "2024年6月底前"],
    ]
    for row in data:
        ws.append(row)
    ws.merge_cells("B4:B5")
    ws.merge_cells("F4:F5")
    ws.merge_cells("B7:B8")
    path = folder / "huizhou_private_economy.xlsx"
    wb.save(path)
    return path


def build_zhanjiang_county_ledger_xlsx(folder: Path) -> Path:
    """A county ledger: two title rows, a header with wrapped text, columns reordered,
    extra 联系人 / 联系电话 columns, 序号 as （1）, 2 and 3.0, a blank row."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(["廉江市2024年优化营商环境工作任务台账"])
    ws.merge_cells("A1:J1")
    ws.append(["填报单位：（盖章）", None, None, None, None, None, "填报日期：", None, None, None])
    ws.append(["序号", "工作任务", "责任单位", "牵头单位", "联系人", "联系电话", "落实情况",
               "完成\n进度\n（%）", "存在问题", "备注"])
    rows = [
        ["（1）", "压缩企业开办时间至0.5个工作日。", "市场监管局", "市场监管局", "李明", "0759-6612345", "", "", "", ""],
        [2, "推行工程建设项目审批“告知承诺制”。", "住建局、自然资源局", "住建局", "王芳", "0759-6612346", "", "", "", ""],
        [None] * 10,
        [3.0, "提升不动产登记便利度，一般登记3个工作日内办结。", "", "自然资源局", "陈强", "0759-6612347", "", "", "", ""],
        ["（4）", "", "税务局", "税务局", "", "", "", "", "", ""],
        ["(5)", "推广“跨境贸易”便利化措施。", "商务局", "商务局", "赵丽", "", "", "", "", ""],
    ]
    for row in rows:
        ws.append(row)
    path = folder / "lianjiang_ledger.xlsx"
    wb.save(path)
    return path


BUILDERS = (build_jiangmen_docx, build_zhaoqing_table_docx, build_huizhou_list_xlsx,
            build_zhanjiang_county_ledger_xlsx)
