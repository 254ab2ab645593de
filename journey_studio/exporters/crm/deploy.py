"""Sending the CRM plan to HubSpot or Pipedrive over their APIs (``journey-studio deploy``).

The requests are the bodies the exports write, sent in the same order: for HubSpot the
pipelines, the lifecycle stage options and the custom properties; for Pipedrive each
pipeline, then its stages with the id Pipedrive gave the pipeline. The token comes from the
environment only (``HUBSPOT_TOKEN``, ``PIPEDRIVE_API_TOKEN``) and travels only in a request
header: never in a URL, a body, a file or a message.

A dry run prints every request (method, URL, body) and sends nothing; it needs no token.
Errors from the CRM become one sentence each (:class:`DeployError`); a 429 is retried after
the delay its ``Retry-After`` gives, a few times. Only the standard library is used
(:mod:`urllib.request`), so deploying adds no dependency.
"""

from __future__ import annotations

import json
import os
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any

from journey_studio.exporters.crm.bundle import Bundle
from journey_studio.exporters.crm.hubspot import hubspot_requests
from journey_studio.exporters.crm.pipedrive import pipedrive_files
from journey_studio.exporters.crm.plan import crm_plan

if TYPE_CHECKING:
    from journey_studio.model.workshop import Workshop

TARGETS = ("hubspot", "pipedrive")
API_URLS = {"hubspot": "https://api.hubapi.com", "pipedrive": "https://api.pipedrive.com"}
TOKEN_VARIABLES = {"hubspot": "HUBSPOT_TOKEN", "pipedrive": "PIPEDRIVE_API_TOKEN"}
CRM_NAMES = {"hubspot": "HubSpot", "pipedrive": "Pipedrive"}
MAX_TRIES = 5
"""How many times one request is sent while the CRM answers 429."""
DEFAULT_RETRY_SECONDS = 2.0
MAX_RETRY_SECONDS = 120.0
TIMEOUT_SECONDS = 30.0


class DeployError(Exception):
    """A deploy that could not go through; the message is one sentence for the consultant."""


@dataclass(frozen=True, slots=True)
class ApiCall:
    """One request to send: method, path on the API, JSON body, and what it creates."""

    method: str
    path: str
    body: dict[str, Any]
    label: str
    """The name of what it creates or changes, for messages ("Sales")."""


@dataclass
class DeployReport:
    """What a deploy sent (or, for a dry run, would send)."""

    target: str
    dry_run: bool
    sent: list[tuple[str, str, int]] = field(default_factory=list)
    """(method, path, HTTP status) of each request that went through, in order."""


def deploy(
    workshop: Workshop,
    target: str,
    *,
    dry_run: bool = False,
    environ: Mapping[str, str] | None = None,
    base_url: str | None = None,
    say: Callable[[str], None] = print,
    sleep: Callable[[float], None] = time.sleep,
) -> DeployReport:
    """Send the workshop's CRM plan to ``target`` ("hubspot" or "pipedrive").

    ``environ`` is where the token is read (the process environment by default);
    ``base_url`` replaces the CRM's API address (a test server); ``say`` prints progress and,
    for a dry run, the requests; ``sleep`` waits before retrying a 429.
    """
    if target not in TARGETS:
        raise DeployError(f"Journey Studio deploys to {' or '.join(TARGETS)}, not {target!r}.")
    environ = os.environ if environ is None else environ
    client = _Client(target, base_url or API_URLS[target], environ, dry_run, say, sleep)
    if not dry_run and not client.token:
        raise DeployError(
            f"Set the {TOKEN_VARIABLES[target]} environment variable to your "
            f"{CRM_NAMES[target]} API token; nothing was sent."
        )
    if target == "hubspot":
        _deploy_hubspot(workshop, client)
    else:
        _deploy_pipedrive(workshop, client)
    if not dry_run:
        say(f"Sent {len(client.report.sent)} requests to {CRM_NAMES[target]}.")
    return client.report


def _deploy_hubspot(workshop: Workshop, client: _Client) -> None:
    bundle = Bundle("hubspot")
    for request in hubspot_requests(crm_plan(workshop), bundle):
        body = json.loads(bundle.files[request.body])
        label = str(body.get("label") or body.get("name") or request.path.rsplit("/", 1)[-1])
        client.send(ApiCall(request.method, request.path, body, label))


def _deploy_pipedrive(workshop: Workshop, client: _Client) -> None:
    for _path, content in pipedrive_files(crm_plan(workshop), Bundle("pipedrive")):
        pipeline = content["pipeline"]
        answer = client.send(ApiCall("POST", "/api/v2/pipelines", pipeline, pipeline["name"]))
        pipeline_id = _pipedrive_id(answer) if not client.dry_run else None
        if client.dry_run:
            client.say(f"(each stage below gets the id Pipedrive returns for {pipeline['name']!r})")
        for stage in content["stages"]:
            body = {**stage, "pipeline_id": pipeline_id if pipeline_id is not None else 0}
            client.send(ApiCall("POST", "/api/v2/stages", body, stage["name"]))


