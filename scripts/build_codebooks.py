"""Build realpolitik's codebook tables from the public sources in ../shared/data.

Run from the repository root:

    .venv/bin/python scripts/build_codebooks.py [--data ../shared/data]

Writes into src/realpolitik/codebooks/data/:

    cameo.tsv   code, name, goldstein, quad_class, plover_type, plover_mode
    plover.tsv  plover_type, plover_mode, intensity, quad_class, cameo (a representative code)
    verbs.tsv   lemma, pattern (space-separated words), cameo  -- from the CAMEO 2.0 verb dictionary
    nouns.tsv   lemma, pattern, cameo                          -- nominal triggers, derived
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
MAX_EXPANSIONS = 64  # a pattern whose synonym sets multiply into more forms is dropped, not truncated
NULL_CODE = "---"
DROPPED: Counter[str] = Counter()


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


def parse_code(text: str, known: set[str]) -> str | None:
    """A pattern's code, generalised to the nearest code in the table; None when unusable."""
    forward = text.split(":")[0].strip()
    if forward == NULL_CODE:
        return NULL_CODE
    if not forward:
        DROPPED["reverse_only_code"] += 1  # VerbRule cannot say "swap source and target"
        return None
    for length in range(len(forward), 1, -1):
        if forward[:length] in known:
            if length < len(forward):
                DROPPED["code_generalised_to_parent"] += 1
            return forward[:length]
    DROPPED["unknown_code"] += 1
    return None


def parse_pattern(line: str, synsets: dict, known: set[str]) -> list[tuple[tuple[str, ...], str]]:
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


def convert_verb_dictionary(path: Path, known: set[str]) -> list[tuple[str, tuple[str, ...], str]]:
    """(lemma, following words, code) rules, most specific first within each lemma.

    A (verb, pattern) the dictionary codes more than once takes its most frequent code, the
    first in the file on a tie ("deploy/send &MILITARY" is 062, 072, 072 and 154: 072).
    """
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    votes: dict[tuple[str, tuple[str, ...]], Counter] = {}
    for verbs, patterns in read_blocks(lines, known):
        for words, own_code in verbs:
            candidates = [((), own_code)] if own_code and own_code != NULL_CODE else []
            for pattern, code in candidates + patterns:
                votes.setdefault((words[0], words[1:] + pattern), Counter())[code] += 1
    DROPPED["duplicate_pattern_other_code"] = sum(len(counter) - 1 for counter in votes.values())
    return sort_rules({key: counter.most_common(1)[0][0] for key, counter in votes.items()})


def sort_rules(rules: dict[tuple[str, tuple[str, ...]], str]) -> list[tuple[str, tuple[str, ...], str]]:
    order = {key: index for index, key in enumerate(rules)}
    keys = sorted(rules, key=lambda key: (key[0], -len(key[1]), order[key]))
    return [(lemma, pattern, rules[(lemma, pattern)]) for lemma, pattern in keys]


