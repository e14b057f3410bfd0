"""The shipped packs: each pack on its own runs its rules' examples (so a rule that
another pack overrides is still tested), ids follow the scheme, the sample article gets
the alerts it should, and the CLI shows pack rules like any other."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import SAMPLE
from copylint.config import Settings, StyleSettings
from copylint.engine import Linter
from copylint.readers import parse
from copylint.style.loader import load_rules
from copylint.style.packs import builtin_pack_names, builtin_root
from copylint.style.selftest import failures, house_rules

PACKS = builtin_pack_names()


def test_the_shipped_packs():
    assert PACKS == ("copylint", "ap", "uk")
    assert builtin_root().is_dir()


@pytest.fixture(scope="module", params=PACKS)
def pack_linter(request):
    return request.param, Linter(Settings(style=StyleSettings(packs=(request.param,))))


def _house_rules(linter: Linter):
    return house_rules(linter).rules


def test_every_rule_of_each_pack_passes_its_examples(pack_linter):
    name, linter = pack_linter
    total, failed = failures(linter)
    assert total > 20 and not failed, "\n".join(failed)


def test_rule_ids_follow_the_scheme():
    for name in PACKS:
        for rule in load_rules((name,)).rules:
            folder = Path(rule.info.source).parent.name
            stem = Path(rule.info.source).stem
            if folder == "copylint":
                assert rule.id == f"style.{stem}", rule.id
            elif rule.id.startswith(f"style.{folder}."):
                assert rule.id == f"style.{folder}.{stem}", rule.id
            else:  # an override keeps the id of the copylint rule it replaces
                assert rule.id == f"style.{stem}" and rule.spec.entries.get("override") is None, rule.id


def test_every_rule_has_docs_and_a_link_or_rationale():
    for name in PACKS:
        for rule in load_rules((name,)).rules:
            assert rule.info.summary and len(rule.info.rationale) > 80, rule.id
            assert rule.info.bad and rule.info.good, rule.id


def test_ap_and_uk_override_the_abbreviation_rule_and_switch_on_acronyms():
    for name, fix in (("ap", "U.S."), ("uk", "US")):
        rules = {r.id: r for r in load_rules((name,)).rules}
        abbreviation = rules["style.abbreviation-consistency"]
        assert abbreviation.spec.get("type") == "substitution"
        assert fix in [value for _, value, _ in abbreviation.spec.get("swap").items]
        assert rules["style.acronym-first-use"].info.default_enabled
    assert not {r.id: r for r in load_rules(("copylint",)).rules}["style.acronym-first-use"].info.default_enabled


# -- the sample article --------------------------------------------------------------------------

def test_the_default_pack_on_the_sample_article():
    settings = Settings()
    linter = Linter(settings)
    doc = parse(SAMPLE.read_text(encoding="utf-8"), str(SAMPLE))
    house = {r.id for r in _house_rules(linter)}
    found = [(i.line, i.rule, i.severity, i.text) for i in linter.lint(doc) if i.rule in house]
    assert found == [
        (5, "style.page-furniture", "info", "4 min read"),
        (6, "style.date-leading-zero", "warning", "01"),
        (6, "style.month-year-comma", "warning", "January, 2020"),
        (26, "style.abbreviation-consistency", "warning", "U.S."),
        (40, "style.page-furniture", "info", "Read also:"),
        # kept: the article mixes curly marks (in a pasted link and a sub-heading) with straight ones
        (40, "style.apostrophe-consistency", "info", "\u2019"),
        (44, "style.apostrophe-consistency", "info", "\u2018"),
        (44, "style.apostrophe-consistency", "info", "\u2019"),
        (66, "style.page-furniture", "info", "Follow us\u00a0on Twitter"),
    ]


# -- the command line ------------------------------------------------------------------------------

def test_explain_shows_a_pack_rule(run_cli):
    result = run_cli("explain", "style.abbreviation-consistency")
    out = result.stdout.decode()
    assert result.returncode == 0
    assert "Houses differ on full stops" in out
    assert "[[U.S.]]" in out and "Defined in:" in out and "abbreviation-consistency.yaml" in out


def test_explain_finds_a_rule_of_a_pack_not_selected(run_cli):
    result = run_cli("explain", "style.uk.date-order")
    assert result.returncode == 0 and "British copy writes the day first" in result.stdout.decode()


def test_rules_lists_the_selected_packs(run_cli, tmp_path):
    (tmp_path / ".copylint.toml").write_text('[style]\npacks = ["ap"]\n', encoding="utf-8")
    listed = json.loads(run_cli("rules", "--format", "json", cwd=tmp_path).stdout)
    ids = {r["id"] for r in listed}
    assert {"style.ap.percent", "style.page-furniture"} <= ids
    assert not any(i.startswith("style.uk.") for i in ids)
    # --all: every shipped rule, those of packs not loaded marked so
    everything = json.loads(run_cli("rules", "--format", "json", "--all", cwd=tmp_path).stdout)
    loaded = {r["id"]: r["loaded"] for r in everything if r["pack"] in ("ap", "uk")}
    assert loaded["style.ap.percent"] and "style.acronym-first-use" in {r["id"] for r in everything}
    assert loaded["style.uk.per-cent"] is False


def test_a_bad_rule_file_is_a_one_line_error_with_exit_2(run_cli, tmp_path):
    pack = tmp_path / "styles" / "house"
    pack.mkdir(parents=True)
    (pack / "x.yaml").write_text("id: style.house.x\ntype: existence\nsumary: typo\n", encoding="utf-8")
    (tmp_path / ".copylint.toml").write_text('[style]\npacks = ["house"]\npaths = ["styles"]\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text("Headline\n\nText.\n", encoding="utf-8")
    result = run_cli("check", "a.txt", cwd=tmp_path)
    err = result.stderr.decode()
    assert result.returncode == 2
    assert err.count("\n") == 1 and "x.yaml:3: unknown key 'sumary'; did you mean 'summary'?" in err
    assert "Traceback" not in err


def test_a_user_pack_extends_and_overrides(run_cli, tmp_path):
    pack = tmp_path / "styles" / "house"
    pack.mkdir(parents=True)
    (pack / "pack.yaml").write_text("extends: [uk]\n", encoding="utf-8")
    (pack / "page-furniture.yaml").write_text("override: style.page-furniture\nseverity: error\n", encoding="utf-8")
    (tmp_path / ".copylint.toml").write_text('[style]\npacks = ["house"]\npaths = ["styles"]\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text("Council plans\n\nThe U.S. plan was cut by 5 percent.\n\nRead also: More news\n",
                                    encoding="utf-8")
    result = run_cli("check", "a.txt", "--format", "json", "--disable", "spelling", "--disable", "grammar", cwd=tmp_path)
    issues = {(i["line"], i["rule"], i["severity"]) for i in json.loads(result.stdout)["issues"]}
    assert (3, "style.abbreviation-consistency", "warning") in issues  # uk: U.S. -> US
    assert (3, "style.uk.per-cent", "warning") in issues
    assert (5, "style.page-furniture", "error") in issues  # the house override
    assert result.returncode == 1


def test_the_worked_examples_in_the_docs_load_and_pass(tmp_path):
    import re

    from conftest import ROOT

    docs = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    blocks = [b for b in re.findall(r"```yaml\n(.*?)```", docs, re.S) if re.match(r"id: style\.mynews\.", b)]
    assert len(blocks) >= 8  # one per rule type
    pack = tmp_path / "styles" / "mynews"
    pack.mkdir(parents=True)
    for block in blocks:
        name = re.match(r"id: style\.mynews\.([\w-]+)", block).group(1)
        (pack / f"{name}.yaml").write_text(block, encoding="utf-8")
    linter = Linter(Settings(style=StyleSettings(packs=("mynews",), paths=(str(tmp_path / "styles"),))))
    types = {rule.spec.get("type") for rule in house_rules(linter).rules}
    assert types == {"existence", "substitution", "consistency", "occurrence", "repetition", "capitalization",
                     "conditional", "metric"}
    total, failed = failures(linter)
    assert total >= 14 and not failed, "\n".join(failed)
