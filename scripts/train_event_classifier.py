"""Train the PLOVER event-type classifier and ship it as plain arrays.

Run from the repository root (scikit-learn is a development dependency only):

    .venv/bin/python scripts/train_event_classifier.py [--data ../shared/data]

Training data:
  * NGEC's 4,500 synthetic stories (MIT; each written for one PLOVER type from one of 332 title
    templates): each story's full text, and each title template once, its {country_1}-style slots
    filled with country and city names. (Whole stories scored better on held-out first sentences
    than leads of one to three sentences did: 0.44 against 0.40 with a linear SVM.)
  * A NO_EVENT class: sentences with no political event (weather, sport, markets, science,
    biography, geography, and background about states and leaders), generated from templates
    written for this project (below). They contain country names and officials on purpose, so
    that the class learns "nothing happened" rather than "no country named".

Held-out evaluation: stories are split by their title template (every story written from one
template lands on the same side), negatives by their template, 20% held out, seed 13. The script
prints accuracy on the first sentences of held-out stories, on held-out titles and on held-out
negatives (the model is used on sentences), then refits on everything and checks that
realpolitik's numpy inference reproduces scikit-learn's probabilities before writing
src/realpolitik/codebooks/data/event_classifier.npz.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import random
import re
import sys
import zipfile
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupShuffleSplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from realpolitik.codebooks.classifier import NO_EVENT, EventClassifier  # noqa: E402

SEED = 13
OUT = ROOT / "src" / "realpolitik" / "codebooks" / "data" / "event_classifier.npz"
CONFIG = {"token_pattern": r"(?u)\b\w\w+\b", "ngram_max": 2, "sublinear_tf": True}
MIN_DF = 3
C = 10.0

# --- NO_EVENT sentences: templates and fillers written for this project ----------------------
PLACES = ["Norway", "Chile", "Kenya", "Vietnam", "Canada", "Egypt", "Poland", "Peru", "Japan",
          "India", "Brazil", "Turkey", "Ghana", "Mexico", "France", "Russia", "China", "Iran"]
CITIES = ["Oslo", "Lima", "Nairobi", "Hanoi", "Toronto", "Cairo", "Krakow", "Osaka", "Pune",
          "Recife", "Izmir", "Accra", "Puebla", "Lyon", "Kazan", "Chengdu", "Tabriz"]
PEOPLE = ["the minister", "the president", "the prime minister", "the ambassador", "the governor",
          "the general", "the foreign minister", "the senator", "the mayor", "the spokesman"]
DAYS = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "this weekend",
        "last year", "in March", "in the autumn", "next month", "every summer", "since 2010"]
NUMBERS = ["two", "three", "12", "40", "about 300", "nearly 5,000", "1.2 million", "8 percent"]
TEMPLATES = [
    "Heavy rain is expected across {place} {day}, forecasters said.",
    "Temperatures in {city} rose to {number} degrees {day}.",
    "A cold front will bring snow to the hills north of {city} {day}.",
    "The national football team of {place} won its match against {place2} {day}.",
    "{city} will host the regional athletics championship {day}.",
    "The striker scored {number} goals for his club in {city} {day}.",
    "Shares in {city} closed slightly higher {day} as technology stocks gained.",
    "The central bank of {place} kept its interest rate unchanged {day}.",
    "Inflation in {place} eased to {number} {day}, official figures showed.",
    "The company opened a new factory near {city} {day}, creating {number} jobs.",
    "Exports of coffee from {place} grew by {number} {day}.",
    "Scientists in {city} published a study on sleep and memory {day}.",
    "A new species of frog was described by researchers from {place} {day}.",
    "The museum in {city} reopened {day} after a long renovation.",
    "A film festival in {city} drew {number} visitors {day}.",
    "{person_cap}, who studied law in {city}, is {age} years old.",
    "{person_cap} was born in a small town in {place} and trained as an engineer.",
    "{person_cap} has held the post since 2019 and is married with {small} children.",
    "{place} has a population of {number} and its capital is {city}.",
    "{city} lies on the coast and is known for its fish markets.",
    "The border between {place} and {place2} runs through mountains and forest.",
    "Relations between {place} and {place2} date back centuries.",
    "{place} and {place2} share a long history of trade along the river.",
    "The two countries have different views on the history of the region.",
    "Analysts say the economy of {place} will grow slowly {day}.",
    "Many residents of {city} work in farming and tourism.",
    "The parliament building in {city} was completed in 1912.",
    "The election in {place} is scheduled for {day}.",
    "{person_cap} is expected to speak at a university in {city} {day}.",
    "The ministry's annual report runs to {number} pages.",
    "Traffic was heavy on the roads into {city} {day}.",
    "A new bridge over the river in {city} is due to open {day}.",
    "Schools in {place} reopen after the holidays {day}.",
    "The airline added {small} weekly flights between {city} and {city2}.",
    "Tourism to {place} recovered {day}, with {number} arrivals.",
    "The price of rice in {city} fell {day} after a good harvest.",
    "{place}'s navy is one of the oldest in the region.",
    "The army of {place} was founded in the nineteenth century.",
    "Historians in {city} are writing a book about the old port.",
    "The conference on urban design in {city} ended {day}.",
]


def fill(template: str, rng: random.Random) -> str:
    place, place2 = rng.sample(PLACES, 2)
    city, city2 = rng.sample(CITIES, 2)
    person = rng.choice(PEOPLE)
    sentence = template.format(
        place=place, place2=place2, city=city, city2=city2, day=rng.choice(DAYS),
        number=rng.choice(NUMBERS), person_cap=person[0].upper() + person[1:],
        age=rng.randint(38, 79), small=rng.choice(["two", "three", "four"]))
    return sentence[0].upper() + sentence[1:]


def negative_examples(rng: random.Random, per_template: int = 25) -> list[tuple[str, str, str]]:
    """(text, label, group) rows of the NO_EVENT class; the group is the template."""
    rows = {}
    for number, template in enumerate(TEMPLATES):
        for _ in range(per_template):
            rows[fill(template, rng)] = f"neg{number}"
    return [(text, NO_EVENT, group) for text, group in rows.items()]


# --- Synthetic stories ---------------------------------------------------------------------------
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'])")


def lead(text: str, sentences: int = 1) -> str:
    return " ".join(SENTENCE_END.split(text.strip())[:sentences])


def read_stories(data: Path) -> list[dict[str, str]]:
    path = data / "ngec-synthetic-events" / "gpt_synthetic_events_2023-10-19_19.csv.zip"
    with zipfile.ZipFile(path) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".csv"))
        text = archive.read(name).decode("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def fill_title(title: str, rng: random.Random) -> str:
    countries, city = rng.sample(PLACES, 3), rng.choice(CITIES)
    for number, country in enumerate(countries, start=1):
        title = title.replace(f"{{country_{number}}}", country)
    return title.replace("{city}", city)


def story_examples(stories: list[dict[str, str]], rng: random.Random) -> list[tuple[str, str, str]]:
    """(text, PLOVER type, group) rows: whole stories and each title once; the group is the title."""
    rows = [(story["text"], story["label"].strip().upper(), story["title"]) for story in stories]
    titles = {story["title"]: story["label"].strip().upper() for story in stories}
    return rows + [(fill_title(title, rng), label, title) for title, label in titles.items()]


def fit(texts: list[str], labels: list[str]) -> tuple[TfidfVectorizer, LogisticRegression]:
    vectorizer = TfidfVectorizer(lowercase=True, token_pattern=CONFIG["token_pattern"],
                                 ngram_range=(1, CONFIG["ngram_max"]), sublinear_tf=CONFIG["sublinear_tf"],
                                 min_df=MIN_DF, dtype=np.float64)
    model = LogisticRegression(C=C, max_iter=2000, random_state=SEED)
    model.fit(vectorizer.fit_transform(texts), labels)
    return vectorizer, model


def evaluate(rows: list, stories: list[dict[str, str]], seed: int) -> dict[str, float]:
    """Fit on 80% of the groups; score sentence-sized texts of the other 20%."""
    groups = [group for _, _, group in rows]
    train, test = next(GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=seed).split(rows, groups=groups))
    vectorizer, model = fit([rows[i][0] for i in train], [rows[i][1] for i in train])
    held_out = {rows[i][2] for i in test}
    probes = {
        "first_sentences": [(lead(s["text"]), s["label"].strip().upper()) for s in stories
                            if s["title"] in held_out],
        "titles": [rows[i][:2] for i in test if rows[i][0] not in {s["text"] for s in stories}
                   and rows[i][1] != NO_EVENT],
        "no_event": [rows[i][:2] for i in test if rows[i][1] == NO_EVENT],
    }
    return {name: score(vectorizer, model, pairs) for name, pairs in probes.items()}


def score(vectorizer, model, pairs: list[tuple[str, str]]) -> dict[str, float]:
    probabilities = model.predict_proba(vectorizer.transform([text for text, _ in pairs]))
    ranked = np.argsort(-probabilities, axis=1)
    gold = np.array([list(model.classes_).index(label) for _, label in pairs])
    return {"n": len(pairs), "accuracy": round(float(np.mean(ranked[:, 0] == gold)), 3),
            "top3": round(float(np.mean((ranked[:, :3] == gold[:, None]).any(axis=1))), 3),
            "called_no_event": round(float(np.mean(model.classes_[ranked[:, 0]] == NO_EVENT)), 3)}


def export(vectorizer: TfidfVectorizer, model: LogisticRegression) -> dict[str, np.ndarray]:
    terms = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.get)
    return {"vocabulary": np.array(terms), "idf": vectorizer.idf_.astype(np.float32),
            "coef": model.coef_.astype(np.float32), "intercept": model.intercept_.astype(np.float32),
            "classes": np.array(model.classes_), "config": np.array(json.dumps(CONFIG))}


def check_round_trip(arrays: dict, vectorizer, model, texts: list[str]) -> float:
    """Largest difference between scikit-learn's and realpolitik's probabilities on ``texts``."""
    ours = EventClassifier(arrays["vocabulary"], arrays["idf"], arrays["coef"], arrays["intercept"],
                           arrays["classes"], CONFIG)
    theirs = model.predict_proba(vectorizer.transform(texts))
    mine = np.array([[ours.probabilities(text)[label] for label in model.classes_] for text in texts])
    return float(np.abs(theirs - mine).max())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args(argv)
    rng = random.Random(SEED)
    stories = read_stories(args.data)
    rows = story_examples(stories, rng) + negative_examples(rng)
    print("examples:", len(rows))
    for name, result in evaluate(rows, stories, SEED).items():
        print(f"held-out {name}:", json.dumps(result))
    texts, labels, _ = zip(*rows, strict=True)
    vectorizer, model = fit(list(texts), list(labels))
    arrays = export(vectorizer, model)
    print("max probability difference sklearn vs numpy:",
          f"{check_round_trip(arrays, vectorizer, model, list(texts[::25])):.2e}")
    np.savez_compressed(OUT, **arrays)
    print(f"wrote {OUT.relative_to(ROOT)}: {OUT.stat().st_size / 1e6:.2f} MB,",
          f"{len(arrays['vocabulary'])} terms, {len(arrays['classes'])} classes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
