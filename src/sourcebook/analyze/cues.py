"""The words that attribute speech, and the words that name speakers without naming them.

Kept apart from the rules in `quotes.py` so that a cue can be added without touching the
logic, and so the lists can be read (and argued about) as data. English only: other languages
get their direct quotes from the marks alone.
"""

from __future__ import annotations

from typing import Final

#: Verbs (lemmas) whose clausal complement, or the sentence around them, is what was said.
SPEECH_VERBS: Final[frozenset[str]] = frozenset(
    """
    say tell add warn claim argue insist state explain note stress confirm deny announce
    acknowledge admit allege assert contend declare maintain mention report reply respond
    answer suggest write tweet post predict promise pledge vow threaten urge caution complain
    concede agree disagree believe think recall recount repeat reiterate testify disclose
    reveal estimate conclude observe remark comment emphasise emphasize indicate point
    speculate signal hint boast lament counter retort quip joke shout scream whisper
    demand ask question wonder propose recommend charge accuse blame criticise criticize
    praise dismiss reject defend describe call brand label characterize characterise
    insist concede acknowledge assure inform advise notify mutter muse continue conclude read
    """.split()
)

#: Verbs that attribute content only with a clause ("fears that …", "a poll found that …"):
#: beliefs and findings, which the corpora count as attributed and a reader weighs as such.
CLAUSE_VERBS: Final[frozenset[str]] = frozenset(
    """
    believe think fear hope expect worry know feel show find reveal indicate conclude learn
    acknowledge understand doubt assume imagine guess realize realise suspect
    """.split()
)

#: Verbs by which a record speaks: "the poll shows Clinton ahead", "the audit found gaps".
FINDING_VERBS: Final[frozenset[str]] = frozenset("show find reveal suggest indicate".split())

#: Verbs of a stated position or intention, attributed with their object or infinitive:
#: "Clinton wants to raise the minimum wage", "the union opposes the deal".
STANCE_VERBS: Final[frozenset[str]] = frozenset(
    "want plan hope seek intend aim support oppose endorse favor favour".split()
)

#: Things that can show or find, as a poll or a document does: the subjects of FINDING_VERBS.
RECORD_NOUNS: Final[frozenset[str]] = frozenset(
    """
    poll survey study report analysis data figure statistic video footage recording transcript
    document record memo email letter filing audit review investigation inquiry census research
    test result evidence photo image map chart
    """.split()
)

#: First words of a "Label:" line that is not a speaker turn: credits, e-mail headers,
#: headings and captions ("Photo: Reuters", "Subject: …", "Section 5: …").
NOT_TURN_LABELS: Final[frozenset[str]] = frozenset(
    """
    note notes photo photos picture image images video audio caption credit credits source
    sources update updated related read see watch listen share tags tag topics topic posted
    published by from to cc bcc date sent subject re fw fwd attachment attachments email e-mail
    tel phone fax address website web keywords category categories filed disclaimer summary
    abstract background breaking exclusive analysis opinion comment comments editorial live
    also more contact correction corrections clarification editor warning article section
    chapter part step table figure fig appendix annex item clause paragraph page schedule
    exhibit question answer reference ref case file location time venue price status
    """.split()
)

#: Evaluative speech acts whose content is their object: "slammed the plan".
JUDGING_VERBS: Final[frozenset[str]] = frozenset(
    "criticize criticise attack slam blast praise condemn mock ridicule decry applaud".split()
)

#: Cue verbs whose content is usually an object or a prepositional phrase, not a clause:
#: "denied the allegations", "called for a reset", "accused X of Y", "described X as Y".
OBJECT_CUES: Final[frozenset[str]] = frozenset(
    """
    deny dismiss reject defend describe call accuse blame criticise criticize praise urge
    demand promise pledge vow announce confirm brand label characterize characterise
    propose recommend warn threaten welcome condemn
    criticize criticise attack slam blast mock ridicule decry applaud
    """.split()
)

#: Cues whose object is who was addressed, not what was said: "told reporters that …".
ADDRESSEE_CUES: Final[frozenset[str]] = frozenset(
    "tell inform assure warn remind ask advise notify promise urge caution".split()
)

