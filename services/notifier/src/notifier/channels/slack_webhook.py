"""The slack_webhook kind: an incoming-webhook URL (a secret) that Block Kit JSON is POSTed to."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import unquote, urlsplit

import httpx
from pydantic import Field, SecretStr

from notifier.alert import Alert
from notifier.channels.egress import EgressPolicy, EgressRefusedError
from notifier.channels.kind import ChannelConfig, ChannelDeps, ChannelKind, DeliveryError, digest_of, hint
from notifier.channels.slack import ambiguous, check_status
from notifier.render.slack import render_slack
from notifier.settings import NotifierSettings

_WEBHOOK_PATH = "/services/"
# The API's words for the egress rule a URL broke (they never repeat the URL or its host).
_REFUSED = {
    "host": "host must be one of {hosts} (SLACK_ALLOWED_HOSTS)",
    "transport": "must use https on port 443",
    "credentials": "must not contain credentials",
}


def has_dot_segments(path: str) -> bool:
    """Whether path walks with `.` or `..` (also percent-encoded or behind a backslash).

    HTTP clients and servers resolve those segments, so `/services/../api/...` is not under /services/.
    """
    decoded = unquote(unquote(path))
    segments = decoded.replace("\\", "/").split("/")
    return any(segment in (".", "..") for segment in segments)


def webhook_problem(url: str, allowed_hosts: Iterable[str]) -> str | None:
    """Why a webhook URL is refused (the message never repeats the URL), or None when it is acceptable.

    The destination rule is the notifier's egress check itself (EgressPolicy.check over SLACK_ALLOWED_HOSTS):
    a plain host allows it over https on port 443; an origin such as `http://127.0.0.1:8098` allows that one
    local server exactly, as tests and `make run REPLAY=1` name theirs. The rest is the shape of a webhook.
    """
    policy = EgressPolicy.from_setting(allowed_hosts)
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - reading it is what validates it
        target = httpx.URL(url)
    except (ValueError, httpx.InvalidURL):
        return "not a URL"
    if parts.username is not None or parts.password is not None:
        # Refused for every destination, a named local one too: a webhook URL carries no credentials.
        return _REFUSED["credentials"]
    try:
        policy.check(target)
    except EgressRefusedError as exc:
        return _REFUSED.get(exc.rule, "destination not allowed").format(hosts=sorted(policy.hosts))
    if not parts.path.startswith(_WEBHOOK_PATH) or len(parts.path) <= len(_WEBHOOK_PATH):
        return "path must start with /services/"
    if has_dot_segments(parts.path):
        return "path must not contain '.' or '..' segments"
    if parts.fragment or "\\" in url or any(c.isspace() for c in url):
        return "must be a plain webhook URL"
    return None


class SlackWebhookConfig(ChannelConfig):
    """An incoming-webhook URL (a secret: anyone holding it can post)."""

    url: SecretStr = Field(max_length=500, description="https://hooks.slack.com/services/...")

    @classmethod
    def masked(cls, stored: Mapping[str, Any]) -> dict[str, Any]:
        """The host and the last characters of the URL, never the path that makes it a secret."""
        url = str(stored.get("url", ""))
        host = urlsplit(url).hostname or ""
        return {"url": f"https://{host}/services/{hint(url)}"}

    def refusal(self, settings: NotifierSettings) -> tuple[str, str] | None:
        """The URL, when the notifier's egress rule would refuse to post to it."""
        problem = webhook_problem(self.url.get_secret_value(), settings.slack_allowed_hosts)
        return None if problem is None else ("url", f"webhook URL {problem}")


class SlackWebhookChannel:
    """POSTs Block Kit JSON to an incoming-webhook URL; success is the plain body `ok`."""

    def __init__(self, http: httpx.AsyncClient, min_interval: float = 1.0) -> None:
        self.http = http
        self.min_interval = min_interval

    @classmethod
    def from_deps(cls, deps: ChannelDeps) -> SlackWebhookChannel:
        """Wired to the shared egress-checked client."""
        return cls(deps.http, deps.slack_min_interval)

    def pace_key(self, config: Mapping[str, Any]) -> str:
        """A webhook posts to one Slack channel."""
        return "slack:" + digest_of(config.get("url"))

    async def send(self, config: Mapping[str, Any], alert: Alert) -> None:
        """Post to config['url'] (a secret: never put it in an error message)."""
        # Checked again here: a channel stored before this rule existed must not walk out of /services/.
        if has_dot_segments(urlsplit(str(config["url"])).path):
            raise DeliveryError("webhook URL path has '.' or '..' segments", permanent=True)
        try:
            response = await self.http.post(str(config["url"]), json=render_slack(alert))
        except EgressRefusedError as exc:
            raise DeliveryError(f"destination refused: {exc}", permanent=True) from None
        except httpx.InvalidURL:
            raise DeliveryError("webhook URL is not a valid URL", permanent=True) from None
        except httpx.HTTPError as exc:
            raise DeliveryError(
                f"webhook request failed: {type(exc).__name__}", ambiguous=ambiguous(exc)
            ) from None
        body = response.text.strip()
        check_status(response, body)
        if body != "ok":
            raise DeliveryError(f"unexpected webhook answer: {body[:100]}")


KIND = ChannelKind(
    "slack_webhook",
    "Create a Slack incoming-webhook channel.",
    SlackWebhookConfig,
    SlackWebhookChannel.from_deps,
)
