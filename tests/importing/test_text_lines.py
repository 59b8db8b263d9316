from zjtracker.numerals import chinese_number
from zjtracker.importing.cleaning.text_lines import clean_text, logical_paragraphs, match_label


def test_clean_text_collapses_extraction_spaces():
    assert clean_text("82. 探 索 类 举措") == "82.探索类举措"
    assert clean_text("全市累计建成 5G 基站超 1. 86 万个") == "全市累计建成5G基站超1.86万个"
    assert clean_text("到 2025 年，") == "到2025年，"
    assert clean_text("湛江市以新业态新模式引领新型 消费加快") == "湛江市以新业态新模式引领新型消费加快"


def test_clean_text_keeps_list_markers_apart_from_numbers():
    # "1. 8家医院" is list item 1 about 8 hospitals, not 1.8
    assert clean_text("工作。 1. 8家医院开展试点") == "工作。1. 8家医院开展试点"


def test_clean_text_strips_markup_and_keeps_wide_punctuation():
    assert clean_text("## 一、工作目标") == "一、工作目标"
    assert clean_text("**公开方式：**主动公开") == "公开方式：主动公开"
    assert clean_text("<p>1. 发放消费券。</p> <p>2. 举办</p>") == "1.发放消费券。2.举办"
    assert clean_text('<ol style="list-style-type: none"> 1. 打击') == "1.打击"
    assert clean_text("１２３，（一）") == "123，（一）"
    # a book title in angle brackets is not an HTML tag
    assert "湛江市活动方案" in clean_text("关于印发<湛江市活动方案>的通知")


def test_chinese_numbers():
    assert chinese_number("三") == 3
    assert chinese_number("十三") == 13
    assert chinese_number("二十") == 20
    assert chinese_number("二十一") == 21
    assert chinese_number("一百零五") == 105
    assert chinese_number("二〇二二") == 2022


def test_labels_each_numbering_variant():
    cases = {
        "第三章 重点任务": ("chapter", 3, "第三章", "重点任务"),
        "一、总体要求": ("cn", 1, "一、", "总体要求"),
        "（十三）进一步加强": ("cn_paren", 13, "（十三）", "进一步加强"),
        "(十三) 进一步加强": ("cn_paren", 13, "（十三）", "进一步加强"),
        "（ 十三 ）进一步加强": ("cn_paren", 13, "（十三）", "进一步加强"),
        "14. 加快布局": ("num", 14, "14.", "加快布局"),
        "1、加快": ("num", 1, "1、", "加快"),
        "1．加快": ("num", 1, "1.", "加快"),
        "（12）推行": ("num_paren", 12, "（12）", "推行"),
        "(12)推行": ("num_paren", 12, "（12）", "推行"),
        "③推行": ("circled", 3, "③", "推行"),
    }
    for raw, expected in cases.items():
        label = match_label(clean_text(raw))
        assert label is not None, raw
        assert tuple(label) == expected, raw


def test_not_labels():
    for raw in ("2025 年，全市", "1.86万个", "一是强化组织领导", "“十五五”时期", "5G网络"):
        assert match_label(clean_text(raw)) is None, raw


def test_paragraphs_rejoin_wrapped_lines_across_blank_lines():
    text = ("一、总体要求\n\n"
            "9. 加快推进全民健康信息综合管理平台建设，实现市级区域内医疗卫生机构互联互通，在二级\n\n"
            "及以上医院普遍开展智慧医院建设。\n\n"
            "10. 积极推进试点。\n")
    paragraphs = logical_paragraphs(text)
    assert [p.line for p in paragraphs] == [1, 3, 7]
    assert paragraphs[1].text.endswith("在二级及以上医院普遍开展智慧医院建设。")
    assert paragraphs[2].text == "10.积极推进试点。"


def test_paragraphs_do_not_join_titles_dates_or_next_heading():
    text = ("湛江市人民政府办公室\n\n2022年10月22日\n\n湛江市以新业态 新模式的实施方案\n\n"
            "为深入贯彻落实，制定本方案，\n（一）指导思想。\n")
    texts = [p.text for p in logical_paragraphs(text)]
    assert texts == ["湛江市人民政府办公室", "2022年10月22日", "湛江市以新业态新模式的实施方案",
                     "为深入贯彻落实，制定本方案，", "（一）指导思想。"]


def test_paragraphs_keep_table_rows_apart():
    text = "具体措施\t牵头单位\n1. 做事\t<p>市商务局</p>\n"
    paragraphs = logical_paragraphs(text)
    assert [p.text for p in paragraphs] == ["具体措施\t牵头单位", "1.做事\t市商务局"]
    assert all(p.is_table_row for p in paragraphs)


def test_fixed_width_wrapping_is_detected():
    # A PDF wrapped at 26 characters: lines without commas still continue.
    sentence = ("经局党组研究同意现将湛江市商务局营商环境整治提升年活动实施方案印发给你们请结合实际认真贯彻执行"
                "工作中遇到的具体问题请及时向局营商环境整治提升年活动领导小组办公室反映确保工作落实到位") * 3
    lines = [sentence[i:i + 26] for i in range(0, len(sentence), 26)]
    text = "一、工作目标\n\n" + "\n\n".join(lines) + "。\n\n二、组织领导\n"
    paragraphs = logical_paragraphs(text)
    assert [p.text for p in paragraphs] == ["一、工作目标", sentence + "。", "二、组织领导"]
