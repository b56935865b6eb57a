"""How paragraph numbers run: whole ("36", as most UN documents print them) or decimal ("2.3": section 2, its third
paragraph, as the treaty bodies' Views and decisions on individual communications print them, with a whole "8."
between sections now and then). One place says which number may come next, how far apart two numbers are, which
numbers are missing between them and how numbers sort; the parser, the numbering report and the answering layer
all ask it, so that "¶2" is never read as "¶2.3" nor "¶2.3" as "¶2"."""

from __future__ import annotations

import re

# A printed paragraph number, whole or decimal, as a regex fragment for longer patterns: "36", "2.3"
NUMBER_PATTERN = r"\d{1,4}(?:\.\d{1,2})?"
# A paragraph number as a text may cite it, of any length and with a letter ("8", "2.3", "12a", "12345"): what the
# prose gate must catch to check (a model's "¶12345" is a number it cites) and a log filter reads ("kaz-report:36")
CITED_NUMBER_PATTERN = r"\d+(?:\.\d+)?[a-z]?"
# "2.3" -> section 2, paragraph 3; "36" -> 36 alone; "12 bis" -> 12 (the order a record's numbers run in)
_NUMBER_PARTS = re.compile(r"(?P<whole>\d+)(?:\.(?P<sub>\d+))?")


def is_decimal(number: str) -> bool:
    """Whether a printed number has a sub-number: "2.3" yes, "36" no."""
    match = _NUMBER_PARTS.fullmatch(number.strip())
    return match is not None and match.group("sub") is not None


def number_order(number: str) -> tuple[int, int]:
    """A paragraph's printed number as a sort key: "2.3" -> (2, 3), "36" -> (36, 0) (so "2" sorts before "2.1"),
    "12 bis" -> (12, 0); (0, 0) when it holds no digits."""
    match = _NUMBER_PARTS.match(number.strip())
    if match is None:
        return (0, 0)
    return (int(match.group("whole")), int(match.group("sub") or 0))


def steps_between(last: str, number: str) -> int | None:
    """How many numbers on from `last` `number` is: 1 when it comes next (2.3 -> 2.4, 3.1 or 3; 36 -> 37 or 37.1), 2
    when one number is missing between them (2.3 -> 2.5 or 3.2, 36 -> 38), 0 when it is `last` again; None when it
    does not come after `last` (backwards, or "2" after "2.3", "2.1" after "2")."""
    (whole, sub), (new_whole, new_sub) = number_order(last), number_order(number)
    if new_whole == whole:
        if (sub == 0) != (new_sub == 0):
            return None  # "2" beside "2.1": neither follows the other
        return new_sub - sub if new_sub >= sub else None
    if new_whole < whole:
        return None
    sections = new_whole - whole  # whole numbers (or sections) passed: 2.3 -> 3.1 is one, 2.3 -> 4.1 two
    return sections if new_sub == 0 else sections - 1 + new_sub


def missing_between(last: str, number: str) -> list[str]:
    """The numbers printed nowhere between `last` and the next paragraph's `number`, in order: 2.1 -> 2.3 gives 2.2;
    2.3 -> 4.2 gives 3 (a section none of whose paragraphs is printed, named by its whole number) and 4.1; 36 -> 39
    gives 37, 38. Empty when `number` comes next or does not come after `last` at all."""
    (whole, sub), (new_whole, new_sub) = number_order(last), number_order(number)
    if steps_between(last, number) is None:
        return []
    if new_whole == whole:
        return [f"{whole}.{n}" for n in range(sub + 1, new_sub)]
    missing = [str(n) for n in range(whole + 1, new_whole)]
    return missing + [f"{new_whole}.{n}" for n in range(1, new_sub)]


def first_missing(number: str) -> list[str]:
    """The numbers a document starting at `number` lacks before it: "1.3" -> 1.1, 1.2; "2.1" -> 1; "3" -> 1, 2."""
    whole, sub = number_order(number)
    if sub == 0:
        return [str(n) for n in range(1, whole)]
    return [str(n) for n in range(1, whole)] + [f"{whole}.{n}" for n in range(1, sub)]
