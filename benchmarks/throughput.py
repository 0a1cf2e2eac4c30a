"""Words per second: realpolitik's whole analysis against spaCy's bare nlp.pipe, same texts, one run.

    python benchmarks/throughput.py [--corpus FILE.jsonl] [--repeat N] [--workers 1 2] [--rounds 3]

Without --corpus the texts are the bundled examples, repeated. Both sides load the
model before the clock starts; the ratio is realpolitik's words/s over spaCy's.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from functools import lru_cache
from pathlib import Path

from realpolitik.ingest import read_inputs
from realpolitik.model import Article, Failure
from realpolitik.nlp import parse
from realpolitik.pipeline import analyze_stream
from realpolitik.settings import load_settings

ROOT = Path(__file__).resolve().parents[1]


def load_texts(corpus: Path | None, repeat: int) -> list[Article]:
    if corpus:
        items = [x for x in read_inputs([corpus]) if isinstance(x, Article)]
    else:
        items = [x for x in read_inputs([ROOT / "examples"]) if isinstance(x, Article)]
    # distinct ids and texts so no layer can cache a whole article
    return [Article(id=f"{a.id}-{i}", text=a.text + f"\n\n({i})", published=a.published)
            for i in range(repeat) for a in items]


def words(articles: list[Article]) -> int:
    return sum(len(a.text.split()) for a in articles)


@lru_cache(maxsize=1)
def bare_pipeline(name: str):
    import spacy

    return spacy.load(name)  # bare: none of realpolitik's components


def time_spacy(articles: list[Article], pipeline: str, batch_size: int) -> float:
    nlp = bare_pipeline(pipeline)
    start = time.perf_counter()
    for _ in parse(nlp, (a.text for a in articles), batch_size=batch_size):
        pass
    return time.perf_counter() - start


def time_realpolitik(articles: list[Article], settings) -> tuple[float, int]:
    start = time.perf_counter()
    failed = sum(isinstance(r, Failure) for r in analyze_stream(articles, settings))
    return time.perf_counter() - start, failed


def time_stages(articles: list[Article], settings) -> dict[str, float]:
    """Seconds spent in each stage on the same texts, parsed once beforehand (parse timed too)."""
    from realpolitik import actors, events, quotes, system
    from realpolitik.nlp import load_pipeline
    from realpolitik.nlp.headlines import reparse_headlines

    nlp = load_pipeline(settings.pipeline)
    kb = actors.load_knowledge_base(settings)
    start = time.perf_counter()
    docs = list(parse(nlp, (a.text for a in articles), batch_size=settings.batch_size))
    spent = {"parse": time.perf_counter() - start}
    for name in ("actors", "quotes", "events", "relations", "system"):
        spent[name] = 0.0
    for doc, article in zip(docs, articles, strict=True):
        clock = time.perf_counter()  # headlines are parsed again for the actor stage's sake: its time
        again = reparse_headlines(doc, actors.known_names(doc, kb), nlp)
        layer = actors.recognize_actors(doc, article, kb, headlines=again)
        spent["actors"] += time.perf_counter() - clock
        clock = time.perf_counter()
        found_quotes, _ = quotes.extract_quotes(doc, layer)
        spent["quotes"] += time.perf_counter() - clock
        clock = time.perf_counter()
        found_events = events.extract_events(doc, article, layer, found_quotes, headlines=again)
        spent["events"] += time.perf_counter() - clock
        clock = time.perf_counter()
        relations = system.extract_relations(doc, layer, found_events, found_quotes)
        spent["relations"] += time.perf_counter() - clock
        clock = time.perf_counter()
        system.analyze_system(relations)
        spent["system"] += time.perf_counter() - clock
    return spent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, help="a JSONL corpus (default: the bundled examples)")
    ap.add_argument("--repeat", type=int, default=20, help="times to repeat the texts (default 20)")
    ap.add_argument("--workers", type=int, nargs="+", default=[1])
    ap.add_argument("--rounds", type=int, default=3, help="timed rounds per side; the best counts (default 3)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()
    settings = load_settings()
    articles = load_texts(args.corpus, args.repeat)
    n = words(articles)
    # warm both sides: model load, knowledge base, codebooks
    list(analyze_stream(articles[:2], settings))
    # alternate the sides and keep each one's best round: noise on a shared machine only
    # ever slows a run, by 10-20% here
    spacy_runs: list[float] = []
    runs: dict[int, list[tuple[float, int]]] = {w: [] for w in args.workers}
    for _ in range(args.rounds):
        spacy_runs.append(time_spacy(articles, settings.pipeline, settings.batch_size))
        for workers in args.workers:
            runs[workers].append(time_realpolitik(articles, settings.with_options(workers=workers)))
    spacy_s = min(spacy_runs)
    rows = {"articles": len(articles), "words": n, "rounds": args.rounds, "spacy_words_per_s": round(n / spacy_s)}
    for workers in args.workers:
        elapsed, failed = min(runs[workers])
        rows[f"realpolitik_words_per_s_w{workers}"] = round(n / elapsed)
        rows[f"ratio_w{workers}"] = round((n / elapsed) / (n / spacy_s), 3)
        rows[f"failed_w{workers}"] = failed
    for stage, seconds in time_stages(articles, settings).items():
        rows[f"stage_{stage}_s"] = round(seconds, 3)
    for stage in ("actors", "quotes", "events", "relations", "system"):
        rows[f"stage_{stage}_pct_of_parse"] = round(100 * rows[f"stage_{stage}_s"] / rows["stage_parse_s"], 1)
    rows["peak_rss_mb_main"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    rows["peak_rss_mb_children"] = round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
    if args.json:
        print(json.dumps(rows, indent=2))
    else:
        for key, value in rows.items():
            print(f"{key:32} {value}")


if __name__ == "__main__":
    main()