# --- Nominal triggers ----------------------------------------------------------------------------
# Nouns that name the act of a verb: each takes that verb's rules ("the signing of a pact" codes
# as "sign ... pact"). Hand-written for this project; the codes still come from the dictionary.
NOMINALIZATIONS = {
    "abduction": "abduct", "accusation": "accuse", "airstrike": "bomb", "annexation": "annex",
    "apology": "apologize", "appeal": "appeal", "arrest": "arrest", "assassination": "assassinate",
    "assault": "assault", "assistance": "assist", "attack": "attack", "blockade": "blockade",
    "bombardment": "bombard", "bombing": "bomb", "boycott": "boycott", "clash": "clash",
    "condemnation": "condemn", "criticism": "criticize", "crackdown": "crack", "delivery": "deliver",
    "demand": "demand", "demonstration": "demonstrate", "deployment": "deploy",
    "deportation": "deport", "detention": "detain", "dispatch": "dispatch", "donation": "donate",
    "endorsement": "endorse", "entry": "enter", "evacuation": "evacuate", "execution": "execute",
    "expulsion": "expel", "fighting": "fight", "incursion": "invade", "intervention": "intervene",
    "invasion": "invade", "investigation": "investigate", "kidnapping": "kidnap", "killing": "kill",
    "massacre": "massacre", "mediation": "mediate", "meeting": "meet", "mobilization": "mobilize",
    "negotiation": "negotiate", "occupation": "occupy", "pledge": "pledge", "praise": "praise",
    "protest": "protest", "raid": "raid", "ratification": "ratify", "recognition": "recognize",
    "refusal": "refuse", "rejection": "reject", "release": "release", "request": "request",
    "resignation": "resign", "riot": "riot", "sanction": "sanction", "seizure": "seize",
    "shelling": "shell", "shipment": "ship", "signing": "sign", "threat": "threaten",
    "veto": "veto", "visit": "visit", "warning": "warn", "withdrawal": "withdraw",
}
# Light verbs whose object names the event ("hold talks", "stage an attack", "pay a visit").
LIGHT_VERBS = ("carry", "conduct", "hold", "launch", "make", "mount", "pay", "stage")
NOT_NOUNS = {"out", "up", "off", "down", "back", "over", "on", "in", "to", "for", "with", "by", "at",
             "a", "an", "the", "its", "their", "his", "her", "no", "new", "first", "fresh"}


def derive_noun_rules(verb_rows: list) -> list[tuple[str, tuple[str, ...], str]]:
    """Noun rules from the nominalizations, then from the objects of light verbs."""
    by_verb: dict[str, list] = {}
    for lemma, pattern, code in verb_rows:
        by_verb.setdefault(lemma, []).append((pattern, code))
    rules: dict[tuple[str, tuple[str, ...]], str] = {}
    for noun, verb in NOMINALIZATIONS.items():
        for pattern, code in by_verb.get(verb, []):
            rules.setdefault((noun, pattern), code)
    votes: dict[tuple[str, tuple[str, ...]], Counter] = {}
    for verb in LIGHT_VERBS:
        for pattern, code in by_verb.get(verb, []):
            if pattern and pattern[0] not in NOT_NOUNS and pattern[0].isalpha():
                votes.setdefault((pattern[0], pattern[1:]), Counter())[code] += 1
    for key, counter in votes.items():
        rules.setdefault(key, counter.most_common(1)[0][0])
    return sort_rules(rules)


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
  the dictionary says is not an event. Of a code "a:b" the forward code a is kept.
  {verb_rules} rules. Dropped:
    patterns with words before the verb (they constrain the subject): {dropped_pattern_constrains_subject}
    patterns coded only in reverse ("[:b]"): {dropped_reverse_only_code}
    patterns expanding to more than 64 forms: {dropped_pattern_too_many_expansions}
    other codes of a repeated (verb, pattern), keeping the most frequent (the first on a tie):
      {dropped_duplicate_pattern_other_code}
    codes absent from the CAMEO table: {dropped_unknown_code};
    codes generalised to their parent: {dropped_code_generalised_to_parent}

nouns.tsv
  {noun_rules} nominal-trigger rules derived from verbs.tsv: nouns written for this project mapped
  to the verb they nominalise, plus the objects of light verbs in the dictionary ("hold talks").

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
    verb_rows = convert_verb_dictionary(args.data / "petrarch2-verbs" / "CAMEO.2.0.txt", known)
    noun_rows = derive_noun_rules(verb_rows)
    write_tsv(OUT / "verbs.tsv", ("lemma", "pattern", "cameo"), verb_rows)
    write_tsv(OUT / "nouns.tsv", ("lemma", "pattern", "cameo"), noun_rows)
    stats = Counter({"cameo_codes": len(cameo_rows), "verb_rules": len(verb_rows),
                     "noun_rules": len(noun_rows), **{f"dropped_{key}": n for key, n in DROPPED.items()}})
    write_notice(args.data, stats)
    print(json.dumps(stats, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
