"""English texts (HTML parse mode)."""

from healthbot.texts.catalog import Texts

EN = Texts(
    unknown_command="I don't know the command {command}. Send /help to see the ones I know.",
    unknown_command_like="I don't know the command {command}. Did you mean {like}?",
    free_text=(
        "Thanks for your message! Chatting with the coach is not switched on yet, "
        "but the commands are: /log 2 eggs and a slice of toast logs a meal, "
        "/water 500ml water, /weight 72.5 a weigh-in, /today shows your day. "
        "Send /help for all of them."
    ),
    free_text_in_dialog=(
        "A question above is waiting for your answer (or tap its Skip; /cancel leaves it), "
        "so I can't chat just now. Commands work meanwhile: /log 2 eggs and a slice of toast "
        "logs a meal, /water 500ml water, /today shows your day."
    ),
    not_text=(
        "I can read text and photos of meals, not this kind of message. Please describe it "
        "in words, "
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
    unreadable_update=(
        "Sorry, I couldn't read your last message (it holds characters I cannot keep). "
        "Please send it again in other words."
    ),
    slow_down=(
        "You're sending messages faster than I can answer. I'll get to each of them; "
        "please give me a moment before sending more."
    ),
    stale_button="That button doesn't work any more. Send /help to see what I can do.",
)
