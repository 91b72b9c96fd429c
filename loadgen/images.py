"""The food photos the fakes understand; they live in the product, in healthbot.offline."""

from healthbot.offline.images import food_photo

__all__ = ["food_photo"]
