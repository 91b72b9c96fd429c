"""The reply ledger's old import path; the ledger is `healthbot.telegram.ledger`.

Kept only for `app.py`'s import of `OutboxRepository`, until that line imports from `ledger`;
new code imports from `ledger`.
"""

from healthbot.telegram.ledger import OutboxRepository

__all__ = ["OutboxRepository"]
