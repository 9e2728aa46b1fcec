"""Plain helpers of the tests (builders, sample data, local servers), imported normally.

Fixtures live in tests/fixtures/, registered as plugins by tests/conftest.py."""
