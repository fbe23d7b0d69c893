import pytest

from sourcebook.errors import QueryError
from sourcebook.store.query import And, Not, Or, Term, parse, positive_terms, to_fts5, to_like


@pytest.mark.parametrize(
    ("query", "fts5"),
    [
        ("port contract", '("port" AND "contract")'),
        ('"port contract" OR harbour*', '("port contract" OR "harbour"*)'),
        ("okafor NOT draft", '("okafor" NOT "draft")'),
        ("okafor -draft", '("okafor" NOT "draft")'),
        ("(a OR b) AND c", '(("a" OR "b") AND "c")'),
        ("U.S. co-op don't", '(("U.S." AND "co-op") AND "don\'t")'),
    ],
)
def test_query_compiles_user_syntax_to_safe_fts5(query, fts5):
    assert to_fts5(parse(query)) == fts5


def test_query_folds_traditional_characters_in_terms():
    assert to_fts5(parse("梁宏偉")) == '"梁宏伟"'


def test_query_binds_or_looser_than_implicit_and():
    assert parse("a b OR c") == Or(And(Term("a"), Term("b")), Term("c"))


def test_query_highlights_only_terms_outside_not():
    node = parse("okafor NOT draft")
    assert isinstance(node, Not)
    assert [term.text for term in positive_terms(node)] == ["okafor"]


def test_query_like_fallback_escapes_wildcards():
    condition, params = to_like(parse("100%"), "body")
    assert "LIKE" in condition and params == ["%100\\%%"]


@pytest.mark.parametrize("query", ["", "   ", "NOT draft", "(port", "port )", '""', "-draft"])
def test_query_rejects_malformed_queries_with_a_reason(query):
    with pytest.raises(QueryError):
        parse(query)
