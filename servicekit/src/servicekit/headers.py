"""Security headers on every response of an exportwatch HTTP app: the app's own strict CSP, no framing."""

from __future__ import annotations

from collections.abc import Iterable

from starlette.types import ASGIApp, Message, Receive, Scope, Send

# What every policy starts from: nothing loads unless a directive allows it, no <base>, no form posts, and no
# page may frame the app (clickjacking); each app adds only what its own pages need.
BASE_DIRECTIVES = ("default-src 'none'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'")


def content_security_policy(directives: Iterable[str]) -> str:
    """The CSP header value: default-src 'none', then the app's directives, then the fixed refusals."""
    return "; ".join((BASE_DIRECTIVES[0], *directives, *BASE_DIRECTIVES[1:]))


def security_headers(csp: str) -> tuple[tuple[bytes, bytes], ...]:
    """The headers every response carries: the CSP, no framing, no MIME sniffing, no referrer."""
    return (
        (b"content-security-policy", csp.encode()),
        (b"x-frame-options", b"DENY"),
        (b"x-content-type-options", b"nosniff"),
        (b"referrer-policy", b"no-referrer"),
    )


class SecurityHeaders:
    """ASGI middleware adding `security_headers(csp)` to every HTTP response that does not set them itself."""

    def __init__(self, app: ASGIApp, csp: str) -> None:
        self.app = app
        self.headers = security_headers(csp)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Pass the request on; add the headers to the response start."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(name, value) for name, value in self.headers if name not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, send_with_headers)