#: Prepositions that carry the content of an object cue: "called for", "accused X of".
CONTENT_CASES: Final[frozenset[str]] = frozenset({"for", "of", "as", "on", "about", "against"})

#: Cues whose subject relays another's words rather than speaking: "…, the Post reported".
RELAY_VERBS: Final[frozenset[str]] = frozenset({"report", "write", "quote", "cite", "publish"})

#: Multi-word cues that are not verbs with subjects; their source follows them.
SOURCE_PHRASES: Final[tuple[tuple[str, ...], ...]] = (
    ("according", "to"),
    ("in", "the", "words", "of"),
    ("as", "reported", "by"),
)

#: Pronouns a speaker may be named by, with the gender they require (None: any person).
PERSON_PRONOUNS: Final[dict[str, str | None]] = {
    "he": "m",
    "she": "f",
    "i": None,
    "we": None,
}

#: Words that are never speakers: object pronouns ("told me"), time words ("said Friday").
NOT_SPEAKERS: Final[frozenset[str]] = frozenset(
    """
    me him her us them there here
    monday tuesday wednesday thursday friday saturday sunday today yesterday tonight tomorrow
    week month year day morning evening night weekend january february march april may june
    july august september october november december time
    """.split()
)

#: Pronouns for a collective: "it said", "they said" (they may also be people; left to nouns).
COLLECTIVE_PRONOUNS: Final[frozenset[str]] = frozenset({"it", "they"})

#: Words in a title or role that fix a person's gender; nothing else is used to guess it.
GENDERED_WORDS: Final[dict[str, str]] = {
    "mr": "m",
    "mr.": "m",
    "sir": "m",
    "lord": "m",
    "spokesman": "m",
    "chairman": "m",
    "congressman": "m",
    "king": "m",
    "prince": "m",
    "father": "m",
    "son": "m",
    "brother": "m",
    "husband": "m",
    "ms": "f",
    "ms.": "f",
    "mrs": "f",
    "mrs.": "f",
    "miss": "f",
    "madam": "f",
    "dame": "f",
    "lady": "f",
    "spokeswoman": "f",
    "chairwoman": "f",
    "congresswoman": "f",
    "queen": "f",
    "princess": "f",
    "mother": "f",
    "daughter": "f",
    "sister": "f",
    "wife": "f",
}

#: Nouns naming a person by role: "the spokesman", "a senior official".
ROLE_NOUNS: Final[frozenset[str]] = frozenset(
    """
    spokesman spokeswoman spokesperson minister president chairman chairwoman chair director
    official officer secretary governor mayor senator lawmaker legislator ambassador envoy
    diplomat chief head leader manager executive ceo founder researcher analyst expert
    lawyer attorney prosecutor judge witness resident protester activist fisher fisherman
    source aide adviser advisor representative candidate commissioner inspector general
    commander captain sheriff detective economist scientist professor doctor mother father
    son daughter wife husband member organiser organizer campaigner chancellor premier
    """.split()
)

#: Nouns naming a body that speaks as one: "the ministry said", "the group said".
COLLECTIVE_NOUNS: Final[frozenset[str]] = frozenset(
    """
    ministry government department agency authority police army military company firm
    group organisation organization cooperative union council committee commission court
    office embassy administration party campaign newspaper paper agency network station
    consortium board bank fund institute university hospital charity coalition alliance
    parliament senate congress cabinet white house kremlin team club association federation
    """.split()
)

#: Mention labels that may speak: people, and named bodies.
SPEAKER_LABELS: Final[frozenset[str]] = frozenset({"PERSON", "ORG", "GPE", "NORP"})

#: Chinese and Japanese cues before a quote in corner marks: 李克強表示：「…」.
CJK_CUES: Final[tuple[str, ...]] = (
    "表示",
    "指出",
    "強調",
    "强调",
    "說",
    "说",
    "稱",
    "称",
    "述べた",
)

#: Opening mark -> the closing marks it accepts.
MARK_PAIRS: Final[dict[str, str]] = {
    "“": "”",
    "„": "“”",
    '"': '"',
    "‘": "’",
    "«": "»",
    "»": "«",
    "「": "」",
    "『": "』",
}
