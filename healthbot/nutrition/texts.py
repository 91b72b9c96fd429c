"""The nutrition feature's texts (HTML parse mode), one object per language."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from healthbot.texts import Catalog


@dataclass(frozen=True, slots=True)
class NutritionTexts:
    """The Nutrients view, /week's low nutrients, /stats' expenditure and its button."""

    names: Mapping[str, tuple[str, str]]
    """nutrient -> (name, unit)."""
    button: str
    title: str
    empty: str
    target_line: str
    limit_line: str
    unknown_line: str
    partly_known: str
    partly_note: str
    source: str
    sexes: Mapping[str, str]
    anyone: str
    low_title: str
    low_item: str
    expenditure_title: str
    expenditure: str
    expenditure_basis: str
    energy_per: dict[str, str]  # the energy in a kg or a lb of body weight, by weight units
    not_yet: str
    span_days: tuple[str, str]  # "1 day", "{n} days"
    target_now: str
    suggest: str
    suggest_button: str
    adopted: str
    nothing_to_adopt: str
    refused: str
    shown_above: str
    commands: tuple[tuple[str, str], ...] = ()


EN = NutritionTexts(
    names={
        "fiber_g": ("Fibre", "g"),
        "potassium_mg": ("Potassium", "mg"),
        "calcium_mg": ("Calcium", "mg"),
        "iron_mg": ("Iron", "mg"),
        "magnesium_mg": ("Magnesium", "mg"),
        "zinc_mg": ("Zinc", "mg"),
        "vitamin_a_ug": ("Vitamin A", "µg"),
        "vitamin_c_mg": ("Vitamin C", "mg"),
        "vitamin_d_ug": ("Vitamin D", "µg"),
        "vitamin_b12_ug": ("Vitamin B12", "µg"),
        "folate_ug": ("Folate", "µg"),
        "sodium_mg": ("Sodium", "mg"),
        "saturated_g": ("Saturated fat", "g"),
    },
    button="🥦 Nutrients",
    title="🥦 <b>Nutrients</b> · {day}",
    empty="Nothing logged on {day} yet: log a meal with /log and its nutrients show here.",
    target_line="{mark} {name}: {amount}{star} of {figure} {unit} · {share}%",
    limit_line="{mark} {name}: {amount}{star} {unit} (at most {figure})",
    unknown_line="❔ {name}: unknown",
    partly_known="*",
    partly_note="* Not known for some items (quick adds, foods from outside the table): "
    "the day had at least this much.",
    source="Against the US National Academies' Dietary Reference Intakes (RDA or AI) for "
    "{who}; saturated fat under 10% of your energy target.",
    sexes={"male": "a man", "female": "a woman"},
    anyone="an adult",
    low_title="⚠️ Low on most days this week (under 2/3 of the recommended intake):",
    low_item="{name} ({low} of {judged} days)",
    expenditure_title="⚡ <b>Energy expenditure</b>",
    expenditure="About {kcal} ± {error} kcal a day, from {days} logged days and {weigh_ins} "
    "weigh-ins since {since}.",
    expenditure_basis="You ate {intake} kcal a day on average; your trend weight is "
    "{trend}, changing {rate} a week ({energy}).",
    energy_per={"kg": "7,700 kcal a kg", "lb": "3,500 kcal a lb"},
    not_yet="Your real energy expenditure shows here after two weeks of logged meals and "
    "weigh-ins (at least 10 logged days; now {days}, weigh-ins over {span}).",
    span_days=("1 day", "{n} days"),
    target_now="Your energy target: {kcal} kcal a day.",
    suggest="Toward your goal pace: {kcal} kcal a day.",
    suggest_button="Set my target to {kcal} kcal",
    adopted="✅ Your energy target is now {kcal} kcal a day.",
    nothing_to_adopt="Your target already fits your expenditure: nothing to change.",
    refused="This button doesn't work. Send /stats or /today again.",
    shown_above="Shown above: nothing has changed since.",
)

TEXTS = Catalog({"en": EN})
