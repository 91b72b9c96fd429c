"""English texts (HTML parse mode)."""

from healthbot.texts.catalog import Texts

EN = Texts(
    welcome_new=(
        "Hi {name}! I'm your health coach. 🌱\n\n"
        "I help you keep track of meals, water and weight, remind you of what matters, "
        "and cheer you on with XP and streaks.\n\n"
        "Send /help to see what I can do."
    ),
    welcome_back="Welcome back, {name}! Send /help to see what I can do.",
    help=("<b>What I can do</b>\n\n{commands}\n\nJust write to me in plain words, too."),
    commands=(
        ("start", "start or restart the bot"),
        ("help", "list the commands"),
    ),
    unknown_command="I don't know the command {command}. Send /help to see the ones I know.",
    free_text=(
        "Thanks for your message! Chatting with the coach is not switched on yet; "
        "send /help to see what I can do."
    ),
    not_text=(
        "I can only read text messages for now. Please describe it in words, "
        'for example "2 eggs and a slice of toast".'
    ),
    edited_message=(
        "I noticed you edited a message. I work with new messages only, "
        "so please send the correction as a new message."
    ),
    internal_error=(
        "Sorry, something went wrong on my side and I couldn't finish that. "
        "Please try again in a moment. (ref {request_id})"
    ),
)
