"""Tokenizer rules closer to UD English's, applied when the pipeline is assembled.

The parser and tagger learned from UD's words, so the tokenizer should cut text the same way:
UD splits most hyphenated words ("al - Qaeda") but keeps those with a bound prefix whole
("e-mail", "anti-war", "counter-terrorism"), and keeps phone numbers and dates
("853-7906", "01-Feb-02") and runs of punctuation ("!!!", "**", "____") whole, where spaCy's
English defaults split them. A word cut differently from UD cannot be tagged or attached right.
The rules are saved inside the pipeline's tokenizer, so nothing runs at load time.
"""

from __future__ import annotations

from spacy.lang.en import English
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

#: A run of one punctuation mark, or of !?. mixed, is one token: "!!!", "?!", "**", "____".
PUNCT_RUNS = r"(?:[!?]{2,}|\.[?!]+|\*{2,}|_{2,}|={2,}|#{2,}|~{2,})"

_LETTER_HYPHEN = "(?:-|–|—|--|---|——|~)"  # spaCy's rule splitting on a hyphen between letters
_DIGIT_OPERATORS = r"(?<=[0-9])[+\-\*^](?=[0-9-])"
#: Prefixes UD keeps attached to the word after their hyphen.
BOUND_PREFIXES = ("e", "E", "anti", "Anti", "pre", "Pre", "re", "counter", "Counter", "co", "non")
_KEEP = "".join(rf"(?<!\b{prefix})" for prefix in BOUND_PREFIXES)


def customize(tokenizer: Tokenizer) -> None:
    infixes = []
    for pattern in English.Defaults.infixes or []:
        if pattern == _DIGIT_OPERATORS:
            pattern = r"(?<=[0-9])[+\*^](?=[0-9])"  # keep 853-7906 and 2-1 whole, as UD does
        elif _LETTER_HYPHEN in pattern:
            pattern = pattern.replace(_LETTER_HYPHEN, _KEEP + _LETTER_HYPHEN)
        infixes.append(pattern)
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    tokenizer.prefix_search = compile_prefix_regex(
        [PUNCT_RUNS, *(English.Defaults.prefixes or [])]
    ).search
    tokenizer.suffix_search = compile_suffix_regex(
        [PUNCT_RUNS, *(English.Defaults.suffixes or [])]
    ).search
