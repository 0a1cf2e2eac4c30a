"""Build realpolitik's codebook tables from the public sources in ../shared/data.

Run from the repository root:

    .venv/bin/python scripts/build_codebooks.py [--data ../shared/data]

Writes into src/realpolitik/codebooks/data/:

    cameo.tsv   code, name, goldstein, quad_class, plover_type, plover_mode
    plover.tsv  plover_type, plover_mode, intensity, quad_class, cameo (a representative code)
    verbs.tsv   lemma, pattern (space-separated words), cameo, reverse ("1": the subject is the
                target)  -- from the CAMEO 2.0 verb dictionary and scripts/codebook_sources/
    nouns.tsv   lemma, pattern, cameo, reverse  -- nominal triggers, for the reviewed event nouns
    NOTICE      sources, licences, commits and every decision this script takes

Only facts are carried over (codes, short names, scores, verb patterns); no descriptions,
usage notes or example sentences. The run is deterministic: the same sources give the same bytes.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from itertools import product
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "realpolitik" / "codebooks" / "data"

# QuadClass follows from the root code in GDELT's scheme; used where the lookup lacks a code.
ROOT_QUAD = {**dict.fromkeys(range(1, 6), 1), **dict.fromkeys(range(6, 9), 2),
             **dict.fromkeys(range(9, 14), 3), **dict.fromkeys(range(14, 21), 4)}

# The 2021 crosswalk has no rows for CAMEO 01 (public statements: PLOVER has no event type for
# them, so they stay unmapped) nor for CAMEO 02 (appeals). PLOVER's REQUEST covers both appeals
# and demands, and CAMEO's 02 branch mirrors its 10 branch digit for digit (021 ~ 101 material
# cooperation, 023 ~ 103 aid, 026 ~ 106 meeting, ...), so 02xy takes the PLOVER row of 10xy.
APPEAL_MIRROR = ("02", "10")

# Which code stands for a PLOVER type when a caller knows only the type (plover_to_cameo).
# Chosen by hand as the most generic three-digit code of each type.
TYPE_REPRESENTATIVE = {
    "AGREE": "030", "CONSULT": "040", "SUPPORT": "050", "COOPERATE": "060", "AID": "070",
    "CONCEDE": "080", "RETREAT": "087", "ACCUSE": "112", "REQUEST": "100", "REJECT": "120",
    "THREATEN": "130", "PROTEST": "140", "MOBILIZE": "150", "SANCTION": "160", "COERCE": "170",
    "ASSAULT": "190",
}
# Where the crosswalk's first code for a (type, mode) is a poor stand-in for the pair.
MODE_REPRESENTATIVE = {("MOBILIZE", "troops"): "154", ("MOBILIZE", "police"): "153"}

# The manual prints +3 for ACCUSE without a mode while every ACCUSE mode is negative and ACCUSE is
# verbal conflict (QuadClass 3): a sign typo, corrected here.
INTENSITY_CORRECTIONS = {("ACCUSE", ""): -3.0}


def read_tsv_pairs(path: Path) -> dict[str, str]:
    """A two-column, tab-separated file with a header line, as a dict."""
    rows = path.read_text(encoding="utf-8").splitlines()[1:]
    return dict(line.split("\t", 1) for line in rows if line.strip())


def read_goldstein(data: Path) -> dict[str, float]:
    raw = read_tsv_pairs(data / "gdelt-goldstein-official" / "CAMEO.goldsteinscale.txt")
    return {code.strip(): float(value) for code, value in raw.items()}


def read_names(data: Path) -> dict[str, str]:
    """Short names: GDELT's lookup first, the py-gdelt list for codes the lookup lacks."""
    lookups = data / "cameo-gdelt-lookups"
    names = {code: item["name"] for code, item in
             json.loads((lookups / "cameo_codes.json").read_text(encoding="utf-8")).items()}
    names.update({code.strip(): name.strip() for code, name in
                  read_tsv_pairs(lookups / "LOOKUP-CAMEO.eventcodes.txt").items()})
    return names


