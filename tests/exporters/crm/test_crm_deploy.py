"""``deploy`` against a small HTTP server on 127.0.0.1 that plays HubSpot and Pipedrive.

The server records every request (method, path, headers, body) and answers like the CRM:
201 with the created object, or the error a test queues (401, 409, 429 with Retry-After).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from journey_studio.exporters.crm.deploy import DeployError, deploy
from journey_studio.templates import workshop_from_template

TOKEN = "pat-eu1-secret-token-1234"


@dataclass
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: Any
    raw: bytes


@dataclass
class FakeCrm:
    url: str
    received: list[Received] = field(default_factory=list)
    errors: list[tuple[int, dict[str, str], dict[str, Any]]] = field(default_factory=list)
    """Answers to give, first in first out, before answering normally."""
    next_id: int = 100


def _handler(crm: FakeCrm) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            raw = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            crm.received.append(
                Received(self.command, self.path, dict(self.headers), json.loads(raw), raw)
            )
            if crm.errors:
                status, headers, body = crm.errors.pop(0)
            else:
                crm.next_id += 1
                status, headers = (200 if self.command == "PATCH" else 201), {}
                body = {"id": str(crm.next_id), "success": True, "data": {"id": crm.next_id}}
            data = json.dumps(body).encode()
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_POST = do_PATCH = _answer  # noqa: N815 (http.server's naming)

        def log_message(self, *_args: object) -> None:
            pass

    return Handler


@pytest.fixture
def fake_crm(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeCrm]:
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    monkeypatch.setenv("no_proxy", "127.0.0.1")
    crm = FakeCrm("")
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(crm))
    crm.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield crm
    server.shutdown()
    server.server_close()
    thread.join()


def _deploy(crm: FakeCrm, target: str, **options: Any):
    lines: list[str] = []
    environ = options.pop("environ", {"HUBSPOT_TOKEN": TOKEN, "PIPEDRIVE_API_TOKEN": TOKEN})
    report = deploy(
        workshop_from_template("b2b-lifecycle", "en"),
        target,
        environ=environ,
        base_url=crm.url,
        say=lines.append,
        **options,
    )
    return report, lines


def _token_only_in_its_header(crm: FakeCrm, header: str, value: str) -> None:
    for request in crm.received:
        assert request.headers[header] == value
        assert TOKEN not in request.path
        assert TOKEN.encode() not in request.raw
        others = {k: v for k, v in request.headers.items() if k != header}
        assert TOKEN not in json.dumps(others)


def test_hubspot_requests_arrive_in_order_with_the_token_in_the_header(fake_crm):
    report, lines = _deploy(fake_crm, "hubspot")

    assert [(r.method, r.path) for r in fake_crm.received] == [
        ("POST", "/crm/v3/pipelines/tickets"),
        ("POST", "/crm/v3/pipelines/deals"),
        ("POST", "/crm/v3/pipelines/tickets"),
        ("POST", "/crm/v3/pipelines/deals"),
        ("PATCH", "/crm/v3/properties/contacts/lifecyclestage"),
        ("POST", "/crm/v3/properties/contacts"),
        ("POST", "/crm/v3/properties/contacts"),
        ("POST", "/crm/v3/properties/deals"),
        ("POST", "/crm/v3/properties/contacts"),
        ("POST", "/crm/v3/properties/companies"),
    ]
    assert [r.body.get("label") for r in fake_crm.received[:4]] == [
        "Marketing",
        "Sales",
        "Onboarding",
        "Customer Success",
    ]
    assert fake_crm.received[1].body["stages"][0] == {
        "displayOrder": 0,
        "label": "Identified",
        "metadata": {"probability": "0.1"},
    }
    _token_only_in_its_header(fake_crm, "Authorization", f"Bearer {TOKEN}")
    assert len(report.sent) == 10
    assert not any(TOKEN in line for line in lines)


def test_pipedrive_creates_each_pipeline_then_its_stages_with_the_id_it_got(fake_crm):
    report, _lines = _deploy(fake_crm, "pipedrive")

    paths = [r.path for r in fake_crm.received]
    assert paths[:6] == ["/api/v2/pipelines"] + ["/api/v2/stages"] * 3 + [
        "/api/v2/pipelines",
        "/api/v2/stages",
    ]
    pipeline_ids: list[int] = []
    current = None
    for number, request in enumerate(fake_crm.received, start=101):
        if request.path == "/api/v2/pipelines":
            current = number
            pipeline_ids.append(number)
        else:
            assert request.body["pipeline_id"] == current
    assert len(pipeline_ids) == 4
    assert fake_crm.received[0].body == {"is_deal_probability_enabled": False, "name": "Marketing"}
    _token_only_in_its_header(fake_crm, "X-Api-Token", TOKEN)
    assert report.sent[0] == ("POST", "/api/v2/pipelines", 201)


def test_a_429_is_retried_after_the_delay_it_gives(fake_crm):
    fake_crm.errors = [
        (429, {"Retry-After": "3"}, {"message": "slow down"}),
        (429, {"Retry-After": "1"}, {"message": "slow down"}),
    ]
    waited: list[float] = []

    report, lines = _deploy(fake_crm, "hubspot", sleep=waited.append)

    assert waited == [3.0, 1.0]
    assert [r.path for r in fake_crm.received[:3]] == ["/crm/v3/pipelines/tickets"] * 3
    assert fake_crm.received[0].body == fake_crm.received[2].body
    assert len(report.sent) == 10
    assert "HubSpot asks to slow down; trying again in 3 s." in lines


def test_a_401_gives_one_sentence_and_stops(fake_crm):
    fake_crm.errors = [(401, {}, {"status": "error", "message": "Authentication credentials"})]

    with pytest.raises(DeployError) as raised:
        _deploy(fake_crm, "hubspot")

    assert str(raised.value) == (
        "HubSpot refused the token in HUBSPOT_TOKEN (401 Unauthorized): set it to a valid, "
        "current token; 0 requests had gone through before."
    )
    assert len(fake_crm.received) == 1


def test_a_409_on_a_duplicate_label_names_it(fake_crm):
    fake_crm.errors = [(201, {}, {"id": "1"}), (409, {}, {"message": "duplicate label"})]

    with pytest.raises(DeployError) as raised:
        _deploy(fake_crm, "hubspot")

    assert str(raised.value) == (
        "HubSpot already has 'Sales' (POST /crm/v3/pipelines/deals: 409 Conflict): rename or "
        "archive the existing one first; 1 request had gone through before."
    )


def test_other_errors_quote_the_crm_explanation(fake_crm):
    fake_crm.errors = [(400, {}, {"success": False, "error": "Name is too long"})]

    with pytest.raises(DeployError, match=r"Pipedrive answered 400 Bad Request to POST "):
        _deploy(fake_crm, "pipedrive")


def test_without_a_token_nothing_is_sent_and_the_variable_is_named(fake_crm):
    with pytest.raises(DeployError) as raised:
        _deploy(fake_crm, "pipedrive", environ={})

    assert str(raised.value) == (
        "Set the PIPEDRIVE_API_TOKEN environment variable to your Pipedrive API token; "
        "nothing was sent."
    )
    assert fake_crm.received == []


def test_a_dry_run_prints_every_request_and_sends_nothing(fake_crm):
    report, lines = _deploy(fake_crm, "hubspot", dry_run=True, environ={})

    assert fake_crm.received == []
    assert report.sent == []
    requests = [line for line in lines if line.startswith(("POST ", "PATCH "))]
    assert len(requests) == 10
    first = requests[0].split("\n", 1)
    assert first[0] == f"POST {fake_crm.url}/crm/v3/pipelines/tickets"
    assert json.loads(first[1])["label"] == "Marketing"


def test_an_unreachable_crm_gives_one_sentence(fake_crm):
    with pytest.raises(DeployError, match=r"^Journey Studio could not reach HubSpot at "):
        deploy(
            workshop_from_template("simple", "en"),
            "hubspot",
            environ={"HUBSPOT_TOKEN": TOKEN},
            base_url="http://127.0.0.1:9",
            say=lambda _line: None,
        )
