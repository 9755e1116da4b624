"""The ops webhook, installed as ``stagenorm.web``: every module of it lives here.

- ``app``: ``create_app(settings, store)``, the Flask factory (routes as
  ``docs/api/ops-stage-validation.yml``).
- ``signing``: Standard Webhooks signatures over the raw body.
- ``replay``: replay keys claimed in ``stagenorm.webhook_delivery`` (Redis a cache only).
- ``serve``: ``stagenorm serve`` (pre-flight, then gunicorn's threaded workers).
- ``ops_client``: the signed client behind ``stagenorm mode set --via URL``.
- ``wsgi``: ``gunicorn stagenorm.web.wsgi:app``, or better ``stagenorm serve``.

The repository keeps this folder at its top (``webhook/``); the wheel installs it inside
the package as ``stagenorm.web`` (``package-dir`` in pyproject.toml), so no generic
top-level ``webhook`` package is installed. Its modules import each other relatively
(``from . import signing``), which also lets mypy, which checks the folder as ``webhook``,
follow them.
"""
