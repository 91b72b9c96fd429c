"""The profile feature's texts (HTML parse mode), one object per language."""

from dataclasses import dataclass

from healthbot.profile.parsing import Problem
from healthbot.texts import Catalog


@dataclass(frozen=True, slots=True)
class ProfileTexts:
    """Greetings, help, the setup dialog, /profile, /export, and this feature's commands."""

    welcome_new: str
    welcome_back: str
    offer_setup: str
    setup_button: str
    help: str
    commands: tuple[tuple[str, str], ...]
    erase_confirm: str
    erase_yes: str
    erase_no: str
    erase_done: str
    erase_cancelled: str
    # The setup dialog: one question per step, what bad answers are told, the buttons.
    questions: dict[str, str]
    step_counter: str
    problems: dict[str, dict[Problem, str]]
    timezone_unknown: str
    timezone_suggest: str
    timezone_meanwhile: str
    timezone_location_unknown: str
    choose_typed: str
    or_word: str
    choice_words: dict[str, dict[str, tuple[str, ...]]]
    skip: str
    call_me: str
    choices: dict[str, dict[str, str]]
    answered: str
    skipped: str
    question_closed: str
    use_formula: str
    pace_button: str
    pace_maintain: str
    # The goal on /profile.
    goal_pace: str
    goal_weeks: str
    goal_no_pace: str
    goal_reached: str
    goal_unweighed: str
    goal_ways: dict[str, str]
    # Results.
    setup_done: str
    targets: str
    kcal_source_manual: str
    kcal_source_formula: str
    kcal_source_default: str
    kcal_source_missing: str
    missing_names: dict[str, str]
    and_word: str
    kcal_set: str
    profile: str
    not_set: str
    edit_buttons: dict[str, str]
    kcal_button: str
    rerun_button: str
    cancelled: str
    nothing_to_cancel: str
    export_caption: str
    export_imperial: str
    export_imperial_ml: str  # for a user whose water reads in ml (`settings.units_name`)
    export_too_big: str
    # /timezone and /units.
    timezone_now: str
    timezone_set: str
    timezone_usage: str
    timezone_not_found: str
    timezone_try: str
    timezone_ambiguous: str
    timezone_fixed: str
    units_now: str
    units_set: str
    units_usage: str  # the two systems, each with what it lists (`units_listed`)
    units_named: str
    units_listed: dict[str, str]
    setting_closed: str


_TIMEZONE_EXAMPLES = "a city (Berlin, New York), a zone (Europe/Berlin) or an offset (+3, UTC-5)"

