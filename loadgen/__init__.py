"""Load generation and offline fakes: a fake Telegram Bot API server, virtual users, reports."""