def read_quad_classes(data: Path) -> dict[str, int]:
    items = json.loads((data / "cameo-gdelt-lookups" / "cameo_codes.json").read_text(encoding="utf-8"))
    return {code: int(item["quad_class"]) for code, item in items.items()}


def read_crosswalk(data: Path) -> dict[str, tuple[str, str]]:
    """CAMEO code -> (PLOVER type, mode or ''). The first row wins when a code repeats."""
    crosswalk: dict[str, tuple[str, str]] = {}
    text = (data / "cameo2plover" / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        match = re.match(r"^(\d{2,4}):\s*([A-Z]+)\s*(?:,([^,#]*))?", line)
        if match:
            code, plover_type, mode = match.group(1), match.group(2), (match.group(3) or "").strip()
            crosswalk.setdefault(code, (plover_type, mode))
    return crosswalk


def plover_of(code: str, crosswalk: dict[str, tuple[str, str]]) -> tuple[str, str]:
    """A code's PLOVER row: its own, else its parent's; ('', '') when there is none."""
    if code.startswith(APPEAL_MIRROR[0]):
        code = APPEAL_MIRROR[1] + code[2:]
    for length in range(len(code), 1, -1):
        if code[:length] in crosswalk:
            return crosswalk[code[:length]]
    return ("", "")


def build_cameo_rows(data: Path) -> list[tuple[str, str, float, int, str, str]]:
    goldstein, names = read_goldstein(data), read_names(data)
    quads, crosswalk = read_quad_classes(data), read_crosswalk(data)
    rows = []
    for code in sorted(goldstein, key=lambda c: (c[:2], c)):
        quad = quads.get(code, ROOT_QUAD[int(code[:2])])
        rows.append((code, names[code], goldstein[code], quad, *plover_of(code, crosswalk)))
    return rows


def read_intensities(data: Path) -> list[tuple[str, str, float, int]]:
    path = data / "plover-manual-tables" / "plover_event_mode_scores.csv"
    with path.open(encoding="utf-8") as handle:
        rows = [(r["event"], r["mode"], float(r["plover_score"]), int(r["quad_class"]))
                for r in csv.DictReader(handle)]
    return [(t, m, INTENSITY_CORRECTIONS.get((t, m), score), q) for t, m, score, q in rows]


def representative(plover_type: str, mode: str, cameo_rows: list) -> str:
    """The code that stands for a PLOVER (type, mode): hand-picked, else the first 3-digit match."""
    if (plover_type, mode) in MODE_REPRESENTATIVE:
        return MODE_REPRESENTATIVE[(plover_type, mode)]
    matches = [row[0] for row in cameo_rows if row[4] == plover_type and row[5] == mode and mode]
    matches.sort(key=lambda code: (len(code) != 3, len(code), code))
    return matches[0] if matches else TYPE_REPRESENTATIVE[plover_type]


def build_plover_rows(data: Path, cameo_rows: list) -> list[tuple[str, str, float, int, str]]:
    """Every (type, mode) of the score table, plus crosswalk modes the table lacks (no score)."""
    scored = {(t, m): (score, quad) for t, m, score, quad in read_intensities(data)}
    quad_of_type = {t: quad for (t, _), (_, quad) in scored.items()}
    pairs = set(scored) | {(row[4], row[5]) for row in cameo_rows if row[4]}
    rows = []
    for plover_type, mode in sorted(pairs):
        score = scored.get((plover_type, mode), (float("nan"), 0))[0]
        rows.append((plover_type, mode, score, quad_of_type[plover_type],
                     representative(plover_type, mode, cameo_rows)))
    return rows


# --- The CAMEO 2.0 verb dictionary -------------------------------------------------------------
# Format (PETRARCH-2): a block "---  NAME  [code]  ---" lists synonymous verbs, one a line, each
# with optional irregular forms in {} and an optional [code] of its own; "+ASK_FOR" is a phrasal
# verb. Lines "- ... * ... [code]" are patterns shared by every verb of the block: "*" stands for
# the verb, words after it must follow it, (...) is a prepositional phrase, {...} a compound
# noun, &NAME a synonym set declared in the SYNONYM SETS section, "_" joins words (a trailing "_"
# asked TABARI for an exact, unstemmed match), "/" separates alternatives, and $ + ^ % mark the
# source, target, a skipped phrase and a compound actor. Codes "a:b" code a forward event a and a
# reverse event b; "[---]" marks a phrase that is not an event.
PLACEHOLDERS = {"$", "+", "^", "%"}
# A rule's outcome: (CAMEO code or "---", reverse). Reverse: the subject is the target.
Code = tuple[str, bool]
MAX_EXPANSIONS = 64  # a pattern whose synonym sets multiply into more forms is dropped, not truncated
NULL_CODE = "---"
DROPPED: Counter[str] = Counter()
STATS: Counter[str] = Counter()
Rules = dict[tuple[str, tuple[str, ...]], Code]


def strip_comment(line: str) -> str:
    return re.split(r"[#;]", line, maxsplit=1)[0].rstrip()


def words_of(token: str) -> tuple[str, ...]:
    return tuple(word for word in token.lower().strip("_").split("_") if word)


def read_synsets(lines: list[str]) -> dict[str, list[tuple[str, ...]]]:
    synsets: dict[str, list[tuple[str, ...]]] = {}
    current = None
    for line in map(strip_comment, lines):
        if line.startswith("&"):
            current = line.split()[0].rstrip("_")
            synsets[current] = []
        elif line.startswith("+") and current:
            synsets[current].append(words_of(line[1:].split()[0]))
    return synsets


def alternatives(token: str, synsets: dict) -> list[tuple[str, ...]] | None:
    """The word sequences a pattern token stands for; None for a placeholder."""
    if token in PLACEHOLDERS:
        return None
    if token.startswith("&"):
        return synsets.get(token.rstrip("_"), [])
    return [words_of(part) for part in token.split("/")]


def expand_pattern(text: str, synsets: dict) -> list[tuple[str, ...]]:
    """Every word sequence a pattern's post-verb part stands for (brackets flattened)."""
    choices = []
    for token in re.findall(r"[^\s(){}]+", text):
        options = alternatives(token, synsets)
        if options is not None:
            choices.append(options)
    expansions = list(product(*choices))
    if len(expansions) > MAX_EXPANSIONS or not all(choices):
        DROPPED["pattern_too_many_expansions"] += 1
        return []
    return [tuple(word for part in combo for word in part) for combo in expansions]


def parse_code(text: str, known: set[str]) -> Code | None:
    """A pattern's (code, reverse), the code generalised to the nearest code in the table; None
    when unusable. "a:b" keeps the forward code a; ":b" (reverse only) gives (b, True): the event
    b goes from the verb's object or agent phrase to its subject ("come under attack")."""
    forward, _, backward = text.partition(":")
    forward, backward = forward.strip(), backward.strip()
    if forward == NULL_CODE:
        return (NULL_CODE, False)
    reverse = not forward
    if reverse:
        STATS["reverse_only_codes"] += 1
    code = generalise(backward if reverse else forward, known)
    return (code, reverse) if code else None


def generalise(code: str, known: set[str]) -> str | None:
    for length in range(len(code), 1, -1):
        if code[:length] in known:
            if length < len(code):
                DROPPED["code_generalised_to_parent"] += 1
            return code[:length]
    DROPPED["unknown_code"] += 1
    return None


def parse_pattern(line: str, synsets: dict, known: set[str]) -> list[tuple[tuple[str, ...], Code]]:
    body, _, rest = line[1:].partition("[")
    code = parse_code(rest.split("]")[0], known)
    before, _, after = body.replace("*_", "* ").partition("*")
    if code is None:
        return []
    if set(before.split()) - PLACEHOLDERS:
        DROPPED["pattern_constrains_subject"] += 1  # words before the verb: no place in VerbRule
        return []
    return [(words, code) for words in expand_pattern(after, synsets)]


VERB_LINE = re.compile(r"^\+?([A-Za-z][A-Za-z'_-]*)\s*(?:\{[^}]*\})?\s*(?:\[([^\]]*)\])?")


def read_blocks(lines: list[str], known: set[str]) -> list[tuple[list, list]]:
    """Blocks as (verbs, patterns): verbs (words, own code or None), patterns (words, code)."""
    synsets = read_synsets(lines)
    blocks: list[tuple[list, list]] = []
    block_code = None
    start = lines.index(next(line for line in lines if "VERB PATTERNS" in line))
    for line in map(strip_comment, lines[start + 1:]):
        if "TRANSFORMATIONS" in line:
            break
        if line.startswith("---"):
            block_code = parse_code(line.split("[")[1].split("]")[0], known)
            blocks.append(([], []))
        elif line.startswith("-") and blocks:
            blocks[-1][1].extend(parse_pattern(line, synsets, known))
        elif (match := VERB_LINE.match(line)) and blocks:
            own = parse_code(match.group(2), known) if match.group(2) else None
            blocks[-1][0].append((words_of(match.group(1)), own or block_code))
    return blocks


def convert_verb_dictionary(path: Path, known: set[str]) -> Rules:
    """(lemma, following words) -> (code, reverse), from the dictionary.

    A (verb, pattern) the dictionary codes more than once takes its most frequent code, the
    first in the file on a tie ("deploy/send &MILITARY" is 062, 072, 072 and 154: 072).
    """
    return convert_verb_dictionary_lines(path.read_text(encoding="utf-8", errors="replace").splitlines(), known)


def convert_verb_dictionary_lines(lines: list[str], known: set[str]) -> Rules:
    votes: dict[tuple[str, tuple[str, ...]], Counter] = {}
    for verbs, patterns in read_blocks(lines, known):
        for words, own_code in verbs:
            candidates = [((), own_code)] if own_code and own_code[0] != NULL_CODE else []
            for pattern, code in candidates + patterns:
                votes.setdefault((words[0], words[1:] + pattern), Counter())[code] += 1
    DROPPED["duplicate_pattern_other_code"] = sum(len(counter) - 1 for counter in votes.values())
    return {key: counter.most_common(1)[0][0] for key, counter in votes.items()}


def sort_rules(rules: Rules) -> list[tuple[str, tuple[str, ...], str, str]]:
    """Rows (lemma, pattern, code, "1" when reverse), most specific first within each lemma."""
    order = {key: index for index, key in enumerate(rules)}
    keys = sorted(rules, key=lambda key: (key[0], -len(key[1]), order[key]))
    return [(lemma, pattern, rules[(lemma, pattern)][0], "1" if rules[(lemma, pattern)][1] else "")
            for lemma, pattern in keys]


# --- Reviewed corrections (scripts/codebook_sources/) -------------------------------------------
# Hand-written tables, reviewed for this project, merged over what the dictionary gives. Each row
# says why in its note column; the files' headers state the rules.
SOURCES = Path(__file__).resolve().parent / "codebook_sources"
REMOVE = "-"
# A reviewed pattern's first word "^SECTOR" constrains the verb's subject (see verb_patterns.tsv);
# it is written to verbs.tsv as the pattern's first word, lower case ("^mil").
SUBJECT_MARK = "^"


def read_source(name: str) -> list[list[str]]:
    """The rows of a reviewed source table: tab-separated cells, without comments and header."""
    lines = (SOURCES / name).read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
    return [[cell.strip() for cell in row] for row in rows[1:]]


def expand_words(text: str) -> list[tuple[str, ...]]:
    """A reviewed pattern ("deploy troop/soldier to") as every word sequence it stands for."""
    return [tuple(combo) for combo in product(*(word.split("/") for word in text.lower().split()))]


def drop_light_verb_defaults(rules: Rules) -> None:
    """Remove the bare rule of each verb in light_verbs.tsv: without an object pattern the verb
    ("go", "seek", "prepare") names no event of its own."""
    for lemma, *_ in read_source("light_verbs.tsv"):
        if rules.pop((lemma, ()), None) is not None:
            DROPPED["bare_rule_of_light_verb"] += 1


def merge_reviewed_patterns(rules: Rules, known: set[str]) -> None:
    """Add, recode or remove (code "-") the rules of verb_patterns.tsv; "a/b" in the lemma or the
    pattern stands for either word."""
    for lemmas, pattern, code, reverse, *_ in read_source("verb_patterns.tsv"):
        if code not in known and code not in (NULL_CODE, REMOVE):
            raise ValueError(f"verb_patterns.tsv: unknown CAMEO code {code!r} for {lemmas!r}")
        for lemma, words in product(lemmas.split("/"), expand_words(pattern) if pattern else [()]):
            key = (lemma, words)
            STATS["reviewed_removed" if code == REMOVE else
                  "reviewed_recoded" if key in rules else "reviewed_added"] += 1
            if code == REMOVE:
                rules.pop(key, None)
            else:
                rules[key] = (code, reverse == "1")


# --- Nominal triggers ----------------------------------------------------------------------------
# The reviewed list scripts/codebook_sources/event_nouns.tsv says which nouns name an event, the
# code of the bare noun, and the verb whose patterned rules the noun takes ("the signing of a pact"
# codes as "sign ... pact"). The objects of light verbs ("hold talks", "launch an investigation")
# add their patterned rules to the listed nouns they name. Nothing else becomes a nominal trigger:
# the objects of light verbs are as often modifiers, people or places ("launch a military
# operation", "send troops"), which made "military" and "troops" event nouns.
LIGHT_VERBS = ("carry", "conduct", "hold", "launch", "make", "mount", "pay", "stage")


def read_event_nouns() -> dict[str, tuple[str, str]]:
    """noun -> (verb it nominalises or "", bare code: a CAMEO code, "---", or "-" when rejected)."""
    return {noun: (verb, code) for noun, verb, code, *_ in read_source("event_nouns.tsv")}


def listed_noun(word: str, nouns: dict) -> str | None:
    """The listed noun a dictionary word is, singular or plural ("talks" -> "talk")."""
    for noun in (word, word[:-1] if word.endswith("s") else "", word[:-2] if word.endswith("es") else ""):
        if noun in nouns:
            return noun
    return None


def derive_noun_rules(verb_rules: Rules, known: set[str]) -> Rules:
    """Noun rules: each listed noun's bare code and its verb's patterns, then its light-verb
    patterns. Rejected nouns ("-") get none."""
    nouns = {noun: entry for noun, entry in read_event_nouns().items() if entry[1] != REMOVE}
    by_verb: dict[str, list] = {}
    for (lemma, pattern), outcome in verb_rules.items():
        # A subject constraint ("^mil") says who does the verb; a noun has no subject to check.
        if pattern and not pattern[0].startswith(SUBJECT_MARK):
            by_verb.setdefault(lemma, []).append((pattern, outcome))
    rules: Rules = {}
    for noun, (verb, code) in nouns.items():
        if code not in known and code != NULL_CODE:
            raise ValueError(f"event_nouns.tsv: unknown CAMEO code {code!r} for {noun!r}")
        rules[(noun, ())] = (code, False)
        for pattern, outcome in by_verb.get(verb, []):
            rules.setdefault((noun, pattern), outcome)
    for key, outcome in light_verb_object_rules(by_verb, nouns).items():
        rules.setdefault(key, outcome)
    STATS["event_nouns"] = len(nouns)
    return rules


def light_verb_object_rules(by_verb: dict[str, list], nouns: dict) -> Rules:
    """(noun, words after it) -> the code most light-verb patterns give ("hold talks on X")."""
    votes: dict[tuple[str, tuple[str, ...]], Counter] = {}
    for verb in LIGHT_VERBS:
        for pattern, outcome in by_verb.get(verb, []):
            noun = listed_noun(pattern[0], nouns) if len(pattern) > 1 else None
            if noun:
                votes.setdefault((noun, pattern[1:]), Counter())[outcome] += 1
    return {key: counter.most_common(1)[0][0] for key, counter in votes.items()}


def write_tsv(path: Path, header: tuple[str, ...], rows: list[tuple]) -> None:
    lines = ["\t".join(header)]
    lines += ["\t".join(_cell(value) for value in row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _cell(value: object) -> str:
    if isinstance(value, float):
        return "" if value != value else f"{value:g}"
    if isinstance(value, tuple):
        return " ".join(value)
    return str(value)


def provenance(data: Path, folder: str) -> str:
    text = next((data / folder).glob("PROVENANCE*")).read_text(encoding="utf-8")
    repo = re.search(r"(?:Repository|Source):\s*(\S+)", text)
    commit = re.search(r"[Cc]ommit:?\s*([0-9a-f]{40})", text)
    return f"{repo.group(1) if repo else '?'} @ {commit.group(1) if commit else '?'}"


NOTICE = """realpolitik codebook tables -- generated by scripts/build_codebooks.py; do not edit by hand.

Only facts (codes, short names, scores, verb patterns) are taken; no descriptions or examples.

cameo.tsv
  Codes and Goldstein scores: GDELT's own CAMEO.goldsteinscale.txt, as distributed with the GDELT
    event codebook ({gdelt_goldstein_official}). Free for any use with citation of the
    GDELT Project (https://www.gdeltproject.org).
  Short names and QuadClass: GDELT's LOOKUP-CAMEO.eventcodes.txt and cameo_codes.json from
    {cameo_gdelt_lookups} (MIT, Copyright 2026 RBozydar). QuadClass of a code the list lacks
    follows from its root code (01-05: 1, 06-08: 2, 09-13: 3, 14-20: 4).
  PLOVER type and mode: CAMEO2PLOVER-2021.txt from {cameo2plover} (CC BY-SA 4.0; so this file's
    PLOVER columns are CC BY-SA 4.0 too). A code without a row takes its parent's row; CAMEO 02
    (appeals) takes the row of the mirrored CAMEO 10 code (0231 -> 1031), as PLOVER's REQUEST
    covers appeals and demands; CAMEO 01 (statements) has no PLOVER type.

plover.tsv
  Intensity and QuadClass: Table 2.2 of the PLOVER manual ({plover_manual_tables}, CC BY-SA 4.0),
    transcribed. Correction: ACCUSE without a mode is -3, not the printed +3 (every ACCUSE mode
    is negative and ACCUSE is verbal conflict). Crosswalk modes absent from the table have no
    intensity (plover_intensity falls back to the type's score).
  cameo: a representative code chosen by this script (see TYPE_REPRESENTATIVE there).

verbs.tsv
  From the CAMEO 2.0 verb dictionary CAMEO.2.0.txt, {petrarch2_verbs} (MIT, Copyright 2015 Open
  Event Data Alliance). Each verb of a block gets the block's patterns; a pattern becomes the words
  that must follow the verb, in order: brackets are flattened, synonym sets (&NAME) are expanded,
  "/" alternatives are expanded, and the placeholders $ + ^ % are dropped. "---" marks a phrase
  the dictionary says is not an event. Of a code "a:b" the forward code a is kept; a code ":b"
  (reverse only) is kept as b with reverse = 1: the subject is the target ("receive a loan from",
  "come under fire"): {reverse_only_codes} dictionary codes, {reverse_verb_rules} rules.
  {verb_rules} rules. Dropped:
    patterns with words before the verb (they constrain the subject): {dropped_pattern_constrains_subject}
    patterns expanding to more than 64 forms: {dropped_pattern_too_many_expansions}
    other codes of a repeated (verb, pattern), keeping the most frequent (the first on a tie):
      {dropped_duplicate_pattern_other_code}
    codes absent from the CAMEO table: {dropped_unknown_code};
    codes generalised to their parent: {dropped_code_generalised_to_parent}
    bare rules of the light and generic verbs of scripts/codebook_sources/light_verbs.tsv
      (written for this project; "go", "seek", "prepare" name no event without an object):
      {dropped_bare_rule_of_light_verb}
  Then the reviewed patterns of scripts/codebook_sources/verb_patterns.tsv (written for this
  project; each row gives its reason: weapons tests 150, missile attacks 194, deployments 154,
  "come under attack" reversed, ...) are merged over the dictionary; a pattern whose first word
  is ^SECTOR ("^mil") applies only when the verb's subject is an actor of that sector: {reviewed_added} rules added,
  {reviewed_recoded} recoded, {reviewed_removed} removed.

nouns.tsv
  {noun_rules} nominal-trigger rules for the {event_nouns} event nouns of
  scripts/codebook_sources/event_nouns.tsv (written and reviewed for this project): each noun's
  bare code as reviewed there, the patterned rules of the verb it nominalises ("the signing of a
  pact" codes as "sign a pact"), and the patterned rules of the light verbs in the dictionary whose
  object it is ("hold talks on"). No other noun is a trigger.

event_classifier.npz
  Written by scripts/train_event_classifier.py: TF-IDF and logistic-regression weights fitted on
  NGEC's synthetic stories, https://github.com/ahalterman/NGEC-2025 @
  a3909e2aa02969ccaaa915a9626a5316e1cac0f8 (MIT), and on sentences generated from templates
  written for this project. Only fitted numbers and terms are shipped, no text.
"""


def write_notice(data: Path, stats: Counter) -> None:
    sources = {name.replace("-", "_"): provenance(data, name) for name in (
        "gdelt-goldstein-official", "cameo-gdelt-lookups", "cameo2plover",
        "plover-manual-tables", "petrarch2-verbs")}
    values = Counter(stats)  # a count nothing was dropped for reads as 0
    values.update(dict.fromkeys(sources, 0))
    for name, source in sources.items():
        values[name] = source
    (OUT / "NOTICE").write_text(NOTICE.format_map(values), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    args = parser.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    cameo_rows = build_cameo_rows(args.data)
    known = {row[0] for row in cameo_rows}
    write_tsv(OUT / "cameo.tsv", ("code", "name", "goldstein", "quad_class", "plover_type", "plover_mode"),
              cameo_rows)
    write_tsv(OUT / "plover.tsv", ("plover_type", "plover_mode", "intensity", "quad_class", "cameo"),
              build_plover_rows(args.data, cameo_rows))
    verb_rules = convert_verb_dictionary(args.data / "petrarch2-verbs" / "CAMEO.2.0.txt", known)
    drop_light_verb_defaults(verb_rules)
    merge_reviewed_patterns(verb_rules, known)
    noun_rules = derive_noun_rules(verb_rules, known)
    header = ("lemma", "pattern", "cameo", "reverse")
    write_tsv(OUT / "verbs.tsv", header, sort_rules(verb_rules))
    write_tsv(OUT / "nouns.tsv", header, sort_rules(noun_rules))
    stats = Counter({"cameo_codes": len(cameo_rows), "verb_rules": len(verb_rules),
                     "noun_rules": len(noun_rules),
                     "reverse_verb_rules": sum(reverse for _, reverse in verb_rules.values()),
                     **STATS, **{f"dropped_{key}": n for key, n in DROPPED.items()}})
    write_notice(args.data, stats)
    print(json.dumps(stats, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
