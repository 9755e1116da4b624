"""Secrets out of every message: connection-string passwords, webhook secrets, tokens.

stagenorm never prints a connection string with its password, and never a webhook
secret or bearer token. Two layers do it:

- :func:`redact` masks what looks like a secret in any text: the password of a URL's
  user-info (``postgresql://u:PASSWORD@h``, ``rediss://:PASSWORD@h``), ``password=`` and
  ``sslpassword=`` in a keyword connection string or a URL query, and every value
  :func:`register`\\ ed or found in the URLs passed along. The last one matters where
  libpq quotes a fragment of a URL it cannot parse (``invalid percent-encoded token:
  "s3cr%zt"``): no pattern recognises that fragment as a password, but its exact text is
  known.
- :func:`register` remembers secrets for the life of the process
  (:meth:`stagenorm.config.Settings.from_env` registers the passwords of ``DATABASE_URL``
  and ``REDIS_URL``, the webhook secrets and the token), and the JSON log formatter
  (:class:`stagenorm.logs.JsonFormatter`), pre-flight problems and the CLI's error lines
  all pass through :func:`redact`.
"""

from __future__ import annotations

import re
import threading
from urllib.parse import parse_qsl, unquote, urlsplit

MASK = "***"
MIN_REGISTERED = 4  # shorter values would mask ordinary words; the patterns still catch them

# scheme://user:PASSWORD@  (the password runs to the last @ before the host part)
_URL_USERINFO = re.compile(r"(?P<head>\b[A-Za-z][A-Za-z0-9+.-]*://[^\s:/?#@'\"]*:)(?P<secret>[^\s/?#'\"]*)(?=@)")
# password=... / sslpassword=... in a keyword conninfo ('quoted' or bare) or a URL query
_KEYWORD = re.compile(
    r"(?P<head>\b(?:ssl)?password\s*=\s*)(?P<secret>'(?:[^'\\]|\\.)*'?|[^\s&'\"]+)", re.IGNORECASE)

_lock = threading.Lock()
_registered: set[str] = set()


def secrets_of(url: str | None) -> list[str]:
    """The secrets a connection string carries, as written and percent-decoded."""
    if not url:
        return []
    found: list[str] = []
    for match in _URL_USERINFO.finditer(url):
        found.append(match.group("secret"))
    for match in _KEYWORD.finditer(url):
        found.append(match.group("secret").strip("'"))
    try:
        query = urlsplit(url).query if "://" in url else ""
        found += [v for k, v in parse_qsl(query, keep_blank_values=True) if k.lower() in ("password", "sslpassword")]
    except ValueError:
        pass
    decoded = [unquote(value, errors="strict") for value in found if "%" in value and _decodes(value)]
    return [value for value in dict.fromkeys(found + decoded) if value]


def _decodes(value: str) -> bool:
    try:
        unquote(value, errors="strict")
    except UnicodeDecodeError:
        return False
    return True


def _registrable(value: str | None) -> bool:
    # A short or all-letter value ("stagenorm", as docker-compose's example password is) would
    # mask ordinary words in every log line. libpq never quotes such a password on its own (it
    # quotes the token it cannot parse, which has a "%"), and the patterns mask it in a URL.
    return bool(value) and len(value or "") >= MIN_REGISTERED and not (value or "").isalpha()


def register(*values: str | None) -> None:
    """Remember secrets to mask in every later message of this process (values of at least
    ``MIN_REGISTERED`` characters that are not all letters; see :func:`_registrable`)."""
    with _lock:
        _registered.update(v for v in values if v and _registrable(v))


def register_url(url: str | None) -> None:
    register(*secrets_of(url))


def redact(text: str, *urls: str | None) -> str:
    """``text`` with every secret masked (see the module documentation)."""
    if not text:
        return text
    masked = _URL_USERINFO.sub(lambda m: m.group("head") + MASK, text)
    masked = _KEYWORD.sub(lambda m: m.group("head") + MASK, masked)
    with _lock:
        known = set(_registered)
    for url in urls:
        known.update(v for v in secrets_of(url) if _registrable(v))
    for secret in sorted(known, key=len, reverse=True):  # the longest first: one may contain another
        if secret and secret != MASK:
            masked = masked.replace(secret, MASK)
    return masked


def redact_url(url: str | None) -> str:
    """A connection string fit to print: the password and sslpassword masked."""
    return redact(url or "", url)
