"""The HTML dashboard: a pure rendering of the /lag report and history (inline CSS, JS and SVG, no CDN)."""

from __future__ import annotations

import base64
import hashlib
from html import escape

from monitor.lag import Status
from monitor.report import GroupLag, LagHistory, LagReport
from servicekit.headers import content_security_policy

COLOURS = {
    Status.OK: "#2e7d32",
    Status.WARN: "#f9a825",
    Status.STALL: "#ef6c00",
    Status.STOP: "#c62828",
    Status.ERR: "#6a1b9a",
}
LINES = ("#1565c0", "#00897b", "#8e24aa", "#6d4c41", "#d81b60", "#546e7a", "#7cb342", "#f4511e")
CHART_W, CHART_H, PAD = 900, 220, 40

STYLE = """
body{font-family:system-ui,sans-serif;margin:1.5rem;color:#212121;background:#fafafa}
header{display:flex;justify-content:space-between;align-items:baseline}
h1{font-size:1.4rem;margin:0} h2{font-size:1.1rem;margin:0 0 .4rem}
.badge{display:inline-block;padding:.1rem .5rem;border-radius:.3rem;color:#fff;font-weight:600;
  font-size:.85rem}
.group{background:#fff;border:1px solid #ddd;border-radius:.4rem;padding:.8rem;margin:1rem 0}
.broker{padding:.5rem .8rem;border-radius:.3rem;margin:.8rem 0}
.broker.up{background:#e8f5e9}.broker.down{background:#ffebee;font-weight:600}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{text-align:right;padding:.2rem .5rem;border-bottom:1px solid #eee}
th:first-child,td:first-child,td.reason,td.owner{text-align:left}
td.reason,td.owner{color:#616161;font-size:.8rem}
svg text{font-size:11px;fill:#616161}
.empty{color:#757575}
"""

REFRESH = """
const REFRESH_MS = 5000;
async function refresh() {
  try {
    const r = await fetch("dashboard/fragment", {cache: "no-store"});
    if (r.ok) { document.getElementById("content").innerHTML = await r.text(); }
  } catch (e) { /* the next tick retries; the page keeps the last view */ }
}
setInterval(refresh, REFRESH_MS);
"""


def _script_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode()).digest()).decode() + "'"


# The dashboard's one inline script is allowed by its hash (no 'unsafe-inline' for scripts); its styles are
# inline (a <style> block and style attributes), which CSP can only allow wholesale. Nothing loads from
# elsewhere, no page may frame it, and forms and <base> are refused outright.
CSP = content_security_policy(
    (
        f"script-src {_script_hash(REFRESH)}",
        "style-src 'unsafe-inline'",
        "img-src 'self' data:",
        "connect-src 'self'",
    )
)


def page(report: LagReport, history: LagHistory) -> str:
    """The whole dashboard page; the browser refreshes its content from /dashboard/fragment."""
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>exportwatch · consumer lag</title><style>{STYLE}</style></head><body>"
        "<header><h1>exportwatch · consumer lag</h1><span>auto-refresh every 5 s · "
        "<a href='lag'>/lag</a> · <a href='metrics'>/metrics</a></span></header>"
        f"<main id='content'>{fragment(report, history)}</main>"
        f"<script>{REFRESH}</script></body></html>"
    )


def fragment(report: LagReport, history: LagHistory) -> str:
    """Broker state, the last-hour chart and one table per group."""
    broker = report.broker
    if broker.reachable:
        state = (
            f"<div class='broker up' id='broker' data-reachable='true'>Kafka reachable · {len(report.groups)}"
        )
        state += " groups</div>"
    else:
        state = (
            "<div class='broker down' id='broker' data-reachable='false'>Kafka unreachable: "
            f"{escape(broker.error or 'unknown error')} (numbers below are the last known)</div>"
        )
    groups = "".join(_group(g) for g in report.groups) or "<p class='empty'>No consumer groups yet.</p>"
    return f"{state}{chart(history)}{groups}"


def _badge(status: Status) -> str:
    return f"<span class='badge' style='background:{COLOURS[status]}'>{status.value}</span>"


