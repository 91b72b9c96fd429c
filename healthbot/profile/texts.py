"""The profile feature's texts (HTML parse mode), one object per language."""

from dataclasses import dataclass

from healthbot.texts import Catalog


@dataclass(frozen=True, slots=True)
class ProfileTexts:
    """Greetings, the help page, and the commands this feature adds to the menu."""

    welcome_new: str
    welcome_back: str
    help: str
    commands: tuple[tuple[str, str], ...]
    erase_confirm: str
    erase_yes: str
    erase_no: str
    erase_done: str
    erase_cancelled: str


EN = ProfileTexts(
    welcome_new=(
        "Hi {name}! I'm your health coach. 🌱\n\n"
        "I help you keep track of meals, water and weight, remind you of what matters, "
        "and cheer you on with XP and streaks.\n\n"
        "Send /help to see what I can do."
    ),
    welcome_back="Welcome back, {name}! Send /help to see what I can do.",
    help="<b>What I can do</b>\n\n{commands}\n\nJust write to me in plain words, too.",
    commands=(
        ("start", "start or restart the bot"),
        ("help", "list the commands"),
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
)

TEXTS = Catalog({"en": EN})
