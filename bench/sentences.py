"""1,000 varied sentences for comparing two embedding models (bench/embedding_agreement.py):
what users tell the coach, what they ask, food logs, food names from the food tables, other
languages, emoji, typos, numbers, single words, the empty string and texts past the model's
256 tokens. The same list on every run (a fixed seed)."""

from __future__ import annotations

import random
from pathlib import Path

_DATA = Path(__file__).resolve().parent.parent / "healthbot" / "food" / "data"

TEMPLATES = (
    "I'm allergic to {}",
    "I really dislike the taste of {}",
    "I eat {} almost every day",
    "My doctor told me to cut down on {}",
    "I'm trying to eat more {}",
    "{} gives me a stomach ache",
    "My kids love {}",
    "I had {} for dinner last night and felt great",
    "what can I cook with {}?",
    "is {} healthy?",
    "how many calories are in {}",
    "/log 2 {}",
    "can I replace {} with something lighter",
    "I never buy {} anymore",
    "{}",
)
QUESTIONS = (
    "what snack should I have this afternoon?",
    "which foods should I avoid?",
    "plan a dinner for me tonight",
    "what do I usually eat?",
    "is there anything I can't eat?",
    "suggest a breakfast for tomorrow",
    "why does my stomach hurt after meals?",
    "how much water should I drink a day?",
    "I walked 10,000 steps today, how many calories did I burn?",
    "my weight went up 2 kg this week, what happened?",
    "remind me to drink water every two hours",
    "I slept badly again",
    "I'm vegetarian since March",
    "I train for a marathon in October",
    "I work night shifts on weekends",
    "I'm pregnant, what should I change?",
    "I have type 2 diabetes",
    "my blood pressure is high",
    "thanks!",
    "ok",
)
OTHER_LANGUAGES = (
    "Ich esse gern Äpfel und Käse",
    "Je suis allergique aux arachides",
    "Me gusta mucho el pescado",
    "Я не ем мясо",
    "我喜欢吃米饭",
    "私は卵アレルギーです",
    "أنا نباتي",
    "Eu bebo café todas as manhãs",
    "Jestem uczulony na orzechy",
    "Non mangio glutine",
    "मुझे चावल पसंद है",
    "Ben laktoz intoleransım var",
)
ODD = (
    "",
    " ",
    "🍎🥚🥑",
    "emoji 🍎🥚, a NUL \x00 and a right-to-left mark \u200f",
    "!!!???...",
    "12345",
    "250ml",
    "a",
    "http://example.com/food?item=1",
    "ALL CAPS ARE LOUD",
    "tabs\tand\nnew lines",
)


def _foods() -> list[str]:
    names: list[str] = []
    for line in "\n".join(
        path.read_text() for path in sorted(_DATA.glob("common_names_*.tsv"))
    ).splitlines():
        if line and not line.startswith("#"):
            fields = line.split("\t")
            names.append(fields[0])
            if len(fields) > 2 and fields[2]:
                names.append(fields[2])
    return names


def _typo(text: str, rng: random.Random) -> str:
    if len(text) < 4:
        return text
    i = rng.randrange(len(text) - 1)
    return text[:i] + text[i + 1] + text[i] + text[i + 2 :]


def sentences(count: int = 1000, seed: int = 23) -> list[str]:
    """`count` sentences, the same for the same seed."""
    rng = random.Random(seed)  # noqa: S311 - the same sentences each run, not secrets
    foods = _foods()
    fixed = [*QUESTIONS, *OTHER_LANGUAGES, *ODD]
    long_texts = [
        "peanut " * 400,
        " ".join(rng.choice(foods) for _ in range(300)),
        ". ".join(rng.choice(QUESTIONS) for _ in range(40)),
    ]
    out = [*fixed, *long_texts]
    while len(out) < count:
        kind = rng.random()
        food = rng.choice(foods)
        if kind < 0.55:
            text = rng.choice(TEMPLATES).format(food)
        elif kind < 0.7:
            text = f"{rng.choice(TEMPLATES).format(food)} and {rng.choice(foods)}"
        elif kind < 0.8:
            text = f"{rng.choice(QUESTIONS)} {rng.choice(TEMPLATES).format(food)}"
        elif kind < 0.88:
            text = _typo(rng.choice(TEMPLATES).format(food), rng)
        elif kind < 0.94:
            grams, cups = rng.randint(1, 900), rng.randint(1, 3)
            text = f"{grams} g {food}, {cups} cups of {rng.choice(foods)}"
        else:
            text = f"{rng.choice(OTHER_LANGUAGES)} {food}"
            text = text.upper() if rng.random() < 0.3 else text
        out.append(text)
    return out[:count]
