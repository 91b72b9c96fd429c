"""What the tests share: databases, waiting, user ids, bots to drive (in-process or as a
process), clocks, and the handler-level harness.

Test modules import helpers from here (or get them as fixtures from a conftest), never from
another test module: a test module is free to change without breaking others
(tests/test_suite_layout.py checks it).
"""
