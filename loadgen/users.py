"""Virtual users: who they are, what they say, and the task mix they draw from.

Phrasings are built from templates and word lists so that a run sends thousands of distinct,
realistic messages (many foods, amounts, units, times; a few typos) rather than a handful of
strings a cache would learn at once. All randomness comes from a ``random.Random`` the caller
seeds, so a run is reproducible.
"""

from __future__ import annotations

import enum
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Final


class TaskKind(enum.StrEnum):
    """What a message is for; the report breaks latencies down by it."""

    START = "start"
    CHAT = "chat"
    FOOD = "food"
    REMINDER = "reminder"
    GAMIFICATION = "gamification"
    BUTTON = "button"
    PROBE = "probe"
    """A command the bot does not know, carrying a unique token (correlation checks)."""
    # One kind of reply each, for `loadgen bench --kind` (the cost of each against the echo
    # bot's): /help, /log of one or two foods, /today, /water.
    HELP = "help"
    LOG = "log"
    TODAY = "today"
    WATER = "water"


# The seed's mix: chat 50 %, food logging 20 %, reminders 20 %, gamification 10 %.
DEFAULT_MIX: Final[Mapping[TaskKind, float]] = {
    TaskKind.CHAT: 50.0,
    TaskKind.FOOD: 20.0,
    TaskKind.REMINDER: 20.0,
    TaskKind.GAMIFICATION: 10.0,
}

# ---------------------------------------------------------------------------------------------
# Word lists

_COUNTABLE: Final = (
    ("egg", "eggs"), ("apple", "apples"), ("banana", "bananas"),
    ("slice of toast", "slices of toast"), ("slice of pizza", "slices of pizza"),
    ("boiled egg", "boiled eggs"), ("orange", "oranges"), ("pancake", "pancakes"),
    ("chicken thigh", "chicken thighs"), ("taco", "tacos"), ("cookie", "cookies"),
    ("croissant", "croissants"), ("bagel with cream cheese", "bagels with cream cheese"),
    ("rice cake", "rice cakes"), ("protein bar", "protein bars"), ("date", "dates"),
    ("carrot", "carrots"), ("tangerine", "tangerines"), ("meatball", "meatballs"),
    ("sushi roll", "sushi rolls"), ("slice of cheddar", "slices of cheddar"),
    ("falafel", "falafels"), ("dumpling", "dumplings"), ("waffle", "waffles"),
    ("peach", "peaches"), ("kiwi", "kiwis"), ("granola bar", "granola bars"),
    ("hard boiled egg", "hard boiled eggs"), ("cup of coffee", "cups of coffee"),
    ("glass of milk", "glasses of milk"), ("avocado toast", "avocado toasts"),
)  # fmt: skip
_MASS: Final = (
    "oatmeal", "brown rice", "white rice", "greek yogurt", "pasta", "grilled chicken breast",
    "salmon", "quinoa", "black beans", "spinach", "almonds", "peanut butter", "lentil soup",
    "broccoli", "sweet potato", "tofu", "cottage cheese", "granola", "mixed salad",
    "chickpea curry", "beef stew", "tuna salad", "mashed potatoes", "hummus", "blueberries",
    "strawberries", "trail mix", "ramen", "fried rice", "chili con carne", "porridge",
    "skyr", "muesli", "couscous", "tomato soup", "french fries", "mac and cheese",
    "caesar salad", "poke bowl", "shakshuka", "miso soup", "walnuts", "dark chocolate",
)  # fmt: skip
_CONTAINERS: Final = (
    "a bowl of", "a cup of", "a plate of", "a handful of", "a small bowl of",
    "a big plate of", "half a cup of", "two spoons of", "some", "a little", "a serving of",
    "a portion of", "a large bowl of", "a tablespoon of",
)  # fmt: skip
_WEIGHTS: Final = (
    "150g", "200 g", "3oz", "100 grams", "250g", "80 g", "1 lb", "half a pound of", "120g",
    "300 grams", "50g", "6 oz",
)  # fmt: skip
_DRINKS: Final = (
    "a glass of water", "2 glasses of water", "500ml of water", "a liter of water",
    "a can of coke", "a latte", "an oat milk cappuccino", "green tea", "a protein shake",
    "a smoothie", "a glass of orange juice", "a beer", "a glass of red wine", "kombucha",
)  # fmt: skip
_MEALS: Final = ("breakfast", "lunch", "dinner", "a snack", "brunch", "supper", "dessert")
_NUMBERS: Final = ("2", "3", "two", "three", "4", "a couple of", "1", "one", "5", "half a dozen")
_ACTIVITIES: Final = (
    "drink water", "take my vitamins", "go for a walk", "take my meds", "stretch",
    "weigh myself", "eat lunch", "go to bed", "prep my meals", "log my dinner",
    "do my physio exercises", "take a break from the screen", "eat some fruit",
    "check my blood pressure", "go to the gym", "drink my protein shake",
)  # fmt: skip
_TIMES: Final = (  # as people say them (the chat's phrases)
    "3pm", "7:30 am", "8am", "21:00", "noon", "6.45pm", "10 pm", "9", "7 in the morning",
    "half past five", "13:15", "11am", "quarter to 8", "6pm",
)  # fmt: skip
_GOALS: Final = (
    "weight loss", "building muscle", "energy", "sleep", "my cholesterol", "a diabetic",
    "running", "losing belly fat", "recovery",
)  # fmt: skip


