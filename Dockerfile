# The stagenorm application image: the ops webhook (stagenorm serve) and the CLI.
FROM python:3.11-slim-bookworm
RUN apt-get update \
 && apt-get install -y --no-install-recommends postgresql-client-15 \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.lock pyproject.toml README.md alembic.ini ./
RUN pip install --no-cache-dir -r requirements.lock
COPY stagenorm stagenorm
COPY webhook webhook
COPY alembic alembic
COPY sql sql
RUN pip install --no-cache-dir --no-deps -e .
EXPOSE 8080
CMD ["sh", "-c", "stagenorm migrate && stagenorm serve --host 0.0.0.0 --port 8080"]
