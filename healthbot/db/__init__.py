"""PostgreSQL access: the connection pool, migrations, and the query helpers repositories use."""

from healthbot.db.pool import Database, Joined, default_pool_size
from healthbot.db.sessions import open_held_session

__all__ = ["Database", "Joined", "default_pool_size", "open_held_session"]
