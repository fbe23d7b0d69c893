"""The search language: words, "phrases", prefix*, AND / OR / NOT, -word and parentheses.

Users type queries into a shell, often with punctuation FTS5 would reject ("U.S.", "co-op",
"don't"), so the query is parsed here into a small tree and compiled by each backend, rather
than passed through raw.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sourcebook.errors import QueryError
from sourcebook.text.fold import fold_cjk, has_cjk

_TOKEN = re.compile(r'\s*(?:(?P<phrase>"[^"]*"?)|(?P<open>\()|(?P<close>\))|(?P<word>[^\s()"]+))')
_OPERATORS = {"AND", "OR", "NOT"}


@dataclass(frozen=True, slots=True)
class Term:
    text: str
    prefix: bool = False
    phrase: bool = False


@dataclass(frozen=True, slots=True)
class And:
    left: Node
    right: Node


@dataclass(frozen=True, slots=True)
class Or:
    left: Node
    right: Node


@dataclass(frozen=True, slots=True)
class Not:
    """`left` without `right`: FTS5's NOT is binary, and so is ours."""

    left: Node
    right: Node


Node = Term | And | Or | Not


def parse(query: str) -> Node:
    tokens = _tokenize(query)
    if not tokens:
        raise QueryError(
            "the query is empty", 'type some words, e.g. sourcebook search "port contract"'
        )
    parser = _Parser(tokens, query)
    node = parser.expression()
    if parser.position < len(tokens):
        raise QueryError(
            f"unexpected {tokens[parser.position]!r} in query {query!r}", "check the parentheses"
        )
    return node


def positive_terms(node: Node) -> list[Term]:
    """Terms whose matches are worth highlighting (not the excluded side of a NOT)."""
    if isinstance(node, Term):
        return [node]
    if isinstance(node, Not):
        return positive_terms(node.left)
    return positive_terms(node.left) + positive_terms(node.right)


def is_cjk(node: Node) -> bool:
    return any(has_cjk(term.text) for term in _all_terms(node))


def _all_terms(node: Node) -> list[Term]:
    if isinstance(node, Term):
        return [node]
    return _all_terms(node.left) + _all_terms(node.right)


def to_fts5(node: Node) -> str:
    """Compile to an FTS5 MATCH expression; every word is quoted, so punctuation is safe."""
    if isinstance(node, Term):
        quoted = '"' + fold_cjk(node.text).replace('"', '""') + '"'
        return quoted + "*" if node.prefix else quoted
    operator = {And: "AND", Or: "OR", Not: "NOT"}[type(node)]
    return f"({to_fts5(node.left)} {operator} {to_fts5(node.right)})"


def shortest_term(node: Node) -> int:
    return min(len(term.text) for term in _all_terms(node))


def all_cjk(node: Node) -> bool:
    return all(has_cjk(term.text) for term in _all_terms(node))


def to_membership(node: Node) -> tuple[str, list[str]]:
    """Compile to a SQL condition on `p.id` (a passage) with one index lookup per term.

    For queries that mix scripts or hold Chinese words too short for the trigram index: each
    term asks the index that can answer it, and SQL combines the answers.
    """
    if isinstance(node, Term):
        if not has_cjk(node.text):
            return "p.id IN (SELECT rowid FROM passages_fts WHERE passages_fts MATCH ?)", [
                to_fts5(node)
            ]
        if len(node.text) >= 3:
            return "p.id IN (SELECT rowid FROM passages_cjk WHERE passages_cjk MATCH ?)", [
                to_fts5(node)
            ]
        escaped = fold_cjk(node.text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        sql = "p.id IN (SELECT rowid FROM passages_cjk WHERE body LIKE ? ESCAPE '\\')"
        return sql, [f"%{escaped}%"]
    left, left_params = to_membership(node.left)
    right, right_params = to_membership(node.right)
    if isinstance(node, Not):
        return f"({left} AND NOT {right})", left_params + right_params
    operator = "AND" if isinstance(node, And) else "OR"
    return f"({left} {operator} {right})", left_params + right_params


def _tokenize(query: str) -> list[str]:
    tokens = []
    for match in _TOKEN.finditer(query):
        token = match.group(match.lastgroup or "word")
        if token is not None:
            tokens.append(token)
    return tokens


class _Parser:
    def __init__(self, tokens: list[str], query: str) -> None:
        self.tokens = tokens
        self.query = query
        self.position = 0

    def peek(self) -> str | None:
        return self.tokens[self.position] if self.position < len(self.tokens) else None

    def take(self) -> str:
        token = self.tokens[self.position]
        self.position += 1
        return token

    def expression(self) -> Node:
        node = self.conjunction()
        while self.peek() == "OR":
            self.take()
            node = Or(node, self.conjunction())
        return node

    def conjunction(self) -> Node:
        node = self.operand()
        while (token := self.peek()) is not None and token not in {"OR", ")"}:
            if token == "NOT" or (token.startswith("-") and len(token) > 1):
                if token == "NOT":
                    self.take()
                    node = Not(node, self.operand())
                else:
                    self.tokens[self.position] = token[1:]
                    node = Not(node, self.operand())
                continue
            if token == "AND":
                self.take()
            node = And(node, self.operand())
        return node

    def operand(self) -> Node:
        token = self.peek()
        if token is None:
            raise QueryError(f"the query {self.query!r} ends where a word was expected")
        if token in _OPERATORS or (token.startswith("-") and len(token) > 1):
            raise QueryError(
                f"{token!r} needs a word before it in query {self.query!r}",
                'NOT excludes: write "contract NOT draft", not "NOT draft"',
            )
        self.take()
        if token == "(":
            node = self.expression()
            if self.peek() != ")":
                raise QueryError(f"unclosed parenthesis in query {self.query!r}")
            self.take()
            return node
        if token == ")":
            raise QueryError(f"unexpected ')' in query {self.query!r}")
        if token.startswith('"'):
            text = token.strip('"').strip()
            if not text:
                raise QueryError(f"empty phrase in query {self.query!r}")
            return Term(text, phrase=True)
        if token.endswith("*") and len(token) > 1:
            return Term(token.rstrip("*"), prefix=True)
        return Term(token)
