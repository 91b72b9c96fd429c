"""healthbot: a health-coach Telegram bot run as one asyncio daemon."""

from healthbot import lazy_schemas

__version__ = "0.1.0"

# Before anything imports aiogram: its types' schemas are built when first used.
lazy_schemas.install()
