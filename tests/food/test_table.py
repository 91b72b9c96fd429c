"""The packaged food table and the script that derives it from the USDA SR24 archive."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from healthbot.food.build import (
    DEFAULT_JAR,
    BuildError,
    compress,
    main,
    number,
    parse_food,
    render,
    vitamin_a_rae,
)
from healthbot.food.table import DATA_PATH, MICRONUTRIENTS, FoodTable, read_table


@pytest.fixture(scope="module")
def table() -> FoodTable:
    """The packaged table, parsed."""
    return read_table()


def test_the_packaged_table_holds_every_sr24_food_with_unique_uids(table: FoodTable) -> None:
    uids = [food.uid for food in table.foods]
    assert len(uids) == 8858
    assert len(set(uids)) == len(uids)
    assert uids == sorted(uids)


def test_the_packaged_table_is_small() -> None:
    # 311 KB with energy, macros, fibre, sugars and sodium; 509 KB with the micronutrients.
    assert DATA_PATH.stat().st_size < 600_000


def test_micronutrients_match_the_usda_values(table: FoodTable) -> None:
    foods = {food.uid: dict(zip(MICRONUTRIENTS, food.micros, strict=True)) for food in table.foods}
    milk = foods["01077"]  # whole milk with added vitamin D
    assert (milk["calcium_mg"], milk["potassium_mg"], milk["vitamin_b12_ug"]) == (113, 132, 0.45)
    assert milk["vitamin_d_ug"] == 1.3  # 51 IU / 40
    assert milk["saturated_g"] == 1.865
    # Vitamin A as RAE from retinol and carotenoids: carrots 835 µg (SR's own RAE), not
    # their 16,706 IU.
    assert foods["11124"]["vitamin_a_ug"] == 835.3
    assert foods["01123"]["vitamin_a_ug"] == 160.4  # egg: retinol 160 + cryptoxanthin 9/24
    assert foods["15076"]["vitamin_d_ug"] is None  # wild salmon: SR24 gives no vitamin D


def test_vitamin_a_from_retinol_alone_counts_the_other_units_as_provitamin() -> None:
    assert vitamin_a_rae({"Retinol": "100", "Vitamin A": "433.3"}) == 105  # 100 + 100 IU x 0.05
    assert vitamin_a_rae({"Vitamin A": "500"}) is None  # IU alone: retinol or carotene?
    assert vitamin_a_rae({"Beta-carotene": "120"}) == 10


def test_spot_checks_match_the_usda_values(table: FoodTable) -> None:
    foods = {food.uid: food for food in table.foods}
    apple = foods["09003"]
    assert apple.name == "Apples, raw, with skin"
    assert apple.group == "Fruits and Fruit Juices"
    assert (apple.kcal, apple.protein_g, apple.carbs_g, apple.fat_g) == (52, 0.26, 13.81, 0.17)
    assert (apple.fiber_g, apple.sugars_g, apple.sodium_mg) == (2.4, 10.39, 1)
    assert ('medium (3" dia)', 182) in {(m.name, m.grams) for m in apple.measures}
    egg = foods["01123"]
    assert egg.name == "Egg, whole, raw, fresh"
    assert egg.kcal == 143
    assert {m.name: m.grams for m in egg.measures}["large"] == 50


def test_a_nutrient_the_source_lacks_is_none_not_zero(table: FoodTable) -> None:
    without_sugars = [food for food in table.foods if food.sugars_g is None]
    assert len(without_sugars) == 2452  # as many as the SR24 archive leaves out
    # Only the "ground beef calculator" placeholder has no energy value.
    assert [food.uid for food in table.foods if food.kcal is None] == ["23999"]
    zero_sugar = [food for food in table.foods if food.sugars_g == 0]
    assert zero_sugar  # a measured 0 stays 0


def test_uids_outside_the_sr_group_ranges_have_no_group(table: FoodTable) -> None:
    groups = {food.uid[:2]: food.group for food in table.foods}
    assert groups["23"] == "Beef Products"
    assert groups["43"] is None


def test_amounts_become_the_shortest_exact_number() -> None:
    assert number("52.0") == 52
    assert number("0.0070") == 0.007
    assert number(None) is None
    with pytest.raises(BuildError):
        number("NaN")
    with pytest.raises(BuildError):
        number("abc")


def test_a_food_element_with_a_missing_nutrient_parses_to_none() -> None:
    xml = (
        b'<food uid="99001" name="Test food, raw" fcf="9" pcf="4" ccf="4">'
        b'<measure amount="1.0" name="cup" grams="128.0"/>'
        b'<nutrient amount="20.0" name="Energy"/><nutrient amount="0.5" name="Protein"/>'
        b"</food>"
    )
    food = parse_food(xml)
    assert food["kcal"] == 20
    assert food["sugars_g"] is None
    assert food["group"] is None
    assert food["measures"] == [[1, "cup", 128]]


def test_the_output_is_the_same_bytes_for_the_same_input(tmp_path: Path) -> None:
    text = render(iter([{"uid": "00001", "name": "x"}]))
    assert compress(text) == compress(text)
    assert gzip.decompress(compress(text)) == text


@pytest.mark.skipif(
    not DEFAULT_JAR.exists(),
    reason=f"the USDA archive is not at {DEFAULT_JAR} (not in the package)",
)
def test_the_build_script_reproduces_the_committed_table_from_the_archive(
    tmp_path: Path,
) -> None:
    out = tmp_path / "foods.jsonl.gz"
    assert main([str(DEFAULT_JAR), str(out)]) == 0
    assert gzip.decompress(out.read_bytes()) == gzip.decompress(DATA_PATH.read_bytes())
    # The same zlib gives the same compressed bytes too (the header has no name or time).
    assert out.read_bytes() == DATA_PATH.read_bytes()
