"""The rule-file loader: every validation error names the file and the line, and packs
extend and override each other as documented."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from copylint.config import Settings, StyleSettings, load_config_file
from copylint.errors import ConfigError
from copylint.style.loader import load_rules

GOOD = """\
id: style.house.banned
type: existence
summary: Words the house bans.
rationale: The house bans them.
message: 'Do not use "{match}"'
tokens: [utilise]
examples:
  bad: ["We will [[utilise]] it."]
  good: ["We will use it."]
"""


def write_pack(root: Path, name: str, files: dict[str, str]) -> Path:
    pack = root / name
    pack.mkdir(parents=True, exist_ok=True)
    for file, text in files.items():
        (pack / file).write_text(textwrap.dedent(text), encoding="utf-8")
    return pack


def load(tmp_path: Path, files: dict[str, str], packs: tuple[str, ...] = ("house",)):
    write_pack(tmp_path / "styles", "house", files)
    return load_rules(packs, (str(tmp_path / "styles"),))


def error_of(tmp_path: Path, files: dict[str, str], packs: tuple[str, ...] = ("house",)) -> ConfigError:
    with pytest.raises(ConfigError) as info:
        load(tmp_path, files, packs)
    return info.value


def test_a_valid_rule_loads_as_a_rule_info(tmp_path):
    ruleset = load(tmp_path, {"banned.yaml": GOOD})
    rule = next(r for r in ruleset.rules if r.id == "style.house.banned")
    assert rule.info.summary == "Words the house bans."
    assert rule.info.severity == "warning" and rule.info.category == "style"
    assert rule.info.source.endswith("banned.yaml")
    assert [e.text for e in rule.info.bad] == ["We will [[utilise]] it."]
    assert ruleset.packs == ("house",)  # a pack without `extends` loads alone


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        (GOOD.replace("tokens:", "tokenz:"), 6, "unknown key 'tokenz'; did you mean 'tokens'?"),
        (GOOD.replace("summary: Words the house bans.", "summary: [a, b]"), 3, "expected a string, got a list"),
        (GOOD + "severity: loud\n", 10, "expected one of error, warning, info, got 'loud'"),
        (GOOD + "severity: 3\n", 10, "expected one of error, warning, info"),
        (GOOD + "enabled: maybe\n", 10, "expected true or false"),
        (GOOD + "scope: [body, footer]\n", 10, "got 'footer'"),
        (GOOD + "link: ftp://example.com\n", 10, "http:// or https://"),
        (GOOD + "patterns: ['(unclosed']\n", 10, "invalid regular expression"),
        (GOOD + "patterns: ['a(?!b)']\n", 10, "look-ahead and look-behind cannot run in linear time"),
        (GOOD + "ignore_quotes: 1\n", 10, "expected true or false"),
        (GOOD.replace("message: 'Do not use \"{match}\"'", "message: 'Do not use {word}'"), 5, "unknown field {word}"),
        (GOOD.replace("message: 'Do not use \"{match}\"'", "message: 'Do not use {match'"), 5, "unbalanced brace"),
        (GOOD.replace("summary: Words the house bans.\n", ""), 1, "missing required key 'summary'"),
        (GOOD.replace("id: style.house.banned\n", ""), 1, "missing required key 'id'"),
        (GOOD.replace("type: existence\n", ""), 1, "missing required key 'type'"),
        (GOOD.replace("type: existence", "type: spelling"), 2, "expected one of existence, substitution"),
        (GOOD.replace("id: style.house.banned", "id: Banned"), 1, "invalid rule id 'Banned'"),
        (GOOD.replace("id: style.house.banned", "id: style.house.other"), 1, "must live in a file named other.yaml"),
        (GOOD + "tokens: [again]\n", 10, "duplicate key 'tokens' (first on line 6)"),
        (GOOD.replace('  bad: ["We will [[utilise]] it."]', '  bad: ["We will utilise it."]'), 8, "must mark the flagged text"),
        (GOOD.replace('  good: ["We will use it."]', '  good: ["We will [[use]] it."]'), 9, "must not contain [[...]]"),
        (GOOD.replace('  good: ["We will use it."]', "  good: []"), 9, "at least one 'good' example"),
        (GOOD.replace('  good: ["We will use it."]\n', ""), 8, "examples need a 'good' list"),
        (GOOD.replace('  good: ["We will use it."]', "  good: [{text: We use it., format: pdf}]"), 9, "expected one of body, txt, md, html"),
        (GOOD.replace('  good: ["We will use it."]', "  good: [{txt: We use it.}]"), 9, "unknown key 'txt' in an example"),
        (GOOD + "suggest: !!python/object:os.system x\n", 10, "unsupported YAML value"),
        (GOOD.replace("tokens: [utilise]", "tokens: {utilise: use}"), 6, "expected a list of strings, got a mapping"),
        (GOOD.replace("tokens: [utilise]\n", ""), 1, "needs 'tokens' or 'patterns'"),
        ("id: style.house.banned\ntype: existence\n  bad: [x\n", 3, "invalid YAML"),
        ("- just\n- a list\n", 1, "expected a rule (a mapping of keys)"),
        ("", None, "empty rule file"),
    ],
)
def test_every_validation_error_names_file_and_line(tmp_path, text, line, fragment):
    err = error_of(tmp_path, {"banned.yaml": text})
    assert err.path == str(tmp_path / "styles" / "house" / "banned.yaml")
    assert err.line == line, str(err)
    assert fragment in err.message, str(err)


def test_anchors_and_aliases_are_refused(tmp_path):
    bomb = GOOD + textwrap.dedent("""\
        exceptions: &a [lol, lol, lol]
        x: [*a, *a, *a]
        """)
    err = error_of(tmp_path, {"banned.yaml": bomb})
    assert "anchors and aliases are not allowed" in err.message and err.line == 10


def test_merge_keys_are_refused(tmp_path):
    text = GOOD.replace("examples:", "<<: {severity: info}\nexamples:")
    err = error_of(tmp_path, {"banned.yaml": text})
    assert "merge keys" in err.message and err.line == 7


@pytest.mark.parametrize(
    ("rule", "line", "fragment"),
    [
        ("""\
            id: style.house.swap
            type: substitution
            summary: s
            rationale: r
            message: 'use {suggestion}'
            regex: true
            swap:
              '(a)b': '\\2'
            examples: {bad: ['[[ab]]'], good: [x]}
            """, 8, "invalid replacement"),
        ("""\
            id: style.house.swap
            type: consistency
            summary: s
            rationale: r
            message: '{match}'
            either:
              - [only-one]
            examples: {bad: ['[[a]]'], good: [x]}
            """, 7, "a group needs at least two forms"),
        ("""\
            id: style.house.swap
            type: occurrence
            summary: s
            rationale: r
            message: '{count}'
            count: matches
            max: 2
            examples: {bad: ['[[a]]'], good: [x]}
            """, 6, "count: matches needs a 'pattern'"),
        ("""\
            id: style.house.swap
            type: occurrence
            summary: s
            rationale: r
            message: '{count}'
            count: words
            max: 2
            min: 5
            examples: {bad: ['[[a]]'], good: [x]}
            """, 8, "min (5) is greater than max (2)"),
        ("""\
            id: style.house.swap
            type: metric
            summary: s
            rationale: r
            message: '{value}'
            formula: flesch-kincaid-grade
            examples: {bad: ['[[a]]'], good: [x]}
            """, 1, "needs 'max' or 'min'"),
        ("""\
            id: style.house.swap
            type: capitalization
            summary: s
            rationale: r
            message: '{match}'
            case: sentence
            scope: sentence
            examples: {bad: ['[[a]]'], good: [x]}
            """, 7, "scope 'sentence' is not allowed"),
        ("""\
            id: style.house.swap
            type: conditional
            summary: s
            rationale: r
            message: '{match}'
            first: '[A-Z]{3}'
            second: '[A-Z]{3}'
            examples: {bad: ['[[a]]'], good: [x]}
            """, 7, "needs a group"),
        ("""\
            id: style.house.swap
            type: repetition
            summary: s
            rationale: r
            message: '{unit}'
            units: [page]
            examples: {bad: ['[[a]]'], good: [x]}
            """, 6, "expected one of paragraph, sentence"),
    ],
)
def test_type_specific_errors(tmp_path, rule, line, fragment):
    err = error_of(tmp_path, {"swap.yaml": rule})
    assert err.line == line, str(err)
    assert fragment in err.message, str(err)


def test_non_utf8_and_oversized_files(tmp_path):
    pack = write_pack(tmp_path / "styles", "house", {})
    (pack / "banned.yaml").write_bytes(b"id: style.house.banned\nsummary: caf\xe9\n")
    with pytest.raises(ConfigError, match="not UTF-8"):
        load_rules(("house",), (str(tmp_path / "styles"),))
    (pack / "banned.yaml").write_text("x: " + "a" * 600_000, encoding="utf-8")
    with pytest.raises(ConfigError, match="larger than"):
        load_rules(("house",), (str(tmp_path / "styles"),))


def test_duplicate_id_across_packs_names_both_files(tmp_path):
    write_pack(tmp_path / "styles", "other", {"banned.yaml": GOOD})
    err = error_of(tmp_path, {"banned.yaml": GOOD}, packs=("other", "house"))
    assert "duplicate rule id 'style.house.banned'" in err.message
    assert str(tmp_path / "styles" / "other" / "banned.yaml") in err.message
    assert err.line == 1


def test_an_override_inherits_what_it_does_not_change(tmp_path):
    files = {
        "pack.yaml": "extends: [copylint]\n",
        "page-furniture.yaml": "override: style.page-furniture\nseverity: warning\n",
    }
    ruleset = load(tmp_path, files)
    rule = next(r for r in ruleset.rules if r.id == "style.page-furniture")
    assert rule.info.severity == "warning"
    assert rule.info.rationale.startswith("Copy taken from a web page")  # inherited
    assert rule.info.source.endswith("house/page-furniture.yaml")
    assert sum(r.id == "style.page-furniture" for r in ruleset.rules) == 1


def test_an_override_that_changes_type_must_be_complete(tmp_path):
    files = {
        "pack.yaml": "extends: [copylint]\n",
        "page-furniture.yaml": "override: style.page-furniture\ntype: substitution\n",
    }
    err = error_of(tmp_path, files)
    assert "missing required key" in err.message


@pytest.mark.parametrize(
    ("files", "line", "fragment"),
    [
        ({"banned.yaml": "override: style.nothing\n"}, 1, "override of unknown rule 'style.nothing'"),
        ({"pack.yaml": "extends: [copylint]\n", "page.yaml": "override: style.page-furniture\n"}, 1,
         "must live in a file named page-furniture.yaml"),
        ({"pack.yaml": "extends: [copylint]\n", "page-furniture.yaml": "override: style.page-furniture\nid: style.x.y\n"}, 2,
         "an override keeps the id"),
    ],
)
def test_override_errors(tmp_path, files, line, fragment):
    err = error_of(tmp_path, files)
    assert fragment in err.message and err.line == line, str(err)


def test_override_needs_the_pack_that_defines_the_rule(tmp_path):
    files = {"pack.yaml": "description: no parents\n", "page-furniture.yaml": "override: style.page-furniture\n"}
    err = error_of(tmp_path, files, packs=("copylint", "house"))
    assert "which pack 'house' does not extend" in err.message


def test_manifest_errors(tmp_path):
    err = error_of(tmp_path, {"pack.yaml": "description: x\nextends: [copylint, nosuch]\n"})
    assert "extends unknown pack 'nosuch'" in err.message and err.line == 2
    err = error_of(tmp_path, {"pack.yaml": "extend: [copylint]\n"})
    assert "unknown key 'extend' in pack manifest" in err.message and err.line == 1


def test_extends_cycle_is_an_error(tmp_path):
    write_pack(tmp_path / "styles", "other", {"pack.yaml": "extends: [house]\n", "banned.yaml": GOOD.replace("house", "other")})
    err = error_of(tmp_path, {"pack.yaml": "extends: [other]\n"})
    assert "cycle" in err.message


def test_a_pack_rule_may_not_take_a_built_in_rule_id(tmp_path):
    text = GOOD.replace("id: style.house.banned", "id: style.repeated-word")
    write_pack(tmp_path / "styles", "house", {"repeated-word.yaml": text})
    from copylint.engine import Linter

    with pytest.raises(ConfigError, match="taken by a built-in rule"):
        Linter(Settings(style=StyleSettings(packs=("house",), paths=(str(tmp_path / "styles"),))))


# -- configuration ----------------------------------------------------------------------

def write_config(tmp_path: Path, style: str) -> Path:
    path = tmp_path / ".copylint.toml"
    path.write_text('fail-on = "error"\n\n[style]\n' + style, encoding="utf-8")
    return path


def test_unknown_pack_names_the_config_key_and_line(tmp_path):
    path = write_config(tmp_path, 'packs = ["copylint", "nope"]\n')
    with pytest.raises(ConfigError) as info:
        load_config_file(path)
    err = info.value
    assert err.path == str(path) and err.line == 4
    assert "unknown style pack 'nope'" in err.message and "style.packs" in err.message


def test_missing_pack_folder_names_the_paths_key(tmp_path):
    path = write_config(tmp_path, 'packs = ["copylint"]\npaths = ["styles"]\n')
    with pytest.raises(ConfigError) as info:
        load_config_file(path)
    assert "style pack folder not found" in info.value.message and "style.paths" in info.value.message
    assert info.value.line == 5


def test_pack_name_clash_with_a_built_in_pack(tmp_path):
    write_pack(tmp_path / "styles", "uk", {"banned.yaml": GOOD})
    path = write_config(tmp_path, 'packs = ["copylint"]\npaths = ["styles"]\n')
    with pytest.raises(ConfigError, match="same name as the pack in copylint's own packs"):
        load_config_file(path)


def test_a_bad_rule_file_in_a_configured_pack_is_reported_when_the_linter_is_built(tmp_path):
    # configuration loading reads no rule files (it does not import the style engine); the
    # linter, which every command builds before reading an article, reports the file and line
    write_pack(tmp_path / "styles", "house", {"banned.yaml": GOOD.replace("tokens:", "tokenz:")})
    path = write_config(tmp_path, 'packs = ["copylint", "house"]\npaths = ["styles"]\n')
    from copylint.engine import Linter

    settings = load_config_file(path)
    with pytest.raises(ConfigError) as info:
        Linter(settings)
    assert info.value.path.endswith("banned.yaml") and info.value.line == 6


def test_user_pack_folder_can_be_the_pack_itself(tmp_path):
    pack = write_pack(tmp_path, "house", {"banned.yaml": GOOD})
    ruleset = load_rules(("house",), (str(pack),))
    assert any(r.id == "style.house.banned" for r in ruleset.rules)


def test_edited_rule_files_are_reloaded(tmp_path):
    first = load(tmp_path, {"banned.yaml": GOOD})
    assert load(tmp_path, {}) is first  # nothing changed: the cached rules
    path = tmp_path / "styles" / "house" / "banned.yaml"
    path.write_text(GOOD.replace("[utilise]", "[utilise, leverage]"), encoding="utf-8")
    import os

    os.utime(path, ns=(1, 1))  # a different modification time, whatever the clock's resolution
    again = load(tmp_path, {})
    assert again is not first
    rule = next(r for r in again.rules if r.id == "style.house.banned")
    assert rule.literals.tokens == ("utilise", "leverage")


def test_a_pack_rule_may_not_take_an_id_under_a_check_s_dynamic_prefix(tmp_path):
    text = GOOD.replace("id: style.house.banned", "id: languagetool.house-banned")
    write_pack(tmp_path / "styles", "house", {"house-banned.yaml": text})
    from copylint.engine import Linter

    with pytest.raises(ConfigError, match=r"taken by a built-in rule \(copylint.checks.languagetool\)"):
        Linter(Settings(style=StyleSettings(packs=("house",), paths=(str(tmp_path / "styles"),))))