def _food_item(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.4:
        singular, plural = rng.choice(_COUNTABLE)
        number = rng.choice(_NUMBERS)
        return (
            f"{'an' if singular[0] in 'aeiou' else 'a'} {singular}"
            if number
            in (
                "1",
                "one",
            )
            else f"{number} {plural}"
        )
    if roll < 0.75:
        return f"{rng.choice(_CONTAINERS)} {rng.choice(_MASS)}"
    if roll < 0.9:
        weight = rng.choice(_WEIGHTS)
        joiner = " " if weight.endswith(" of") else " of "
        return f"{weight}{joiner}{rng.choice(_MASS)}"
    return rng.choice(_DRINKS)


# Food, reminders and gamification are the bot's commands (they run without an LLM); chat is
# free text for the coach. Each command also comes in forms it must refuse or ask about
# (a food it does not know, a time it cannot read), as real users type them.
_LOG_MEALS: Final = ("breakfast", "lunch", "dinner", "snack")
_LOOKS: Final = ("/today", "/today", "/history", "/water", "/weight")
_TRACK: Final = (
    "/water 250 ml", "/water a glass", "/water 500ml", "/water 2 glasses", "/weight 72.5",
    "/weight 160 lb", "/weight 81,4",
)  # fmt: skip


def _food(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.15:
        return rng.choice(_LOOKS)
    if roll < 0.3:
        return rng.choice(_TRACK)
    return _log(rng)


def _log(rng: random.Random) -> str:
    item, second, meal = _food_item(rng), _food_item(rng), rng.choice(_LOG_MEALS)
    return rng.choice(
        (
            f"/log {item}",
            f"/log {item} and {second}",
            f"/log {item}, {second}",
            f"/log {meal}: {item}, {second}",
            f"/log {rng.choice(_DRINKS)}",
        )
    )


_REMIND_DAYS: Final = ("every day", "weekdays", "daily", "tomorrow", "on monday", "mon, thu")
_REMIND_TIMES: Final = ("8:00", "7:30 am", "12:30", "21:00", "6pm", "13:15", "9")


def _reminder(rng: random.Random) -> str:
    act, time = rng.choice(_ACTIVITIES), rng.choice(_REMIND_TIMES)
    day = rng.choice(_REMIND_DAYS)
    minutes = rng.choice((5, 10, 15, 20, 30, 45, 90))
    return rng.choice(
        (
            f"/remind {day} at {time} {act}",
            f"/remind {day} {time} {act}",
            f"/remind in {minutes} minutes {act}",
            f"/remind every {rng.choice((2, 3))} hours from 9 to 17 {act}",
            f"/remind at {rng.choice(_TIMES)} {act}",  # some of these it cannot read
            "/reminders",
            "/reminders",
        )
    )


def _gamification(rng: random.Random) -> str:
    return rng.choice(("/stats", "/stats", "/leaderboard"))


def _chat(rng: random.Random) -> str:
    mass, goal, meal = rng.choice(_MASS), rng.choice(_GOALS), rng.choice(_MEALS)
    singular, _ = rng.choice(_COUNTABLE)
    article = "an" if singular[0] in "aeiou" else "a"
    return rng.choice(
        (
            f"how many calories in {article} {singular}",
            f"how many calories are in {_food_item(rng)}?",
            f"is {mass} healthy?",
            f"is {mass} good for {goal}?",
            f"what's a good {meal} with {mass}?",
            "what should I eat before a run?",
            "I'm vegetarian",
            "i'm allergic to peanuts",
            "how much water should I drink a day",
            "tips to sleep better?",
            "how much protein do I need",
            "give me a healthy snack idea",
            "what did I eat today?",
            "im feeling really tired today",
            "can u suggest a low carb dinner",
            "how do i lose 5 kg before summer",
            "is intermittent fasting ok for me?",
            "hi",
            "thanks!",
            "good morning coach",
            f"I want to focus on {goal}",
            f"how much protein is in {_food_item(rng)}",
            "what's my calorie goal?",
            "I skipped breakfast, is that bad?",
            "I'm lactose intolerant, what can I use instead of milk?",
            "how many steps should I walk a day",
            "can you make me a meal plan for tomorrow",
            "I had a stressful day and ate too much",
            "what's a good post workout meal",
            "how much sugar is too much",
            "I weigh 82 kg and I'm 1.80m, is that ok?",
            f"recipe ideas with {mass} and {rng.choice(_MASS)}?",
        )
    )


_WATER: Final = ("/water 250 ml", "/water a glass", "/water 500ml", "/water 2 glasses")


def _help(rng: random.Random) -> str:
    return "/help"


def _today(rng: random.Random) -> str:
    return "/today"


def _water(rng: random.Random) -> str:
    return rng.choice(_WATER)


_GENERATORS: Final = {
    TaskKind.CHAT: _chat,
    TaskKind.FOOD: _food,
    TaskKind.REMINDER: _reminder,
    TaskKind.GAMIFICATION: _gamification,
    TaskKind.HELP: _help,
    TaskKind.LOG: _log,
    TaskKind.TODAY: _today,
    TaskKind.WATER: _water,
}


def _typo(rng: random.Random, text: str) -> str:
    """One keyboard slip: a swapped, dropped or doubled letter."""
    letters = [index for index, char in enumerate(text) if char.isalpha()]
    if len(letters) < 4:
        return text
    index = rng.choice(letters[1:-1])
    kind = rng.randrange(3)
    if kind == 0 and index + 1 < len(text):
        return text[:index] + text[index + 1] + text[index] + text[index + 2 :]
    if kind == 1:
        return text[:index] + text[index + 1 :]
    return text[:index] + text[index] + text[index:]


def phrase(kind: TaskKind, rng: random.Random, typo_rate: float = 0.08) -> str:
    """A message for the task kind, with a keyboard slip now and then."""
    text = _GENERATORS[kind](rng)
    if rng.random() < typo_rate:
        text = _typo(rng, text)
    return text


# ---------------------------------------------------------------------------------------------
# The mix and the users


class TaskMix:
    """Weighted choice among task kinds."""

    __slots__ = ("_cumulative", "_kinds", "weights")

    def __init__(self, weights: Mapping[TaskKind, float]):
        if not weights or any(weight < 0 for weight in weights.values()):
            raise ValueError("a task mix needs at least one kind and no negative weights")
        total = sum(weights.values())
        if total <= 0:
            raise ValueError("a task mix needs a positive total weight")
        self.weights = {kind: weight / total for kind, weight in weights.items() if weight > 0}
        self._kinds = list(self.weights)
        running = 0.0
        self._cumulative: list[float] = []
        for kind in self._kinds:
            running += self.weights[kind]
            self._cumulative.append(running)

    @classmethod
    def parse(cls, spec: str) -> TaskMix:
        """Parse ``chat=50,food=20,reminder=20,gamification=10``."""
        weights: dict[TaskKind, float] = {}
        for part in spec.split(","):
            name, sep, value = part.partition("=")
            try:
                kind = TaskKind(name.strip().lower())
                weights[kind] = float(value)
            except ValueError:
                raise ValueError(
                    f"bad mix entry {part!r}: expected KIND=WEIGHT with KIND one of "
                    f"{', '.join(sorted(_GENERATORS))} or probe"
                ) from None
            if not sep:
                raise ValueError(f"bad mix entry {part!r}: expected KIND=WEIGHT")
        return cls(weights)

    def pick(self, rng: random.Random) -> TaskKind:
        """Draw a kind."""
        roll = rng.random()
        for kind, edge in zip(self._kinds, self._cumulative, strict=True):
            if roll < edge:
                return kind
        return self._kinds[-1]

    def describe(self) -> str:
        """``chat=50%, food=20%...`` for reports."""
        return ", ".join(f"{kind}={share:.0%}" for kind, share in self.weights.items())


_FIRST_NAMES: Final = (
    "Ann", "Ben", "Chloé", "Dmitri", "Eva", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kemi",
    "Lars", "Maya", "Nikos", "Olga", "Pedro", "Quinn", "Rosa", "Sven", "Tariq", "Uma", "Viktor",
    "Wen", "Ximena", "Yusuf", "Zoë", "Aleksandra", "Björn", "Carmen", "Deepa",
)  # fmt: skip
_LANGUAGES: Final = ("en",) * 14 + ("en-GB", "de", "es", "fr", "pt-br", "uk")


@dataclass(frozen=True, slots=True)
class Persona:
    """The Telegram identity of a virtual user."""

    user_id: int
    first_name: str
    username: str | None
    language_code: str | None


def persona(user_id: int, rng: random.Random) -> Persona:
    """A plausible Telegram profile; some users have no username or language."""
    name = rng.choice(_FIRST_NAMES)
    username = f"{name.lower()}_{user_id % 100_000}" if rng.random() < 0.7 else None
    language = rng.choice(_LANGUAGES) if rng.random() < 0.95 else None
    return Persona(user_id, name, username, language)


@dataclass(frozen=True, slots=True)
class Task:
    """One message a virtual user sends, and what it is for."""

    kind: TaskKind
    text: str


class PhraseBook:
    """Pre-drawn phrasings per task kind, so that a message costs one ``choice`` at run time.

    Drawing a phrasing builds many strings; with thousands of messages per second that would
    make loadgen's own CPU a noticeable share of what it measures. A few thousand distinct
    phrasings per kind, drawn once from the run's seed, keep the traffic just as varied.
    """

    __slots__ = ("_pools",)

    def __init__(self, seed: int, *, size: int = 3000, typo_rate: float = 0.08):
        rng = random.Random(seed)
        self._pools = {
            kind: [phrase(kind, rng, typo_rate) for _ in range(size)] for kind in _GENERATORS
        }

    def pick(self, kind: TaskKind, rng: random.Random) -> str:
        """A phrasing for the kind."""
        return rng.choice(self._pools[kind])

    def distinct(self, kind: TaskKind) -> int:
        """How many different phrasings the kind has."""
        return len(set(self._pools[kind]))


def next_task(
    mix: TaskMix, book: PhraseBook, rng: random.Random, *, user_id: int, sequence: int
) -> Task:
    """The user's next message; probes carry ``user_id`` and ``sequence`` as a unique token."""
    kind = mix.pick(rng)
    if kind is TaskKind.PROBE:
        return Task(kind, probe_command(user_id, sequence))
    return Task(kind, book.pick(kind, rng))


def probe_command(user_id: int, sequence: int) -> str:
    """An unknown command that the bot's "unknown command" reply quotes back."""
    return f"/probe_{user_id}_{sequence}"


def choose_button(
    rng: random.Random, keyboard: Sequence[Sequence[Mapping[str, object]]]
) -> str | None:
    """The callback data of a random callback button of an inline keyboard (None if none)."""
    choices = [
        str(button["callback_data"])
        for row in keyboard
        for button in row
        if button.get("callback_data") is not None
    ]
    return rng.choice(choices) if choices else None
