"""The meal-logging feature's texts (HTML parse mode), one object per language."""

from __future__ import annotations

from dataclasses import dataclass

from healthbot.food.parser import MAX_ITEMS, ParseProblem
from healthbot.meals.saved import MAX_NAME, NameProblem
from healthbot.measures import Units
from healthbot.texts import Catalog
from healthbot.when import Meal, WhenProblem


@dataclass(frozen=True, slots=True)
class ShortcutTexts:
    """Replies of logging in one tap: recent foods, saved meals (/save, /meals), copies."""

    recent_header: str
    recent_button: str
    recent_gone: str
    save_button: str
    copy_button: str
    name_problems: dict[NameProblem, str]
    save_nothing: str
    saved_as: str
    name_taken: str
    replace_button: str
    keep_button: str
    replaced: str
    kept: str
    too_many_saved: str
    meals_header: str
    meals_row: str
    meals_empty: str
    log_button: str
    rename_button: str
    delete_button: str
    rename_prompt: str
    renamed: str
    rename_taken: str
    deleted: str
    saved_gone: str
    copied: str
    copy_empty_day: str
    copy_empty_meal: str
    copy_too_many: str
    copied_day: str
    copied_day_total: str
    open_meal_button: str


@dataclass(frozen=True, slots=True)
class MealTexts:
    """Replies to /log, its questions and buttons, /today, /week, and how an entry reads in
    /history."""

    entry_header: str
    entry_deleted: str
    item: str
    quick_item: str
    total: str
    meals: dict[Meal, str]
    meal_icons: dict[Meal, str]
    ok: str
    edit: str
    delete: str
    undo: str
    skip: str
    saved: str
    deleted: str
    restored: str
    moved: str
    edit_prompt: str
    edit_not_found: str
    edit_unsure: str
    edit_which: str
    edit_again: str
    edit_left: str
    ask_food: str
    ask_unknown: str
    ask_amount: str
    ask_instead: str
    more_questions: str
    not_this: str
    which_item: str
    back: str
    no_alternatives: str
    no_product_alternatives: str
    amount_button: str
    choice: str
    choice_no_kcal: str
    allergen_mark: str
    allergen_note: str
    allergen_logged: str  # a food an entry logged that has an allergen the user named
    amount_not_understood: str
    amount_example: dict[Units, str]  # an amount in the user's units, to type
    weight_hint: dict[Units, str]  # how to type a weight, in the user's units first
    amount_measures: str
    name_not_understood: str
    amount_before_food: str
    nothing_logged: str
    gone: str
    stale: str
    refused: str
    not_ready: str
    told_in_dialog: str
    problems: dict[ParseProblem, str]
    when_problems: dict[WhenProblem, str]
    when_meant: str
    zone_offer: str
    which_meal: str
    today_header: str
    today_empty: str
    today_meal: str
    today_total: str
    today_macros: str
    today_left: str
    today_over: str
    today_water: str
    week_header: str
    week_row: str
    week_row_empty: str
    week_average: str
    week_average_one: str
    week_today_so_far: str
    week_empty: str
    history_button: str
    day_before: str
    day_after: str
    moved_day: str
    day_to_come: str
    commands: tuple[tuple[str, str], ...]
    shortcuts: ShortcutTexts


_WHEN_EXAMPLE = (
    "Start with the day, like /log yesterday 2 eggs, /log on monday for lunch a salad, "
    "/log 3 days ago at 7pm pasta or /log on 12 march toast."
)
_EXAMPLE = "For example: /log 2 eggs and a slice of toast, or /log 150g chicken breast, 1 cup rice."

