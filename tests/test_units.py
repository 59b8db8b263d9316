import pytest

from zjtracker.importing.annotations.units import (
    KIND_CENTRAL,
    KIND_COLLECTIVE,
    KIND_COUNTY,
    KIND_ENTERPRISE,
    canonical_name,
    split_unit_list,
    unit_kind,
)
from zjtracker.services.units.registry import UnitResolver


@pytest.mark.parametrize(
    "written, canonical",
    [
        ("市发改局", "市发展和改革局"),
        ("市发展改革局", "市发展和改革局"),
        ("市发展和改革局", "市发展和改革局"),
        ("市发展改革委", "市发展和改革局"),
        ("市市场监管局", "市市场监督管理局"),
        ("市市场监督管理局", "市市场监督管理局"),
        ("市住房城乡建设局", "市住房和城乡建设局"),
        ("市住建局", "市住房和城乡建设局"),
        ("市人力资源社会保障局", "市人力资源和社会保障局"),
        ("市人社局", "市人力资源和社会保障局"),
        ("市中级法院", "市中级人民法院"),
        ("市法院", "市中级人民法院"),
        ("湛江市商务局", "市商务局"),
        ("人民银行湛江市中心支行", "中国人民银行湛江市中心支行"),
    ],
)
def test_spellings_resolve_to_one_canonical_name(written, canonical):
    assert canonical_name(written) == canonical


def test_lists_are_split_but_collectives_are_kept_whole():
    assert split_unit_list("市商务局、市工业和信息化局、市财政局") == [
        "市商务局", "市工业和信息化局", "市财政局"]
    assert split_unit_list("各县（市、区）人民政府（管委会），市有关部门") == [
        "各县（市、区）人民政府（管委会）", "市有关部门"]
    assert split_unit_list("市相关单位、各县(市、区)政府(管委会)") == [
        "市相关单位", "各县（市、区）政府（管委会）"]


def test_extraction_scars_in_unit_cells():
    assert split_unit_list("<p>人民银行 湛江市中心支行</p>") == ["人民银行湛江市中心支行"]
    assert split_unit_list("<p>市发展改革委 市市场监管局</p>") == ["市发展改革委", "市市场监管局"]


def test_kinds():
    assert unit_kind("各县（市、区）人民政府（管委会）") == KIND_COLLECTIVE
    assert unit_kind("市有关部门") == KIND_COLLECTIVE
    assert unit_kind("中国移动湛江分公司") == KIND_ENTERPRISE
    assert unit_kind("湛江海关") == KIND_CENTRAL
    assert unit_kind("雷州市人民政府") == KIND_COUNTY


def test_registry_counts_spellings_as_one_unit(database):
    from zjtracker.db.models import Unit

    with database.session() as session:
        resolver = UnitResolver(session)
        first = resolver.resolve("市发改局")
        assert resolver.resolve("市发展和改革局") is first
        assert resolver.resolve("市发展改革局") is first
        other = resolver.resolve("市市场监管局")
        assert other is not first
    with database.session() as session:
        resolver = UnitResolver(session)  # a new operation finds the stored aliases
        assert resolver.resolve("湛江市发展改革局").name == "市发展和改革局"
        assert session.query(Unit).count() == 2
        aliases = {a.alias for a in session.query(Unit).filter_by(name="市发展和改革局").one().aliases}
        assert {"市发改局", "市发展改革局"} <= aliases
