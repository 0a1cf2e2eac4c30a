"""`realpolitik evaluate GOLD...`: analyse each gold file's article (YAML) or sentences (JSONL) and score them."""

from __future__ import annotations

import argparse
import json
from datetime import date


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("evaluate", help="score the analysis of gold-annotated articles",
                       description="Analyse the article beside each gold YAML file, or the hand-coded "
                                   "sentences of each gold JSONL file, and print the figures.")
    p.add_argument("gold", nargs="+", help="gold YAML files (examples/*/gold.yaml) or JSONL sentence sets "
                                           "(benchmarks/data/event_sentences*.jsonl)")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.add_argument("--require", nargs="*", default=[], metavar="FIGURE=FLOOR",
                   help="exit 1 when a figure (mean over the files) falls below its floor")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from realpolitik.evaluate import evaluate, load_gold
    from realpolitik.pipeline import analyze_text
    from realpolitik.settings import load_settings

    settings = load_settings(args.config)
    results = {}
    for path in args.gold:
        if path.endswith(".jsonl"):
            results[path] = _sentences(path, settings)
            continue
        gold = load_gold(path)
        published = gold.data["article"].get("published")
        published = date.fromisoformat(str(published)) if published else None
        results[path] = evaluate(gold, analyze_text(gold.text, settings, published=published))
    means = _means(results.values())
    if args.format == "json":
        print(json.dumps({"files": results, "mean": means}, indent=2))
    else:
        for path, figures in results.items():
            print(path)
            for key, value in figures.items():
                print(f"  {key:28} {value}")
        if len(results) > 1:
            print("mean")
            for key, value in means.items():
                print(f"  {key:28} {value}")
    short = [f"{k}={means.get(k)} < {v}" for k, v in (r.split("=") for r in args.require)
             if not isinstance(means.get(k), float | int) or means[k] < float(v)]
    if short:
        print("below floor: " + "; ".join(short))
    return 1 if short else 0


def _sentences(path: str, settings) -> dict:
    from realpolitik.evaluate import load_sentences, score_sentences
    from realpolitik.model import Analysis, Article
    from realpolitik.pipeline import analyze_batch

    gold = load_sentences(path)
    articles = [Article(g.id, g.text, published=date.fromisoformat(g.published) if g.published else None,
                        origin=f"{path}:{g.id}") for g in gold if g.text.strip()]
    analyses = {r.article.id: r for r in analyze_batch(articles, settings) if isinstance(r, Analysis)}
    return score_sentences(gold, analyses)


def _means(rows) -> dict[str, float]:
    """Each numeric figure's mean over the files that have it (article and sentence files differ)."""
    rows = list(rows)
    keys = dict.fromkeys(k for r in rows for k, v in r.items() if isinstance(v, float | int))
    means = {}
    for key in keys:
        values = [r[key] for r in rows if isinstance(r.get(key), float | int)]
        means[key] = round(sum(values) / len(values), 3)
    return means
