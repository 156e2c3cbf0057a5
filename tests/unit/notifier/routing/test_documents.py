"""The ledger's dedupe key: one alert per document across its stages unless both are wanted."""

from __future__ import annotations

from notifier.routing.documents import dedupe_key
from notifier.routing.filters import SubscriptionFilter
from schemas.events import SourceKind, Stage
from tests.unit.notifier.conftest import EVENT, event_variant


def test_dedupe_key_joins_a_documents_stages_unless_both_are_wanted() -> None:
    pi = event_variant(
        event_id="public_inspection:2020-15827",
        source=SourceKind.PUBLIC_INSPECTION,
        stage=Stage.PUBLIC_INSPECTION,
    )
    assert (
        dedupe_key(pi, SubscriptionFilter())
        == dedupe_key(EVENT, SubscriptionFilter())
        == "document:2020-15827"
    )
    assert dedupe_key(EVENT, SubscriptionFilter(stages=[Stage.PUBLISHED])) == "document:2020-15827"
    both = SubscriptionFilter(stages=[Stage.PUBLISHED, Stage.PUBLIC_INSPECTION])
    assert dedupe_key(pi, both) != dedupe_key(EVENT, both)
    feed = event_variant(event_id="feed:x:abc", source=SourceKind.FEED, stage=None, document_number=None)
    assert dedupe_key(feed, SubscriptionFilter()) == "feed:x:abc"
