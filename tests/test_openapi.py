"""docs/api/ops-stage-validation.yml describes exactly what is served: schemathesis against the live app."""

from __future__ import annotations

import base64
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
import schemathesis
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import DataGenerationMethod, GenerationConfig
from schemathesis.checks import ALL_CHECKS

from stagenorm.config import Settings
from stagenorm.web import signing
from stagenorm.web.app import create_app
from tests.test_webhook_live import SECRET, TOKEN, Live, serve_process

schemathesis.experimental.OPEN_API_3_1.enable()

# schemathesis 3.x still subclasses jsonschema's deprecated RefResolver (imported lazily, on first
# use); that warning is theirs, not ours. Everything else stays an error (filterwarnings=error).
pytestmark = pytest.mark.filterwarnings("ignore:jsonschema.RefResolver is deprecated:DeprecationWarning")

SPEC = Path(__file__).resolve().parents[1] / "docs" / "api" / "ops-stage-validation.yml"
EXAMPLES = 40  # per operation and authentication variant; the whole file stays well under a minute


def spec() -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load(SPEC.read_text("utf-8"))
    return document


def test_spec_is_openapi_3_1_and_valid() -> None:
    assert spec()["openapi"].startswith("3.1.")
    schema = schemathesis.from_path(SPEC, validate_schema=True)
    assert {op.ok().verbose_name for op in schema.get_all_operations()}


def test_spec_routes_are_exactly_the_app_routes() -> None:
    app = create_app(Settings(database_url="postgresql://unused@127.0.0.1:1/none", webhook_secrets=(SECRET,),
                              webhook_token=TOKEN))  # nothing connects until a request needs it
    served = {
        (rule.rule, method)
        for rule in app.url_map.iter_rules() if rule.endpoint != "static"
        for method in (rule.methods or set()) - {"HEAD", "OPTIONS"}
    }
    described = {
        (path, method.upper())
        for path, item in spec()["paths"].items()
        for method in item if method in {"get", "put", "post", "delete", "patch"}
    }
    assert served == described


def test_every_error_code_in_the_spec_is_produced() -> None:
    """The Error.error description lists the stable codes; each one is a string the app emits."""
    folder = Path(__file__).resolve().parents[1] / "webhook"
    text = "".join(path.read_text() for path in sorted(folder.glob("*.py")) if path.name != "signing.py")
    signing_text = (folder / "signing.py").read_text()
    description = spec()["components"]["schemas"]["Error"]["properties"]["error"]["description"]
    codes = description.split("(", 1)[1].rstrip(").").split(", ")
    for code in codes:
        if code.startswith("signature_") and code not in text:
            assert f'"{code.removeprefix("signature_")}"' in signing_text, code
        else:
            assert f'"{code}"' in text, code


@pytest.fixture(scope="module")
def live_module(pg_server: Any, template_db: str, redis_server: Any) -> Iterator[Live]:
    from tests.conftest import create_database, drop_database

    name = "stagenorm_openapi_live"
    url = create_database(pg_server, name, template_db)
    try:
        with serve_process(url, redis_server.url, workers=2) as live:
            yield live
    finally:
        drop_database(pg_server, name)


def _send(live: Live, case: Any, auth: str, session: requests.Session) -> tuple[requests.Response, dict[str, str]]:
    kwargs = case.as_transport_kwargs(base_url=live.url)
    kwargs.pop("timeout", None)
    prepared = session.prepare_request(requests.Request(**kwargs))
    body = prepared.body or b""
    if isinstance(body, str):
        body = body.encode("utf-8")
    extra: dict[str, str] = {}
    if auth in ("signed", "signed-not-json"):
        extra = signing.sign(body, SECRET, msg_id=f"msg_st_{time.monotonic_ns()}", timestamp=int(time.time()))
        if auth == "signed-not-json":  # signed, but sent as text or with no Content-Type: 415
            if len(body) % 2:
                extra["Content-Type"] = "text/plain"
            else:
                prepared.headers.pop("Content-Type", None)
    elif auth == "bearer":
        extra = {"Authorization": f"Bearer {TOKEN}"}
    elif auth == "forged":
        other = "whsec_" + base64.b64encode(b"f" * 32).decode()
        extra = signing.sign(body, other, msg_id="msg_forged", timestamp=int(time.time()))
    prepared.headers.update(extra)
    return session.send(prepared, timeout=30), extra


OPERATIONS = [
    ("GET", "/ops/stage-validation-mode", ["signed", "bearer", "none", "forged"]),
    ("PUT", "/ops/stage-validation-mode", ["signed", "bearer", "none", "forged", "signed-not-json"]),
    ("POST", "/ops/alertmanager", ["bearer", "signed", "none", "forged"]),
    ("GET", "/healthz", ["none"]),
    ("GET", "/readyz", ["none"]),
    ("GET", "/metrics", ["none"]),
]


@pytest.mark.parametrize(("method", "path", "auths"), OPERATIONS, ids=[f"{m} {p}" for m, p, _ in OPERATIONS])
def test_live_app_conforms_to_the_spec(live_module: Live, method: str, path: str, auths: list[str]) -> None:
    # The signature headers are computed here over the exact body bytes, never generated.
    schema = schemathesis.from_path(SPEC, base_url=live_module.url,
                                    generation_config=GenerationConfig(with_security_parameters=False))
    operation = schema[path][method]
    session = requests.Session()
    statuses: set[int] = set()
    generations = [DataGenerationMethod.positive]
    if method != "GET":  # GETs take no parameters and no body: there is nothing to make invalid
        generations.append(DataGenerationMethod.negative)
    cases = st.one_of(*[operation.as_strategy(data_generation_method=g) for g in generations])

    @settings(max_examples=EXAMPLES * len(generations), deadline=None, database=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    @given(case=cases, auth=st.sampled_from(auths))
    def check(case: Any, auth: str) -> None:
        response, extra = _send(live_module, case, auth, session)
        statuses.add(response.status_code)
        assert response.status_code < 500, (response.status_code, response.text)
        if case.headers is None:  # schemathesis' ignored_auth check writes into it
            case.headers = {}
        checks = ALL_CHECKS
        if auth == "signed-not-json":  # refused as 415, which schemathesis' negative-data list lacks
            checks = tuple(c for c in ALL_CHECKS if c.__name__ != "negative_data_rejection")
        case.validate_response(response, checks=checks, headers=extra)

    check()
    session.close()
    assert any(200 <= s < 300 for s in statuses), statuses  # the happy path was reached too
    if path.startswith("/ops/"):
        assert 401 in statuses, statuses  # and the refusals
    if method != "GET":
        assert 422 in statuses, statuses  # signed but invalid bodies got past authentication
    if "signed-not-json" in auths:
        assert 415 in statuses, statuses  # signed bodies that are not JSON were refused as such
