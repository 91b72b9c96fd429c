"""Reminders: natural-language schedules, the scheduler, and delivery."""