EN = MealTexts(
    entry_header="{icon} <b>{meal}</b> · {when}",
    entry_deleted="🗑 <s>{meal} · {when}</s>",
    item="• {span} → {food}, {amount} · <b>{kcal}</b> kcal",
    quick_item="• {food} · <b>{kcal}</b> kcal, as you gave it",
    total="<b>Total: {kcal} kcal</b> · protein {protein} g · carbs {carbs} g · fat {fat} g",
    meals={
        Meal.BREAKFAST: "Breakfast",
        Meal.LUNCH: "Lunch",
        Meal.DINNER: "Dinner",
        Meal.SNACK: "Snack",
    },
    meal_icons={Meal.BREAKFAST: "🍳", Meal.LUNCH: "🥗", Meal.DINNER: "🍽", Meal.SNACK: "🍎"},
    ok="✅ OK",
    edit="✏️ Edit",
    delete="🗑 Delete",
    undo="↩️ Undo",
    skip="Skip",
    saved="Saved.",
    deleted="Deleted. Tap Undo to bring it back.",
    restored="Restored.",
    moved="Moved to {meal}.",
    edit_prompt="✏️ Send the corrected list for this {meal} entry, for example: "
    "2 eggs, 1 slice toast; or just the item that changed, like 2 slices toast. "
    "Another meal logged, or a question, ends the edit.",
    edit_not_found="I can't find “{food}” in this entry, so it is as it was.",
    edit_unsure="I couldn't tell which item that changes, so the entry is as it was.",
    edit_which="Which is “{food}”: {dishes}? The entry is as it was.",
    edit_again="Send the item as the card shows it and as it should be (like small fries), "
    "or the whole corrected list (a question leaves the edit).",
    edit_left="To correct it, tap ✏️ Edit on its card.",
    ask_food="Which food is “{span}”?",
    ask_unknown="I don't know “{food}”. Send another name for it, or tap Skip.",
    ask_amount="How much is “{span}” ({food})? Tap an amount or send one, like {example} or 1 cup.",
    ask_instead="Not {food}? Which food is “{span}”?",
    more_questions="The others get their buttons as these are answered.",
    not_this="🔄 Not this?",
    which_item="Which of these is not right?",
    back="‹ Back",
    no_alternatives="Nothing else in the food table matches “{span}”. Tap Edit to type it "
    "differently.",
    no_product_alternatives="“{name}” is the packaged product read from its barcode; the food "
    "table has nothing else by that name. Ate something else? Tap Edit, or /log it by name.",
    amount_button="{amount} · {grams}",
    choice="{name} · {kcal} kcal",
    choice_no_kcal="{name}",
    allergen_mark="⚠ ",
    allergen_note="⚠ marks a food with {allergens} in it: you told me you're allergic.",
    allergen_logged="⚠ {food} has {allergen} in it: you told me you're allergic. Not what "
    "you ate? Tap Edit.",
    amount_not_understood="{hint}{measures}, or tap Skip.",
    amount_example={"metric": "120 g", "imperial": "4 oz"},
    # A bare number is grams whatever the units: imperial users are shown "oz" to type.
    weight_hint={
        "metric": "Send the weight in grams, like 120 (or 4 oz)",
        "imperial": "Send the weight, like 4 oz (or 120 g)",
    },
    amount_measures=", or in one of its measures, like {labels}",
    name_not_understood="Tap the food “{span}” is, or send another name for it.",
    amount_before_food="That's an amount, and the food comes first: tap the food “{span}” "
    "is, or send its name. Edit on the card changes the amount after.",
    nothing_logged="Nothing logged.",
    gone="That entry is gone.",
    stale="That question is over.",
    refused="This button doesn't work.",
    not_ready="The food database is still loading. Try again in a minute.",
    told_in_dialog="The question above is still waiting for your answer (or tap its Skip; "
    "/cancel leaves it).",
    problems={
        ParseProblem.EMPTY: "Tell me what you ate. " + _EXAMPLE,
        ParseProblem.TOO_LONG: "That's too long to be one meal. Send a shorter list.",
        ParseProblem.TOO_MANY_ITEMS: f"A meal can have at most {MAX_ITEMS} items. "
        "Send it in parts.",
        ParseProblem.NEGATIVE: "“{span}”: a quantity can't be negative.",
        ParseProblem.ZERO: "“{span}”: a quantity must be more than zero.",
        ParseProblem.BAD_NUMBER: "“{span}”: I can't read that number.",
        ParseProblem.TOO_MUCH: "“{span}” is more than one sitting's worth. "
        "Check the quantity and the unit.",
        ParseProblem.NO_FOOD: "“{span}”: a quantity needs a food after it, like 2 cups rice.",
        ParseProblem.PICTURE: "I can't tell which food {span} is. Send its name, like "
        "/log 2 slices of pizza.",
    },
    when_problems={
        WhenProblem.UNKNOWN_DAY: "I don't know which day “{span}” is.{meant} " + _WHEN_EXAMPLE,
        WhenProblem.BAD_TIME: "“{span}” is no time I can read. Try /log at 8am oatmeal or "
        "/log at 19:30 pasta.",
        WhenProblem.FUTURE: "“{span}” is still to come: log what you have eaten. " + _WHEN_EXAMPLE,
        WhenProblem.TOO_FAR: "{span} is more than a year ago: I log meals of the last year.",
    },
    when_meant=" Did you mean “{meant}”?",
    which_meal="🍽 Which meal was it? Tap it below.",
    zone_offer="🕓 Your days follow {zone} time (it's {clock} there). Not your time? Send "
    "/timezone and your city, like /timezone Portland.",
    today_header="📊 <b>Today</b> · {day}",
    today_empty="Nothing logged today yet. " + _EXAMPLE,
    today_meal="{icon} {meal}: <b>{kcal}</b> kcal",
    today_total="Eaten: <b>{kcal}</b> of {target} kcal ({percent}%)\n<code>{bar}</code>",
    today_macros="Protein {protein}/{protein_target} g · carbs {carbs}/{carbs_target} g · "
    "fat {fat}/{fat_target} g",
    today_left="Left: <b>{kcal} kcal</b>",
    today_over="Over the target by <b>{kcal} kcal</b>",
    today_water="💧 Water: {water} of {goal}",
    week_header="📅 <b>Last 7 days</b> (target {target} kcal)",
    week_row="{day}  {kcal:>6}  P{protein:>4} C{carbs:>4} F{fat:>4}",
    week_row_empty="{day}       ·  nothing logged",
    week_average="Average of {days} logged days before today: <b>{kcal} kcal</b>",
    week_average_one="The one logged day before today: <b>{kcal} kcal</b>",
    week_today_so_far="Today so far: {kcal} kcal",
    week_empty="Nothing logged in the last 7 days. " + _EXAMPLE,
    history_button="{day} · {meal} · {kcal} kcal · {description}",
    day_before="‹ {day}",
    day_after="{day} ›",
    moved_day="Moved to {day}.",
    day_to_come="That day is still to come.",
    commands=(
        (
            "log",
            "log what you ate: /log 2 eggs and toast; alone, your usual foods to tap;"
            " /log yesterday's breakfast copies a meal",
        ),
        ("today", "today's calories and macros against your targets"),
        ("week", "the last 7 days, with a chart"),
        ("save", "save the meal you logged last: /save usual breakfast"),
        ("meals", "your saved meals: log one again, rename, delete"),
    ),
    shortcuts=ShortcutTexts(
        recent_header="⚡ Your usual foods for {meal}: tap one to log it in your usual amount. "
        "Or type what you ate, like /log 2 eggs and toast.",
        recent_button="{typed} · {kcal} kcal",
        recent_gone="That food is no longer in your log.",
        save_button="💾 Save",
        copy_button="📋 Copy",
        name_problems={
            NameProblem.EMPTY: "Give the meal a name, like /save usual breakfast: it saves the "
            "meal you logged last, to log again with /log usual breakfast.",
            NameProblem.TOO_LONG: f"A name can have at most {MAX_NAME} characters. "
            "Send a shorter one.",
            NameProblem.ODD: "“{name}”: a name can have letters, digits, spaces and "
            "- ' &amp; . , + ( ) only.",
        },
        save_nothing="Nothing to save yet: log a meal first, like /log 2 eggs and toast, "
        "then /save usual breakfast.",
        saved_as="💾 Saved “{name}” ({kcal} kcal). Log it again with /log {name}; "
        "see your saved meals with /meals.",
        name_taken="You already have a meal named “{name}”. Replace it with this one?",
        replace_button="🔁 Replace",
        keep_button="✖ Keep the old one",
        replaced="🔁 “{name}” is now this meal ({kcal} kcal).",
        kept="Kept “{name}” as it was.",
        too_many_saved="You have {limit} saved meals, the most I keep. Delete one in /meals first.",
        meals_header="💾 <b>Your saved meals</b>: tap one to log it.",
        meals_row="• <b>{name}</b> · {kcal} kcal · {foods}",
        meals_empty="No saved meals yet. Log a meal, then /save a name for it, or tap 💾 Save "
        "on its card.",
        log_button="➕ {name}",
        rename_button="✏️ Rename",
        delete_button="🗑 Delete",
        rename_prompt="✏️ Send the new name for “{name}”. Any command leaves it as it is.",
        renamed="✏️ Renamed to “{name}”.",
        rename_taken="You already have a meal named “{name}”. Send another name.",
        deleted="Deleted “{name}”.",
        saved_gone="That saved meal is gone.",
        copied="Copied.",
        copy_empty_day="Nothing logged on {day}, so nothing to copy.",
        copy_empty_meal="No {meal} logged on {day}, so nothing to copy.",
        copy_too_many="That's more than {limit} foods: copy one meal at a time, like "
        "/log yesterday's breakfast.",
        copied_day="📋 <b>{day}</b> copied to today, each meal as it was:",
        copied_day_total="<b>All of it:</b> {kcal} kcal",
        open_meal_button="{icon} {meal} · {kcal} kcal: edit, delete, more",
    ),
)

TEXTS = Catalog({"en": EN})
