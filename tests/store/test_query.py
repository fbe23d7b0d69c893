import pytest

from sourcebook.errors import QueryError
from sourcebook.store.query import (
    And,
    Not,
    Or,
    Term,
    parse,
    positive_terms,
    to_fts5,
    to_membership,
)


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


def test_query_mixed_scripts_ask_each_index_for_its_own_terms():
    condition, params = to_membership(parse("port OR 港口"))
    assert "passages_fts MATCH" in condition and "passages_cjk" in condition
    assert params == ['"port"', "%港口%"]


def test_query_short_chinese_terms_escape_like_wildcards():
    _, params = to_membership(parse("港%"))
    assert params == ["%港\\%%"]


@pytest.mark.parametrize("query", ["", "   ", "NOT draft", "(port", "port )", '""', "-draft"])
def test_query_rejects_malformed_queries_with_a_reason(query):
    with pytest.raises(QueryError):
        parse(query)
