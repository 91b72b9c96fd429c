"""healthbot: a health-coach Telegram bot run as one asyncio daemon."""

__version__ = "0.1.0"