def _group(g: GroupLag) -> str:
    rows = []
    for t in g.topics:
        for p in t.partitions:
            rows.append(
                f"<tr class='partition' data-topic='{escape(t.topic)}' data-partition='{p.partition}'>"
                f"<td class='topic'>{escape(t.topic)}</td><td class='partition-id'>{p.partition}</td>"
                f"<td class='committed'>{_num(p.committed_offset)}</td>"
                f"<td class='end'>{_num(p.end_offset)}</td>"
                f"<td class='lag'>{p.lag}</td><td class='lag-seconds'>{p.lag_seconds:.1f}</td>"
                f"<td class='status' data-status='{p.status.value}'>{_badge(p.status)}</td>"
                f"<td class='owner'>{escape(_short(p.owner))}</td>"
                f"<td class='reason'>{escape(p.reason)}</td></tr>"
            )
    table = (
        "<table><thead><tr><th>topic</th><th>partition</th><th>committed</th><th>end</th><th>lag</th>"
        "<th>lag (s)</th><th>status</th><th>owner</th><th>reason</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )
    members = "?" if g.members is None else str(g.members)
    return (
        f"<section class='group' data-group='{escape(g.group)}' data-status='{g.status.value}' "
        f"data-lag='{g.lag}' data-members='{members}'>"
        f"<h2>{escape(g.group)} {_badge(g.status)}</h2>"
        f"<p>state <b>{escape(g.state or '?')}</b> · members <b class='members'>{members}</b> · "
        f"lag <b class='group-lag'>{g.lag}</b> messages · oldest waiting <b>{g.lag_seconds:.1f}</b> s"
        f"{' · ' + escape(g.reason) if g.reason else ''}</p>{table}</section>"
    )


def _num(value: int | None) -> str:
    return "–" if value is None else str(value)


def _short(owner: str | None) -> str:
    # Member ids are "<client id>-<uuid>"; the tail is enough to tell two members apart on screen.
    return "unassigned" if owner is None else owner[-12:]


def _ago(seconds: float) -> str:
    return f"{seconds:.0f} s" if seconds < 120 else f"{seconds / 60:.0f} min"


def chart(history: LagHistory) -> str:
    """An SVG line chart of each group's total lag over the kept history (oldest left, now right)."""
    points = [p for g in history.groups for p in g.points]
    if not points:
        return "<svg id='chart' width='900' height='40'><text x='0' y='20'>no history yet</text></svg>"
    t_max = history.generated_at or max(p.at for p in points)
    t_min = min(p.at for p in points)
    span = max(t_max - t_min, 1.0)
    y_max = max(max(p.lag for p in points), 1)
    inner_w, inner_h = CHART_W - 2 * PAD, CHART_H - 2 * PAD

    def xy(at: float, lag: int) -> str:
        return f"{PAD + inner_w * (at - t_min) / span:.1f},{PAD + inner_h * (1 - lag / y_max):.1f}"

    lines, legend = [], []
    for i, g in enumerate(history.groups):
        colour = LINES[i % len(LINES)]
        coords = " ".join(xy(p.at, p.lag) for p in g.points)
        lines.append(
            f"<polyline data-group='{escape(g.group)}' fill='none' stroke='{colour}' "
            f"stroke-width='2' points='{coords}'/>"
        )
        legend.append(
            f"<text x='{PAD + 10 + 200 * (i % 4)}' y='{14 + 14 * (i // 4)}' style='fill:{colour}'>"
            f"■ {escape(g.group)}</text>"
        )
    axes = (
        f"<line x1='{PAD}' y1='{PAD + inner_h}' x2='{PAD + inner_w}' y2='{PAD + inner_h}' stroke='#bbb'/>"
        f"<line x1='{PAD}' y1='{PAD}' x2='{PAD}' y2='{PAD + inner_h}' stroke='#bbb'/>"
        f"<text x='2' y='{PAD + 4}'>{y_max}</text><text x='2' y='{PAD + inner_h}'>0</text>"
        f"<text x='{PAD}' y='{CHART_H - 8}'>-{_ago(span)}</text>"
        f"<text x='{PAD + inner_w - 20}' y='{CHART_H - 8}'>now</text>"
    )
    return (
        f"<svg id='chart' role='img' aria-label='total lag per group' width='{CHART_W}' height='{CHART_H}' "
        f"viewBox='0 0 {CHART_W} {CHART_H}'>{axes}{''.join(lines)}{''.join(legend)}</svg>"
    )
