"""Everything that speaks Telegram: polling, middlewares, API-call metrics, fallback replies."""
