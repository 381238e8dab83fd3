"""The shared cache, failing open: Redis down must not take the workbench down with it.

Everything the workbench keeps in the cache can be done without: cached responses are computed
again, throttle and lockout counters start from zero (throttling is off while Redis is), and the
debounce keys of background work let each change queue its task. So while Redis is unreachable a
read answers "not there" and a write is dropped, with one warning a minute in the log, instead of
every page, API call and login failing with a 500. (Sessions live in the database for the same
reason: ``settings.SESSION_ENGINE``.)
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

log = logging.getLogger(__name__)
UNREACHABLE = (RedisConnectionError, RedisTimeoutError)
WARN_EVERY_SECONDS = 60
_warned_at = 0.0


def _warn(exc: Exception) -> None:
    global _warned_at
    now = time.monotonic()
    if now - _warned_at > WARN_EVERY_SECONDS:
        _warned_at = now
        log.warning("Redis unreachable (%s): caching and throttling are off until it is back", exc)


def _fail_open(method: Callable, fallback: Callable) -> Callable:
    """``method``, answering ``fallback(*args)`` instead of raising while Redis is unreachable."""

    @functools.wraps(method)
    def call(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except UNREACHABLE as exc:
            _warn(exc)
            return fallback(*args, **kwargs)

    return call


def _get_default(key, default=None, version=None):
    return default


#: What each operation answers while Redis is down: nothing is there, nothing was stored — but
#: ``add`` says "added", so that work it guards (a debounced task) goes ahead rather than never.
_FALLBACKS: dict[str, Callable] = {
    "add": lambda *a, **k: True,
    "get": _get_default,
    "set": lambda *a, **k: None,
    "touch": lambda *a, **k: False,
    "delete": lambda *a, **k: False,
    "get_many": lambda *a, **k: {},
    "has_key": lambda *a, **k: False,
    "incr": lambda key, delta=1, version=None: delta,
    "set_many": lambda data, *a, **k: list(data),
    "delete_many": lambda *a, **k: None,
    "clear": lambda *a, **k: False,
}


class FailOpenRedisCache(RedisCache):
    """Django's Redis cache, failing open (see the module's docstring)."""


for _name, _fallback in _FALLBACKS.items():
    setattr(FailOpenRedisCache, _name, _fail_open(getattr(RedisCache, _name), _fallback))
