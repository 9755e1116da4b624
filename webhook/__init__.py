"""The ops webhook's WSGI entry point, installed as ``stagenorm.web``.

The repository keeps this folder at its top (``webhook/``); the wheel installs it inside
the package as ``stagenorm.web`` (``package-dir`` in pyproject.toml), so no generic
top-level ``webhook`` package is installed. ``gunicorn stagenorm.web.wsgi:app``, or
better ``stagenorm serve``.
"""
