"""API abuse limits kept in the database (like delivery pacing), so every API replica counts together."""

from __future__ import annotations

import ipaddress
import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from starlette.requests import Request

from notifier.tables import ApiLimit

# Float sums of equal steps may miss an exact bound by an ulp; a microsecond of slack never matters.
_SLACK = 1e-6


@dataclass(frozen=True)
class Rule:
    """Up to `burst` hits at once, then one more every `interval` seconds (0: no limit)."""

    interval: float
    burst: int

    @classmethod
    def per_minute(cls, count: int) -> Rule:
        """`count` hits per minute, with bursts up to the same number (like the per-key token bucket)."""
        return cls(60.0 / count, count)

    @classmethod
    def per_hour(cls, count: int) -> Rule:
        """`count` hits per hour, with bursts up to the same number."""
        return cls(3600.0 / count, count)


def _upsert(session: AsyncSession) -> Any:
    # ON CONFLICT DO UPDATE is dialect-specific in SQLAlchemy; both dialects spell it the same way.
    if session.get_bind().dialect.name == "postgresql":
        return postgresql.insert(ApiLimit)
    return sqlite.insert(ApiLimit)


def _later(stamp: float) -> Any:
    """The stored time, or stamp when that is later (portable max())."""
    return case((ApiLimit.next_at > stamp, ApiLimit.next_at), else_=stamp)


def _wait(next_at: float, span: float, rule: Rule, now: float) -> int:
    """Whole seconds (at least 1, for Retry-After) until a hit costing span fits again."""
    return max(1, math.ceil(next_at + span - rule.interval * rule.burst - now))


@dataclass
class SharedLimiter:
    """Generic cell rate limiting: one row per limited thing holds when its budget is next fully used.

    A hit is one conditional upsert (granted and recorded together, in its own short transaction), so two
    replicas never both take the last slot. Wall-clock time, since replicas on different hosts compare it.
    """

    sessions: async_sessionmaker[AsyncSession]
    clock: Callable[[], float] = time.time

    async def take(self, key: str, rule: Rule, cost: int = 1) -> int | None:
        """Record cost hits for key: None when allowed, else whole seconds to wait (nothing recorded)."""
        if rule.interval <= 0:
            return None
        now = self.clock()
        span = cost * rule.interval
        tolerance = rule.interval * rule.burst
        if cost > rule.burst:
            return max(1, math.ceil(tolerance))
        async with self.sessions() as session:
            stmt = _upsert(session).values(key=key, next_at=now + span)
            stmt = stmt.on_conflict_do_update(
                index_elements=["key"],
                set_={"next_at": _later(now) + span},
                # Over budget: the row is left alone and not returned.
                where=ApiLimit.next_at <= now + tolerance - span + _SLACK,
            ).returning(ApiLimit.key)
            granted = (await session.execute(stmt)).first() is not None
            stored = None
            if not granted:
                query = select(ApiLimit.next_at).where(ApiLimit.key == key)
                stored = (await session.execute(query)).scalar()
            await session.commit()
        return None if granted else _wait(stored if stored is not None else now, span, rule, now)

    async def blocked(self, key: str, rule: Rule) -> int | None:
        """Whether one more hit for key would be refused (None: it would pass); records nothing."""
        if rule.interval <= 0:
            return None
        now = self.clock()
        async with self.sessions() as session:
            stored = (await session.execute(select(ApiLimit.next_at).where(ApiLimit.key == key))).scalar()
        if stored is None or stored <= now + rule.interval * (rule.burst - 1) + _SLACK:
            return None
        return _wait(stored, rule.interval, rule, now)

    async def prune(self) -> int:
        """Delete rows whose budget is whole again (equivalent to no row); how many went."""
        async with self.sessions() as session:
            result: Any = await session.execute(delete(ApiLimit).where(ApiLimit.next_at < self.clock()))
            await session.commit()
        return int(result.rowcount or 0)


def _trusted(address: str, networks: Sequence[ipaddress.IPv4Network | ipaddress.IPv6Network]) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in net for net in networks)


def client_address(request: Request, trusted_proxies: Sequence[str]) -> str:
    """The client an attempt is counted against: the direct peer, unless it is a trusted proxy.

    Behind trusted proxies, X-Forwarded-For is read right to left and the first hop that is not a trusted
    proxy is the client; anything left of it was written by the client itself and is ignored.
    """
    peer = request.client.host if request.client is not None else "unknown"
    networks = [ipaddress.ip_network(p, strict=False) for p in trusted_proxies]
    if not networks or not _trusted(peer, networks):
        return peer
    hops = [h.strip() for v in request.headers.getlist("x-forwarded-for") for h in v.split(",") if h.strip()]
    for hop in reversed(hops):
        if _trusted(hop, networks):
            continue
        try:
            return str(ipaddress.ip_address(hop))
        except ValueError:
            # Our proxy wrote something that is no address: count it against the proxy, not a free pass.
            return peer
    return peer
