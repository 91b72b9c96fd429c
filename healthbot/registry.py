"""The features the daemon runs, in the order their routers see an update.

Adding a feature: its folder `healthbot/<feature>/` and one line here.
"""

from healthbot import (
    barcodes,
    coach,
    gamification,
    journal,
    meals,
    nutrition,
    profile,
    reminders,
    tracking,
)
from healthbot.feature import Feature

FEATURES: tuple[Feature, ...] = (
    profile.FEATURE,
    tracking.FEATURE,
    meals.FEATURE,
    journal.FEATURE,  # /history and /undo over the features' logbooks
    reminders.FEATURE,
    gamification.FEATURE,
    nutrition.FEATURE,  # the Nutrients view (/today's button), /stats' expenditure
    barcodes.FEATURE,  # before the coach: a photo of a barcode is a product, not a meal
    coach.FEATURE,  # last: free text that no dialog is waiting for
)
