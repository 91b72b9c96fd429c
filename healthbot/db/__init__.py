"""PostgreSQL access: the connection pool, migrations, and the query helpers repositories use."""

from healthbot.db.pool import Database, default_pool_size

__all__ = ["Database", "default_pool_size"]
