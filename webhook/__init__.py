"""WSGI entry point of the ops webhook: ``gunicorn webhook.wsgi:app`` (or ``stagenorm serve``)."""
