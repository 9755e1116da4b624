# The stagenorm application image: the ops webhook (stagenorm serve) and the CLI.
# It runs the wheel, as an application installs it: no checkout in the image.
FROM python:3.11-slim-bookworm AS wheel
WORKDIR /src
COPY pyproject.toml README.md ./
COPY stagenorm stagenorm
COPY webhook webhook
COPY alembic alembic
COPY sql sql
RUN pip wheel --no-cache-dir --no-deps -w /dist .

FROM python:3.11-slim-bookworm
RUN apt-get update \
 && apt-get install -y --no-install-recommends postgresql-client-15 \
 && rm -rf /var/lib/apt/lists/*
COPY requirements.lock /tmp/requirements.lock
RUN pip install --no-cache-dir -r /tmp/requirements.lock
COPY --from=wheel /dist /tmp/dist
RUN pip install --no-cache-dir --no-deps /tmp/dist/stagenorm-*.whl && rm -rf /tmp/dist
WORKDIR /srv
EXPOSE 8080
CMD ["sh", "-c", "stagenorm migrate && stagenorm serve --host 0.0.0.0 --port 8080"]
