"""The bot with no token, network or servers: the stand-ins the product runs on, offline.

`healthbot chat` and `healthbot demo` run the real daemon (`daemon`) against the fake
Telegram (`telegram`), and the coach answers with the stand-in model (`anthropic`) when no
API key is set. loadgen drives the same fakes under load; the product never imports loadgen.
"""
