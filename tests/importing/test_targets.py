import pytest

from zjtracker.importing.annotations.targets import numeric_target


@pytest.mark.parametrize("text, expected", [
    ("年度累计 5G 基站 18600 个。", 18600),
    ("全市累计建成 5G 基站超 1.86 万个", 18600),
    ("全市累计建成 5G 基站超 1. 86 万个", 18600),
    ("电子处方流转系统接入机构数量达到 10 家。", 10),
    ("3 家医院开展电子处方流转系统试点应用。", 3),
    ("全力争取 2022 年新增建成公共充电桩超过 120 条（按充电枪计）。", 120),
    ("1. 争取2023年底40%医保服务事项实现网上申请和办理。", 40),
    ("发放2000万消费券。", 20_000_000),
])
def test_clear_targets(text, expected):
    assert numeric_target(text) == expected


@pytest.mark.parametrize("text", [
    "积极做好我市网络零售额及重点网络零售企业统计监测工作。",  # no quantity
    "1. 结合“12221”市场体系建设，开展农产品电商人才培养。 2. 打造湛字号菠萝、芒果 IP。",
    "争取建设 1-2 个国家级农产品产地冷藏物流中心项目。",  # a range
    "第三季度：新增担保发生额 3000 万元，申请补助 30 万元；",  # competing quantities
    "1. 8家医院开展试点；1家医院开展“5G+医疗健康”试点。",
    "在2022年4月1日至6月30日期间申请贷款",  # dates only
    "",
])
def test_no_clear_target(text):
    assert numeric_target(text) is None
