"""How long a search query takes over a full local index: 1,000 conversations × 20 messages of
one end user, in a SQLite file (as the app keeps it), English and Japanese/Chinese text mixed.

    .venv/bin/python benchmarks/search_query.py [--reps 30]

Prints one row per kind of query (median, p95 and worst of ``--reps`` runs, hits found) and the
goal (≤ 50 ms); the last stdout line is the JSON of the results.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from common import percentile

from dify_desktop.core import search_index
from dify_desktop.core.search_index import IndexedConversation, IndexedMessage

CONVERSATIONS = 1_000
MESSAGES = 20
GOAL_MS = 50.0

#: Common words appear in most messages (the worst case for a query); topic words in a few
#: percent, as a customer's subject would.
COMMON = ["please", "thanks", "account", "help"]
TOPICS = [f"topic{n}" for n in range(400)] + ["refund", "invoice", "payment", "password"]
CJK = ("返金", "配送", "請求書", "パスワード", "退款", "发票", "订阅", "取消", "住所", "領収書")

QUERIES: tuple[tuple[str, str], ...] = (
    ("a word in most messages", "account"),
    ("one topic word", "refund"),
    ("two topic words", "refund invoice"),
    ("two-character Japanese word", "返金"),
    ("Chinese + English", "退款 payment"),
    ("a word nobody said", "zeppelin"),
)


def sentence(rng: random.Random) -> str:
    parts = [rng.choice(COMMON) for _ in range(rng.randint(4, 12))]
    parts += [rng.choice(TOPICS) for _ in range(rng.randint(2, 6))]
    rng.shuffle(parts)
    if rng.random() < 0.1:
        parts.insert(rng.randrange(len(parts)), "お客様の" + rng.choice(CJK) + "について")
    return " ".join(parts)


def build(path: Path) -> sqlite3.Connection:
    rng = random.Random(7)
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode=WAL")
    db.executescript(search_index.SCHEMA)
    for c in range(CONVERSATIONS):
        messages = [
            IndexedMessage(
                f"m{c}-{m}", 1_700_000_000 + c * 100 + m, sentence(rng), sentence(rng) * 3
            )
            for m in range(MESSAGES)
        ]
        with db:
            search_index.store(
                db, "bench", "user", IndexedConversation(f"c{c}", f"Conversation {c}", c), messages
            )
    return db


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reps", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "local.sqlite3"
        started = time.perf_counter()
        db = build(path)
        build_s = time.perf_counter() - started
        size_mib = path.stat().st_size / 2**20
        rows = []
        for label, query in QUERIES:
            times, hits = [], 0
            for _ in range(args.reps):
                t0 = time.perf_counter()
                hits = len(search_index.search(db, "bench", "user", query))
                times.append((time.perf_counter() - t0) * 1000)
            times.sort()
            rows.append(
                {
                    "query": label,
                    "text": query,
                    "median_ms": round(percentile(times, 50), 1),
                    "p95_ms": round(percentile(times, 95), 1),
                    "max_ms": round(times[-1], 1),
                    "hits": hits,
                    "holds": percentile(times, 95) <= GOAL_MS,
                }
            )
    print(
        f"Index of {CONVERSATIONS:,} conversations × {MESSAGES} messages: built locally in "
        f"{build_s:.1f} s (no network), {size_mib:.0f} MiB on disk"
    )
    print(
        f"{'query':40} {'median':>8} {'p95':>8} {'worst':>8} {'hits':>6}  goal ≤ {GOAL_MS:.0f} ms"
    )
    for row in rows:
        verdict = "holds" if row["holds"] else "MISSED"
        print(
            f"{row['query']:40} {row['median_ms']:>6} ms {row['p95_ms']:>6} ms "
            f"{row['max_ms']:>6} ms {row['hits']:>6}  {verdict}"
        )
    print(
        json.dumps({"build_s": round(build_s, 2), "size_mib": round(size_mib, 1), "queries": rows})
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