def _pipedrive_id(answer: Any) -> int:
    data = answer.get("data") if isinstance(answer, dict) else None
    identifier = data.get("id") if isinstance(data, dict) else None
    if not isinstance(identifier, int) or isinstance(identifier, bool):
        raise DeployError("Pipedrive created a pipeline but did not say its id; stopped there.")
    return identifier


@dataclass
class _Client:
    target: str
    base_url: str
    environ: Mapping[str, str]
    dry_run: bool
    say: Callable[[str], None]
    sleep: Callable[[float], None]
    report: DeployReport = field(init=False)

    def __post_init__(self) -> None:
        self.report = DeployReport(self.target, self.dry_run)
        self.base_url = self.base_url.rstrip("/")

    @property
    def token(self) -> str:
        return self.environ.get(TOKEN_VARIABLES[self.target], "").strip()

    @property
    def crm(self) -> str:
        return CRM_NAMES[self.target]

    def send(self, call: ApiCall) -> Any:
        url = self.base_url + call.path
        if self.dry_run:
            body = json.dumps(call.body, ensure_ascii=False, indent=2, sort_keys=True)
            self.say(f"{call.method} {url}\n{body}")
            return None
        data = json.dumps(call.body, ensure_ascii=False, sort_keys=True).encode("utf-8")
        for attempt in range(1, MAX_TRIES + 1):
            request = urllib.request.Request(url, data=data, method=call.method)
            request.add_header("Content-Type", "application/json")
            request.add_header("Accept", "application/json")
            if self.target == "hubspot":
                request.add_header("Authorization", f"Bearer {self.token}")
            else:
                request.add_header("x-api-token", self.token)
            try:
                with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
                    status = response.status
                    payload = response.read()
            except urllib.error.HTTPError as error:
                with error:
                    if error.code != 429 or attempt == MAX_TRIES:
                        raise DeployError(self._refusal(call, error)) from None
                    delay = _retry_after(error.headers.get("Retry-After"))
                self.say(f"{self.crm} asks to slow down; trying again in {delay:g} s.")
                self.sleep(delay)
                continue
            except (urllib.error.URLError, TimeoutError, OSError) as error:
                reason = getattr(error, "reason", error)
                raise DeployError(
                    f"Journey Studio could not reach {self.crm} at {self.base_url} ({reason}); "
                    f"{self._progress()}"
                ) from None
            self.report.sent.append((call.method, call.path, status))
            self.say(f"{call.method} {call.path}: {status} ({call.label})")
            return _json(payload)
        raise DeployError(f"{self.crm} could not be reached; {self._progress()}")

    def _progress(self) -> str:
        sent = len(self.report.sent)
        return f"{sent} request{'s' * (sent != 1)} had gone through before."

    def _refusal(self, call: ApiCall, error: urllib.error.HTTPError) -> str:
        what = f"{call.method} {call.path}"
        code = error.code
        if code == 401:
            return (
                f"{self.crm} refused the token in {TOKEN_VARIABLES[self.target]} "
                f"(401 Unauthorized): set it to a valid, current token; {self._progress()}"
            )
        if code == 403:
            return (
                f"{self.crm} does not let this token do {what} (403 Forbidden): give it the "
                f"missing permission; {self._progress()}"
            )
        if code == 409:
            return (
                f"{self.crm} already has {call.label!r} ({what}: 409 Conflict): rename or "
                f"archive the existing one first; {self._progress()}"
            )
        if code == 429:
            return (
                f"{self.crm} kept asking to slow down (429 Too Many Requests) after "
                f"{MAX_TRIES} tries; try again later; {self._progress()}"
            )
        detail = _error_detail(error)
        return (
            f"{self.crm} answered {code} {error.reason} to {what} ({call.label!r})"
            f"{': ' + detail if detail else ''}; {self._progress()}"
        )


def _retry_after(value: str | None) -> float:
    """The delay a ``Retry-After`` header asks for: seconds, or an HTTP date."""
    if not value:
        return DEFAULT_RETRY_SECONDS
    try:
        seconds = float(value)
    except ValueError:
        try:
            seconds = parsedate_to_datetime(value).timestamp() - time.time()
        except (TypeError, ValueError):
            return DEFAULT_RETRY_SECONDS
    return min(max(seconds, 0.0), MAX_RETRY_SECONDS)


def _json(payload: bytes) -> Any:
    try:
        return json.loads(payload) if payload else None
    except (json.JSONDecodeError, UnicodeDecodeError):
        return None


def _error_detail(error: urllib.error.HTTPError) -> str:
    """The CRM's own explanation of an error, if its body has one."""
    try:
        body = _json(error.read())
    except OSError:
        return ""
    if isinstance(body, dict):
        for key in ("message", "error"):
            if isinstance(body.get(key), str):
                return " ".join(body[key].split())[:300]
    return ""
