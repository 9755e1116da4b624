"""``gunicorn stagenorm.web.wsgi:app``: the ops webhook configured from the environment.

Prefer ``stagenorm serve``, which also sets ``PROMETHEUS_MULTIPROC_DIR`` for the workers and
serves with threaded workers that survive slow clients. When you run gunicorn yourself,
export ``PROMETHEUS_MULTIPROC_DIR`` (an empty directory) before it starts, and run it with
``--worker-class gthread --threads 8`` (a sync worker is held by one client that stalls
mid-request).

The same pre-flight as ``stagenorm serve`` runs when a worker loads this module
(:func:`stagenorm.preflight.require`): each problem is one JSON log line, and an error
(a secret or token under 32 characters, a database not at head...) stops the worker from
booting, so gunicorn exits instead of serving.
"""

from __future__ import annotations

import logging

from stagenorm import logs, preflight
from stagenorm.config import Settings

from .app import create_app

if not logging.getLogger("stagenorm").handlers:
    logs.configure()
_settings = Settings.from_env()
preflight.require(_settings, logging.getLogger("stagenorm.wsgi"))
app = create_app(_settings)
