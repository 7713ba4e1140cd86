"""framing.findings.derived: labels, threads and key findings made once per comparison, shared by every output."""

from __future__ import annotations

import json

import pytest

import framing
import framing.findings.labels
import framing.findings.model
import framing.findings.threads
from framing import compare, load_all
from framing.findings.derived import of
from framing.findings.labels import labels, outlet_names
from framing.findings.model import key_findings
from framing.findings.threads import all_threads, headline_contrast


@pytest.fixture
def comparison(seeds):
    return compare(load_all(seeds))


def test_every_output_reads_one_set_of_findings(comparison, tmp_path, monkeypatch):
    calls = {"key_findings": 0, "all_threads": 0, "headline_contrast": 0, "labels": 0}
    modules = {"key_findings": framing.findings.model, "all_threads": framing.findings.threads,
               "headline_contrast": framing.findings.threads, "labels": framing.findings.labels}
    for name, module in modules.items():
        real = getattr(module, name)

        def counted(*args, _real=real, _name=name, **kwargs):
            calls[_name] += 1
            return _real(*args, **kwargs)

        monkeypatch.setattr(module, name, counted)
    comparison.to_markdown()
    comparison.to_html()
    comparison.to_json()
    comparison.to_csv(tmp_path)
    comparison._repr_html_()
    comparison._repr_markdown_()
    assert calls == {"key_findings": 1, "all_threads": 1, "headline_contrast": 1, "labels": 1}


def test_what_is_kept_is_what_the_functions_make(comparison):
    d = of(comparison)
    assert d is of(comparison)  # kept on the comparison
    assert d.names == outlet_names(comparison.articles)
    assert d.labels == labels(comparison)
    assert d.contrast == headline_contrast(comparison)
    assert d.threads == all_threads(comparison)
    assert d.findings == key_findings(comparison)


def test_an_output_is_the_same_whichever_is_written_first(seeds, tmp_path):
    first = compare(load_all(seeds))
    memo, page, data = first.to_markdown(), first.to_html(), first.to_json()
    second = compare(load_all(seeds))
    assert (second.to_json(), second.to_html(), second.to_markdown()) == (data, page, memo)
    assert [f["label"] for f in json.loads(data)["findings"]] == [f.label for f in of(second).findings]


def test_a_comparison_without_coverage_has_no_threads():
    a = framing.Article.from_text("Head\nTroops left Kyiv on Monday.", id="a")
    b = framing.Article.from_text("Head\nOn Monday, troops left Kyiv.", id="b")
    c = compare([a, b], comparators=["quotes"])
    assert of(c).threads == {}
    assert "Key findings" in c.to_html()
