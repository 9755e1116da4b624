"""``gunicorn stagenorm.web.wsgi:app``: the ops webhook configured from the environment.

Prefer ``stagenorm serve``, which runs the pre-flight checks first and sets
``PROMETHEUS_MULTIPROC_DIR`` for the workers. When you run gunicorn yourself, export
``PROMETHEUS_MULTIPROC_DIR`` (an empty directory) before it starts.
"""

from __future__ import annotations

from stagenorm.webhook import create_app

app = create_app()
