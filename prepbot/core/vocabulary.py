"""The one vocabulary every layer speaks: the sides of a dialogue, how a user frames their preparation, who may use
what, the bases of a follow-up question, and the kinds the session log records.

Each list is written here once; modules import it rather than spelling it out again.
"""

from __future__ import annotations

# Who said it. A document's author_type, a search's source filter and the side of a paragraph in a summary record
# (delegation -> "state", Committee member or Chair -> "committee") all use these words. "standard" is the
# standards layer: a treaty body's General Comment or Recommendation, the Committee's general reading of its treaty
# rather than anything said in this dialogue (answers must say so).
SIDES = ("state", "committee", "un", "ngo", "standard")
DIALOGUE_SIDES = SIDES[:4]  # the sides that speak in the dialogue itself
STANDARD_SIDE = "standard"
SIDE_LABELS = {
    "state": "The State",
    "committee": "The Committee",
    "un": "UN bodies",
    "ngo": "NGOs",
    "standard": "General Comments",
}
# Whose paragraphs can say what a question asks a side said ("What do NGOs say...?" is answered from NGOs, or not at
# all). The State and NGOs speak only for themselves; a treaty body's concerns reach the dialogue through its own
# documents and through the UN compilation (OHCHR's summary of the treaty bodies), so "the Committee" and "the UN"
# answer for each other; a General Comment only for the standards.
SIDE_VOICES = {
    "state": ("state",),
    "committee": ("committee", "un"),
    "un": ("un", "committee"),
    "ngo": ("ngo",),
    "standard": ("standard",),
}
SIDE_ALIASES = {"standards": "standard"}  # what users may also type for a side ("/filter standards")
CRITIC_SIDES = ("un", "ngo")  # the sides whose concerns a State claim is tested against
ALL_SIDES = "all"  # what a user types to lift the source filter

# A summary-record speaker's role (Paragraph.speaker_role), as the parser reads it off the speaker's title.
DELEGATION_ROLE = "state delegation"
MEMBER_ROLE = "committee member"
CHAIR_ROLE = "chair"
COMMITTEE_ROLES = (MEMBER_ROLE, CHAIR_ROLE)  # who speaks for the Committee in its record

# Whom a user prepares for: frames follow-up questions and answers ("/role", "--role").
FRAMINGS = ("delegation", "ngo")

# Access roles, weakest first. "stranger" is anyone not invited; the session log stores only the other three.
ACCESS_ROLES = ("stranger", "member", "coordinator", "admin")
LOGGED_ROLES = ACCESS_ROLES[1:]

# Why a follow-up question is worth asking (the shells label each in English and Russian: prompts/frame.toml).
BASES = (
    "state-vs-critic",  # a State claim beside a UN/NGO concern
    # a question (a Committee member's, the list of issues', one an NGO suggests) or a UN or NGO concern the State
    # left unanswered
    "unanswered",
    "missing-data",  # a figure requested but not given
    "implementation",  # a State measure whose effect is not shown
    # the standards layer: a State claim beside a Committee's general reading of its treaty (not this dialogue)
    "state-vs-standard",
)
STANDARD_BASIS = "state-vs-standard"  # at most one such question a topic, and only on a strong pair

# The session log.
CHAT_KINDS = ("private", "group", "console")
EXCHANGE_KINDS = ("ask", "followups")
FEEDBACK_KINDS = ("up", "down", "wrong_citation")
EXPORT_FORMATS = ("md", "csv", "jsonl")  # what a coordinator can export from the bot
LOG_FORMATS = ("table", *EXPORT_FORMATS)  # what `prepbot logs` can print
