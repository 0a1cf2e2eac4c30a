"""A small PLOVER event-type classifier that runs on numpy alone.

``scripts/train_event_classifier.py`` fits TF-IDF word and bigram features with a multinomial
logistic regression (scikit-learn, at build time only) and ships the fitted numbers as plain
arrays in ``data/event_classifier.npz``: vocabulary, idf weights, coefficients, intercepts and
class names. Inference repeats scikit-learn's TfidfVectorizer arithmetic (lower case, tokens of two
or more word characters, unigrams and bigrams, sublinear tf, l2 norm); the training script checks
that both give the same probabilities. No pickle is loaded.

Besides the 16 PLOVER types the model has a class ``NO_EVENT`` trained on generic sentences with
no political event (see the training script), so a caller can tell "no event here" apart from
"an event of an uncertain type".
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from functools import cache
from importlib import resources

import numpy as np

NO_EVENT = "NO_EVENT"
_MODEL_FILE = "event_classifier.npz"


class EventClassifier:
    """PLOVER event types of a short text (a sentence or a clause) with probabilities."""

    def __init__(self, vocabulary: np.ndarray, idf: np.ndarray, coef: np.ndarray,
                 intercept: np.ndarray, classes: np.ndarray, config: dict):
        self._index = {term: i for i, term in enumerate(vocabulary.tolist())}
        self._idf = idf.astype(np.float64)
        # terms x classes, so the few rows a short text touches are gathered in one step
        self._coef_by_term = np.ascontiguousarray(coef.astype(np.float64).T)
        self._intercept = intercept.astype(np.float64)
        self.classes: tuple[str, ...] = tuple(classes.tolist())
        self._token = re.compile(config["token_pattern"])
        self._ngram_max = int(config["ngram_max"])
        self._sublinear = bool(config["sublinear_tf"])

    def features(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """The l2-normalised TF-IDF vector of ``text``, sparse: (term columns, values).

        Both arrays are empty when no known term occurs.
        """
        tokens = self._token.findall(text.lower())
        grams = [" ".join(tokens[i:i + n]) for n in range(1, self._ngram_max + 1)
                 for i in range(len(tokens) - n + 1)]
        columns, values = [], []
        for term, count in Counter(grams).items():
            if (column := self._index.get(term)) is not None:
                columns.append(column)
                values.append((1.0 + math.log(count) if self._sublinear else count) * self._idf[column])
        vector = np.asarray(values, dtype=np.float64)
        norm = np.linalg.norm(vector)
        return np.asarray(columns, dtype=np.intp), (vector / norm if norm else vector)

    def probabilities(self, text: str) -> dict[str, float]:
        """Every class, ``NO_EVENT`` included, with its probability; they sum to 1."""
        columns, values = self.features(text)
        scores = values @ self._coef_by_term[columns] + self._intercept
        scores = np.exp(scores - scores.max())
        return dict(zip(self.classes, (scores / scores.sum()).tolist(), strict=True))

    def predict(self, text: str) -> list[tuple[str, float]]:
        """PLOVER types with their probabilities, best first.

        ``NO_EVENT`` is left out, so the probabilities sum to ``1 - no_event_probability(text)``:
        a caller thresholds the best one (or the event probability) to decide whether to code.
        """
        ranked = sorted(self.probabilities(text).items(), key=lambda item: -item[1])
        return [(label, p) for label, p in ranked if label != NO_EVENT]

    def no_event_probability(self, text: str) -> float:
        """The probability that ``text`` reports no political event at all."""
        return self.probabilities(text).get(NO_EVENT, 0.0)


@cache
def load_event_classifier() -> EventClassifier:
    """The shipped classifier, loaded once per process."""
    with resources.files("realpolitik.codebooks").joinpath("data", _MODEL_FILE).open("rb") as handle:
        arrays = np.load(handle, allow_pickle=False)
        config = json.loads(str(arrays["config"]))
        return EventClassifier(arrays["vocabulary"], arrays["idf"], arrays["coef"],
                               arrays["intercept"], arrays["classes"], config)
