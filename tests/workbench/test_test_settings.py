"""The suite's own settings."""

from django.contrib.auth.hashers import get_hasher


def test_tests_hash_passwords_with_a_fast_hasher():
    assert get_hasher().algorithm == "md5"
