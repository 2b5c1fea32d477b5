"""Suppression comments in Markdown drafts, unused-directive reports, and the config filtering step."""

from __future__ import annotations

from quotecheck.model import Article, Config, Evidence, Finding, Report, Severity
from quotecheck.suppress import apply, configure, directives

DRAFT = """# Troops at the border

<!-- quotecheck-disable-next-line quote-wording -->

Stoltenberg said: "Russia must end this build-up."

Kuleba said: "We need more support."

<!-- quotecheck-disable quote-number, figure-conflict -->
Officials counted 40,000 troops.

Khomchak said: "28 battalion tactical groups."
<!-- quotecheck-enable -->

He added: "Up to 25 more."
"""


def finding(article: Article, words: str, rule: str, severity: Severity = "warning") -> Finding:
    """A finding of `rule` pointing at the first occurrence of `words`."""
    start = article.text.index(words)
    return Finding(
        rule, severity, f"{rule} at {words}", (Evidence.at(article, start, start + len(words)),), rule + words
    )


def run(*findings: Finding, article: Article, config: Config | None = None) -> list[tuple[str, str]]:
    """Apply suppression and return (rule, message) of what is left."""
    report = Report((article,), ((),), findings)
    return [(f.rule, f.message) for f in apply(report, config=config).findings]


ARTICLE = Article(id="draft", text=DRAFT, path="drafts/troops.md")


def test_next_line_skips_blank_lines() -> None:
    """disable-next-line silences its rule on the next non-blank line, and only there."""
    left = run(
        finding(ARTICLE, "Russia must end this build-up.", "quote-wording"),
        finding(ARTICLE, "We need more support.", "quote-wording"),
        article=ARTICLE,
    )
    assert left[0] == ("quote-wording", "quote-wording at We need more support.")
    assert [rule for rule, _ in left] == ["quote-wording", "unused-suppression"]


def test_next_line_is_rule_specific() -> None:
    """A different rule on the silenced line is still reported."""
    left = run(finding(ARTICLE, "Russia must end this build-up.", "quote-speaker"), article=ARTICLE)
    assert ("quote-speaker", "quote-speaker at Russia must end this build-up.") in left


def test_region_silences_named_rules_until_enable() -> None:
    """disable ... enable covers the lines between for the rules it names; after enable they report again."""
    left = run(
        finding(ARTICLE, "40,000 troops", "figure-conflict"),
        finding(ARTICLE, "28 battalion tactical groups.", "quote-number"),
        finding(ARTICLE, "Up to 25 more.", "quote-number"),
        finding(ARTICLE, "Russia must end this build-up.", "quote-wording"),
        article=ARTICLE,
    )
    assert left == [("quote-number", "quote-number at Up to 25 more.")]


def test_unused_directives_are_info_findings() -> None:
    """A directive that silenced nothing is reported where it stands, as info."""
    report = Report((ARTICLE,), ((),), ())
    unused = apply(report).findings
    assert [(f.rule, f.severity, f.evidence[0].line) for f in unused] == [
        ("unused-suppression", "info", 3),
        ("unused-suppression", "info", 9),
    ]
    assert unused[0].message == "This quotecheck-disable-next-line comment suppressed nothing; remove it."
    assert unused[0].evidence[0].text == "<!-- quotecheck-disable-next-line quote-wording -->"


def test_directive_without_rules_covers_all_and_unclosed_region_runs_to_end() -> None:
    """No rule names means every rule; a region never enabled again lasts to the end of the article."""
    article = Article(id="a", text='Intro.\n<!-- quotecheck-disable -->\nHe said: "x".\n\nShe said: "y".\n')
    assert (
        run(
            finding(article, '"y"', "quote-speaker"), finding(article, '"x"', "quote-number"), article=article
        )
        == []
    )
    (d,) = directives(article.text)
    assert (d.start, d.end) == (article.text.index("-->") + 3, len(article.text))


def test_config_disables_and_overrides_severity() -> None:
    """configure drops disabled rules, keeps only enabled ones when listed, and applies severity overrides."""
    article = Article(id="a", text="one two three")
    a, b = finding(article, "one", "quote-wording"), finding(article, "two", "date-weekday")
    assert [f.rule for f in configure([a, b], Config(disable=("date-weekday",)))] == ["quote-wording"]
    assert [f.rule for f in configure([a, b], Config(enable=("date-weekday",)))] == ["date-weekday"]
    (changed,) = configure([a], Config(severity=(("quote-wording", "info"),)))
    assert changed.severity == "info"