EN = ProfileTexts(
    welcome_new=(
        "Hi {name}! I'm your health coach. 🌱\n\n"
        "I help you keep track of meals, water and weight, remind you of what matters, "
        "and cheer you on with XP and streaks.\n\n"
        "Send /help to see what I can do."
    ),
    welcome_back="Welcome back, {name}! Send /help to see what I can do.",
    offer_setup=(
        "\n\nWant targets made for you? A one-minute setup (every question can be skipped) "
        "works out your daily calories, macros and water. Or just start logging: "
        "I'll use standard targets until then."
    ),
    setup_button="⚙️ Set up my profile",
    help="<b>What I can do</b>\n\n{commands}\n\nJust write to me in plain words, too.",
    commands=(
        ("start", "start or restart the bot"),
        ("help", "list the commands"),
        ("profile", "your profile and daily targets"),
        ("timezone", "set your timezone: /timezone Berlin"),
        ("units", "metric or imperial: /units imperial"),
        ("cancel", "stop the current question"),
        ("export", "download all your data"),
        ("deleteme", "delete everything I know about you"),
    ),
    erase_confirm=(
        "This deletes <b>everything</b> I have stored about you: your profile, meals, water, "
        "weight, reminders, XP and our conversations. It cannot be undone.\n\n"
        "Delete it all?"
    ),
    erase_yes="Yes, delete everything",
    erase_no="No, keep it",
    erase_done=(
        "Done: everything I had stored about you is deleted. "
        "If you write to me again, I'll start from scratch."
    ),
    erase_cancelled="Nothing was deleted.",
    questions={
        "name": "What should I call you?",
        "timezone": (
            "Which timezone are you in? Now: <b>{timezone}</b>.\n"
            f"Send {_TIMEZONE_EXAMPLES}, or share your location (📎 → Location)."
        ),
        "units": "Which units do you use?",
        "sex": "Your sex? (The calorie formula differs a little.)",
        "age": "How old are you? (Send a number, like 34.)",
        "height": "How tall are you? ({example})",
        "weight": "How much do you weigh? ({example})",
        "activity": "How active are you on a typical day?",
        "goal": (
            "What weight are you aiming for? ({example})\n"
            "Or press “Stay where I am” to keep your weight."
        ),
        "pace": (
            "How fast would you like to get there? A steady pace is easier to keep "
            "(or send your own, {example} a week)."
        ),
        "kcal": (
            "Send your daily calorie target, a number from 500 to 10,000 (like 1800).\n"
            "Now: <b>{kcal} kcal</b>."
        ),
    },
    step_counter="<i>Setup {number}/{total}</i>\n",
    problems={
        "name": {
            Problem.NOT_UNDERSTOOD: "Please send a name in plain text.",
            Problem.OUT_OF_RANGE: "That's a long name: 64 characters at most, please.",
        },
        "age": {
            Problem.NOT_UNDERSTOOD: "I couldn't read an age there: send a number, like 34.",
            Problem.OUT_OF_RANGE: "I can set targets for ages 13 to 120.",
        },
        "height": {
            Problem.NOT_UNDERSTOOD: "I couldn't read a height there. ({example})",
            Problem.OUT_OF_RANGE: "That doesn't look like a height: "
            "I take 100-250 cm (3'4\"-8'2\").",
        },
        "weight": {
            Problem.NOT_UNDERSTOOD: "I couldn't read a weight there. ({example})",
            Problem.OUT_OF_RANGE: "That doesn't look like a body weight: I take 20-500 kg "
            "(44-1,102 lb).",
        },
        "goal": {
            Problem.NOT_UNDERSTOOD: "I couldn't read a weight there ({example}), "
            "or press “Stay where I am”.",
            Problem.OUT_OF_RANGE: "That doesn't look like a body weight: I take 20-500 kg "
            "(44-1,102 lb).",
        },
        "pace": {
            Problem.NOT_UNDERSTOOD: "Please press a button, or send a weekly amount ({example}).",
            Problem.OUT_OF_RANGE: "I keep the pace between 0.1 and 1 kg (0.2-2.2 lb) a week: "
            "faster is hard to keep, and not safe without a doctor.",
        },
        "kcal": {
            Problem.NOT_UNDERSTOOD: "Please send a number of kcal, like 1800.",
            Problem.OUT_OF_RANGE: "A daily target must be between 500 and 10,000 kcal.",
        },
    },
    timezone_unknown=f"I don't know the timezone “{{text}}”. Send {_TIMEZONE_EXAMPLES}.",
    timezone_meanwhile="A meal meanwhile? /log it: the setup waits for your answer.",
    timezone_suggest="Did you mean one of these?",
    timezone_location_unknown="I couldn't find a timezone at that spot. Send a city instead.",
    or_word="or",
    choose_typed="I didn't catch that. Tap a button, or type {options} (Skip leaves it for later).",
    # What people type for a button (besides its label): whole words, lower case.
    choice_words={
        "units": {
            "metric": (
                "si",
                "kg",
                "kgs",
                "kilo",
                "kilos",
                "kilograms",
                "cm",
                "centimetres",
                "centimeters",
                "grams",
                "litres",
                "liters",
                "ml",
                "metres",
                "meters",
            ),
            "imperial": (
                "us",
                "usa",
                "american",
                "british",
                "uk",
                "lb",
                "lbs",
                "pound",
                "pounds",
                "stone",
                "stones",
                "st",
                "feet",
                "foot",
                "ft",
                "inches",
                "oz",
                "ounces",
            ),
        },
        "sex": {
            "male": ("m", "man", "a man", "guy", "boy", "he", "him", "he/him"),
            "female": ("f", "woman", "a woman", "lady", "girl", "she", "her", "she/her"),
            "other": (
                "nonbinary",
                "non-binary",
                "enby",
                "x",
                "rather not",
                "rather not say",
                "prefer not to say",
                "not saying",
                "they",
                "they/them",
            ),
        },
        "activity": {
            "sedentary": (
                "desk",
                "desk job",
                "office",
                "sitting",
                "inactive",
                "not active",
                "not very active",
                "none",
                "couch",
                "lazy",
                # A negation or a "little" is no exercise to speak of ("very little", "I
                # don't walk much", "very rarely"): read as sedentary, so that with another
                # choice's words ("barely active") the answer points two ways and is asked again.
                "very little",
                "very low",
                "little",
                "low",
                "not very",
                "not much",
                "not a lot",
                "not really",
                "no exercise",
                "don't",
                "dont",
                "do not",
                "never",
                "rarely",
                "seldom",
                "barely",
                "hardly",
            ),
            "light": (
                "lightly",
                "lightly active",
                "a little",
                "a bit of exercise",
                "some walking",
                "walk a bit",
                "walk a little",
                "walk the dog",
                "walk to work",
                "1-3",
                "1-3 days",
                "once a week",
                "twice a week",
            ),
            "moderate": (
                "moderately",
                "moderately active",
                "medium",
                "average",
                "3-5",
                "3-5 days",
                "fairly active",
            ),
            "active": ("6-7", "6-7 days", "every day", "exercise daily", "quite active"),
            "very_active": (
                "very physical",
                "extremely active",
                "athlete",
                "training",
                "physical job",
                "manual",
                "labour",
                "labor",
                "construction",
                "twice a day",
            ),
        },
    },
    skip="Skip",
    call_me="Call me {name}",
    choices={
        "units": {"metric": "Metric (kg, cm)", "imperial": "Imperial (lb, ft)"},
        "sex": {"male": "Male", "female": "Female", "other": "Other / rather not say"},
        "activity": {
            "sedentary": "Sedentary (desk, little exercise)",
            "light": "Light (exercise 1-3 days a week)",
            "moderate": "Moderate (3-5 days a week)",
            "active": "Active (6-7 days a week)",
            "very_active": "Very active (physical job, training)",
        },
        "goal": {"lose": "Lose weight", "maintain": "Stay where I am", "gain": "Gain weight"},
    },
    answered="{question}\n\n✓ <b>{answer}</b>",
    skipped="{question}\n\n✓ <i>skipped</i>",
    question_closed="That question is closed. Send /profile to change your profile.",
    use_formula="Use the calculated target",
    pace_button="{amount} a week",
    pace_maintain="Just maintain for now",
    goal_pace="{target}, {way} {pace} a week",
    goal_weeks=" (about {weeks} weeks)",
    goal_no_pace="{target} ({way})",
    goal_reached="{target}: reached 🎉 keeping it there",
    goal_unweighed="{target} (send /weight with today's weight to see the way there)",
    goal_ways={"lose": "losing", "gain": "gaining"},
    setup_done="✅ All set, {name}!\n\n{targets}\n\nChange anything any time with /profile.",
    targets=(
        "<b>🎯 Daily targets</b>\n"
        "Calories: <b>{kcal} kcal</b> ({source})\n"
        "Protein {protein} g · Carbs {carbs} g · Fat {fat} g\n"
        "Water: {water}"
    ),
    kcal_source_manual="set by you",
    kcal_source_formula="calculated for you",
    kcal_source_default="standard",
    kcal_source_missing="standard; tell me your {missing} to personalise it",
    missing_names={"age": "age", "height": "height", "weight": "weight"},
    and_word="and",
    kcal_set="Daily calorie target set to <b>{kcal} kcal</b>.",
    profile=(
        "<b>👤 Your profile</b>\n"
        "Name: {name}\n"
        "Timezone: {timezone}\n"
        "Units: {units}\n"
        "Sex: {sex}\n"
        "Age: {age}\n"
        "Height: {height}\n"
        "Weight: {weight}\n"
        "Activity: {activity}\n"
        "Goal: {goal}\n\n"
        "{targets}"
    ),
    not_set="—",
    edit_buttons={
        "name": "Name",
        "timezone": "Timezone",
        "units": "Units",
        "sex": "Sex",
        "age": "Age",
        "height": "Height",
        "weight": "Weight",
        "activity": "Activity",
        "goal": "Goal",
    },
    kcal_button="🎯 Set calorie target",
    rerun_button="⚙️ Run the setup again",
    cancelled="OK, stopped. Nothing more to answer.",
    nothing_to_cancel="There's no question to cancel.",
    export_caption=(
        "Everything I have stored about you: one JSON file, and a CSV file per table.\n"
        "Amounts are in metric units, as stored: weight in kg, height in cm, water in ml, "
        "food in g, energy in kcal."
    ),
    export_imperial=" You see them in imperial units: 1 kg = 2.205 lb, 1 cm = 0.394 in, "
    "29.57 ml = 1 fl oz.",
    export_imperial_ml=" You see them in imperial units: 1 kg = 2.205 lb, 1 cm = 0.394 in "
    "(water in ml, as stored).",
    export_too_big="Your data is too big to send as one file ({size} MB). Please contact support.",
    timezone_now="{zone}, {clock} there now",
    timezone_set="🕓 Timezone: {understood}\nIt's {clock} there now; your days follow this zone.",
    timezone_usage=(
        "Your timezone: <b>{now}</b>.\n"
        "To change it, send /timezone with a city, a zone or an offset, like "
        "<code>/timezone Portland</code>, <code>/timezone Europe/Berlin</code> or "
        "<code>/timezone UTC-5</code>."
    ),
    timezone_not_found="I don't know the timezone “{text}”.",
    timezone_try=(
        "Try a city, a zone or an offset: <code>/timezone Portland</code>, "
        "<code>/timezone Europe/Berlin</code>, <code>/timezone UTC-5</code>."
    ),
    timezone_ambiguous="“{text}” has more than one timezone. Which one is yours?",
    timezone_fixed=" (a fixed offset: no daylight saving)",
    units_now="You see amounts in <b>{units}</b>.",
    units_set="📏 Units: <b>{units}</b>. Weights, heights and water show in them from now on.",
    units_usage=(
        "I know two systems: <code>/units metric</code> ({metric}) and "
        "<code>/units imperial</code> ({imperial})."
    ),
    units_named="{units} ({listed})",
    units_listed={
        "metric": "kg, cm, ml",
        "imperial": "lb, ft/in, fl oz",
        "imperial_ml": "lb, ft/in; water in ml",  # British and Irish users
    },
    setting_closed="That choice is over. Send /timezone or /units again.",
)

TEXTS = Catalog({"en": EN})
