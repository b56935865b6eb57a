"""PromptRegistry: loads the prompt files in prompts/ (one TOML file per prompt), checks, renders, hashes, hot-reloads.

A prompt file (see prompts/README.md, written for maintainers):

    id = "answer"                       # must equal the file name without .toml
    description = "..."
    input_variables = ["question", "paragraphs", "role"]

    [sample]                            # sample inputs: `prepbot prompts check` / `show` render with these
    question = "..."

    [[messages]]                        # a chat prompt: system / human / ai messages, Jinja2 templates
    role = "system"
    template = '''...'''

or, instead of [[messages]], wording pieces that the offline modes fill in ("phrases"), per language:

    [phrases.en]
    delegation = "The delegation told the Committee"
    [phrases.ru]
    delegation = "Делегация сообщила Комитету"

Templates are Jinja2 (`{{ question }}`, `{% for p in paragraphs %}`), rendered in a sandbox with strict undefined
variables. A broken edit is refused as a whole file: the last good version of that prompt stays in use and the
problem is reported (file, line, message). A maintainer's copy (PREPBOT_PROMPTS_DIR) broken or missing a file when
prepbot starts, with no last good version yet, falls back to the file as shipped in prepbot's prompts/ folder.
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
import threading
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import StrictUndefined, TemplateSyntaxError, meta
from jinja2.sandbox import SandboxedEnvironment

from prepbot.core.errors import PrepbotError
from prepbot.core.vocabulary import BASES, FRAMINGS, SIDES

MESSAGE_ROLES = ("system", "human", "ai")
DEFAULT_LANGUAGE = "en"


@dataclass(frozen=True)
class Expectation:
    """What the code supplies to a prompt it uses, and the phrase names it looks up."""

    kind: str  # "messages" | "phrases"
    supplied: frozenset[str]
    phrases: frozenset[str] = frozenset()


# The prompts prepbot's code uses. Maintainers may edit their wording freely; these names are the code's side.
EXPECTED: dict[str, Expectation] = {
    "system": Expectation("messages", frozenset({"role"})),
    "answer": Expectation("messages", frozenset({"question", "paragraphs", "role", "language"})),
    "followups": Expectation("messages", frozenset({"topic", "paragraphs", "role", "min_questions", "max_questions"})),
    "attributions": Expectation(
        "phrases",
        frozenset({"speaker", "mechanism", "symbol", "title", "female", "chair_name", "number"}),
        frozenset(
            {
                "delegation",
                "committee_member_asked",
                "committee_member_said",
                "chair",
                "speaker",
                "summary_record",
                "state_document",
                "committee_document",
                "committee_finding",
                "un_document",
                "ngo_document",
                "standard_document",
                "standard_recommendation",
            }
        ),
    ),
    "extractive": Expectation(
        "phrases",
        frozenset({"question", "sides", "searched", "count", "named"}),
        frozenset(
            {
                "found",
                "replies",
                "replies_left",
                "contrast",
                "silent",
                "llm_fallback",
                "llm_unavailable",
                "llm_timeout",
                "llm_rate_limited",
                "llm_server_error",
                "llm_length",
                "llm_refused",
                "llm_bad_output",
                "llm_not_answered",
                "llm_no_citation",
                "llm_not_verbatim",
                "llm_unsupported_figure",
                "llm_unverified_quotation",
                "llm_off_point",
                "sides_joiner",
                "side_state",
                "side_committee",
                "side_un",
                "side_ngo",
                "side_standard",
                "side_standard_named",
                "nothing_to_go_on_from",
                "only_common_words",
            }
        ),
    ),
    "abstain": Expectation(
        "phrases",
        frozenset({"named", "covered", "searched", "count"}),
        frozenset(
            {
                "searched_standards",
                "ambiguous_document",
                "bare_document",
                "not_relevant",
                "other_country",
                "absent_person",
                "person_silent",
                "person_elsewhere",
                "not_a_speaker",
                "speaker_unnamed",
                "not_at_the_meeting",
                "absent_name",
                "absent_term",
                "name_silent",
                "topic_silent",
                "absent_year",
                "no_figure",
                "no_date",
                "undated",
                "unnamed",
                "side_silent",
                "body_silent",
                "not_replied",
                "absent_figure",
                "absent_date",
                "absent_event",
                "not_listed",
                "reversed_figure",
                "reversed_event",
                "related",
            }
        ),
    ),
    "followup_templates": Expectation(
        "phrases",
        frozenset(
            {
                "topic",
                "subject",
                "claim",
                "concern",
                "recommendation",
                "concern_source",
                "request",
                "asker",
                "figure",
                "role",
                "claim_label",
                "concern_label",
                "request_label",
                "standard",
                "standard_source",
                "standard_label",
            }
        ),
        frozenset(
            {
                "state_vs_critic",
                "state_vs_standard",
                "unanswered",
                "missing_data",
                "implementation",
                "intro",
                "none_found",
                "llm_fallback",
                "llm_unavailable",
                "source_un",
                "source_ngo",
                "source_standard",
            }
        ),
    ),
    "frame": Expectation(
        "phrases",
        frozenset({"topic", "side"}),
        frozenset(
            {
                "more",
                "note",
                "no_answer",
                "followups_heading",
                "no_followups",
                "basis",
                *(f"basis_{basis.replace('-', '_')}" for basis in BASES),
                "button_more",
                "button_full_paragraph",
                "button_followups",
                "button_wrong_citation",
                "filter_all",
                "filter_side",
                *(f"source_{side}" for side in SIDES),
                *(f"role_{role}" for role in FRAMINGS),
            }
        ),
    ),
    "repair": Expectation(
        "phrases",
        frozenset({"key", "quote", "figure", "closest", "other", "number"}),
        frozenset(
            {
                "question",
                "basis_sides",
                "bad_question",
                "followups_outro",
                "intro",
                "no_citation",
                "not_verbatim",
                "wrong_key",
                "figure_elsewhere",
                "not_offered",
                "unsupported_figure",
                "unverified_quotation",
                "misattributed",
                "unverified_reference",
                "outro",
            }
        ),
    ),
    # the documents' section headings by language, keyed by the heading as written: none is required (heading_label)
    "headings": Expectation("phrases", frozenset()),
    "brief": Expectation(
        "phrases",
        frozenset({"topic", "role", "questions", "topics"}),
        frozenset(
            {
                "title",
                "intro",
                "questions_heading",
                "state_heading",
                "concerns_heading",
                "unanswered_heading",
                "basis",
                "nothing",
                "questions_elsewhere",
                "empty",
            }
        ),
    ),
}


@dataclass(frozen=True)
class PromptProblem:
    """Why a prompt file was refused: the file, the line (1-based) and a message for the maintainer."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"

    def __contains__(self, text: str) -> bool:  # lets callers treat a problem like its message text
        return text in str(self)


class PromptUnavailable(PrepbotError):
    """A prompt the code needs has no good version loaded."""


_ENVIRONMENT = SandboxedEnvironment(undefined=StrictUndefined, autoescape=False)


def _tidy(text: str) -> str:
    """Rendered text without the blank-line runs that `{% if %}` blocks leave behind."""
    return re.sub(r"\n[ \t]*\n(?:[ \t]*\n)+", "\n\n", text).strip()


@dataclass(frozen=True)
class Prompt:
    """One loaded, checked prompt file."""

    id: str
    description: str
    variables: tuple[str, ...]
    path: Path
    content_hash: str  # sha256 of the file's bytes
    messages: tuple[tuple[str, str], ...] = ()  # (role, Jinja2 template)
    phrases: Mapping[str, Mapping[str, str]] = field(default_factory=dict)  # language -> name -> template
    sample: Mapping[str, Any] = field(default_factory=dict)
    _compiled: Mapping[tuple[str, str], Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def kind(self) -> str:
        return "messages" if self.messages else "phrases"

    def render(self, **variables: Any) -> list[tuple[str, str]]:
        """The messages rendered with `variables`: a list of (role, text). Raises on a missing variable."""
        return [
            (role, _tidy(self._compiled[("message", str(index))].render(**variables)))
            for index, (role, _template) in enumerate(self.messages)
        ]

    def phrase(self, name: str, language: str = DEFAULT_LANGUAGE, **variables: Any) -> str:
        """One phrase rendered, in `language` when the file has it, else in English."""
        for lang in (language, DEFAULT_LANGUAGE):
            key = (f"phrase:{lang}", name)
            if key in self._compiled:
                return _tidy(self._compiled[key].render(**variables))
        raise PromptUnavailable(f"Prompt {self.id!r} has no phrase {name!r} ({self.path.name}).")

    def has_phrase(self, name: str, language: str = DEFAULT_LANGUAGE) -> bool:
        return (f"phrase:{language}", name) in self._compiled

    def to_chat_prompt(self):
        """The messages as a LangChain ChatPromptTemplate (Jinja2 format)."""
        from langchain_core.prompts import ChatPromptTemplate

        if not self.messages:
            raise PromptUnavailable(f"Prompt {self.id!r} holds phrases, not chat messages.")
        return ChatPromptTemplate.from_messages(list(self.messages), template_format="jinja2")

    def render_sample(self) -> str:
        """The prompt rendered with its sample inputs, as readable text (for `prepbot prompts show`)."""
        parts: list[str] = []
        if self.messages:
            for role, text in self.render(**self.sample):
                parts.append(f"--- {role} ---\n{text}")
        for language, names in self.phrases.items():
            parts.append(f"--- phrases [{language}] ---")
            for name in names:
                parts.append(f"{name}: {self.phrase(name, language, **self.sample)}")
        return "\n".join(parts)


# ---------------------------------------------------------------- loading one file


def _line_of(text: str, pattern: str, default: int = 1) -> int:
    match = re.search(pattern, text, re.MULTILINE)
    return text.count("\n", 0, match.start()) + 1 if match else default


def _template_start_line(file_text: str, template: str, fallback_pattern: str) -> int:
    """The file line on which the template's first line sits (best effort)."""
    for offset, line in enumerate(template.splitlines()):
        if line.strip():
            position = file_text.find(line)
            if position != -1:
                return file_text.count("\n", 0, position) + 1 - offset
            break
    return _line_of(file_text, fallback_pattern)


def _variable_line(file_text: str, variable: str) -> int:
    return _line_of(file_text, r"\{[{%][^}]*\b" + re.escape(variable) + r"\b")


def load_prompt_file(path: Path) -> tuple[Prompt | None, list[PromptProblem]]:
    """Parse and check one prompt file. Returns (prompt, []) when good, (None, problems) when refused."""
    name = path.name
    try:
        raw = path.read_bytes()
    except OSError as error:
        return None, [PromptProblem(name, 1, f"cannot read the file: {error.strerror or error}")]
    try:
        file_text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        return None, [PromptProblem(name, line, "the file is not valid UTF-8 text")]
    try:
        data = tomllib.loads(file_text)
    except tomllib.TOMLDecodeError as error:
        match = re.search(r"line (\d+)", str(error))
        return None, [PromptProblem(name, int(match.group(1)) if match else 1, f"TOML syntax error: {error}")]

    problems: list[PromptProblem] = []

    def problem(line: int, message: str) -> None:
        problems.append(PromptProblem(name, line, message))

    prompt_id = data.get("id")
    if not isinstance(prompt_id, str) or not prompt_id.strip():
        problem(_line_of(file_text, r"^[ \t]*id\s*="), 'missing `id = "..."`')
        prompt_id = path.stem
    elif prompt_id != path.stem:
        problem(_line_of(file_text, r"^[ \t]*id\s*="), f"id {prompt_id!r} must equal the file name {path.stem!r}")
    description = data.get("description", "")
    if not isinstance(description, str) or not description.strip():
        problem(_line_of(file_text, r"^[ \t]*description\s*="), 'missing `description = "..."`')
        description = ""
    declared = data.get("input_variables", [])
    if not isinstance(declared, list) or not all(isinstance(v, str) and v.isidentifier() for v in declared):
        problem(_line_of(file_text, r"^[ \t]*input_variables\s*="), "input_variables must be a list of names")
        declared = []
    sample = data.get("sample", {})
    if not isinstance(sample, dict):
        problem(_line_of(file_text, r"^[ \t]*\[?sample"), "[sample] must be a table of sample inputs")
        sample = {}

    messages_data = data.get("messages")
    phrases_data = data.get("phrases")
    if (messages_data is None) == (phrases_data is None):
        problem(1, "give either [[messages]] (a chat prompt) or [phrases.<language>] tables, not both or neither")
        return None, problems

    compiled: dict[tuple[str, str], Any] = {}
    used: set[str] = set()
    syntax_errors: list[str] = []
    messages: list[tuple[str, str]] = []
    phrases: dict[str, dict[str, str]] = {}

    def compile_template(key: tuple[str, str], template: object, where: str, start_pattern: str) -> None:
        if not isinstance(template, str) or not template.strip():
            problem(_line_of(file_text, start_pattern), f"{where}: template must be non-empty text")
            return
        start_line = _template_start_line(file_text, template, start_pattern)
        try:
            ast = _ENVIRONMENT.parse(template)
            compiled[key] = _ENVIRONMENT.from_string(template)
        except TemplateSyntaxError as error:
            problem(start_line + (error.lineno or 1) - 1, f"{where}: template syntax error: {error.message}")
            syntax_errors.append(where)
            return
        for variable in sorted(meta.find_undeclared_variables(ast)):
            used.add(variable)
            if variable not in declared:
                problem(
                    _variable_line(file_text, variable),
                    f"{where}: uses variable {variable!r} that is not in input_variables",
                )

    if messages_data is not None:
        if not isinstance(messages_data, list) or not messages_data:
            problem(_line_of(file_text, r"^[ \t]*\[\[messages\]\]"), "[[messages]] must hold at least one message")
        else:
            for index, message in enumerate(messages_data):
                where = f"message {index + 1}"
                if not isinstance(message, dict):
                    problem(1, f"{where}: must be a table with role and template")
                    continue
                role = message.get("role")
                if role not in MESSAGE_ROLES:
                    problem(_line_of(file_text, r"^[ \t]*role\s*="), f"{where}: role must be one of {MESSAGE_ROLES}")
                    continue
                template = message.get("template")
                compile_template(("message", str(index)), template, where, r"^[ \t]*template\s*=")
                if isinstance(template, str):
                    messages.append((role, template))
    else:
        if not isinstance(phrases_data, dict) or not all(isinstance(v, dict) for v in phrases_data.values()):
            problem(_line_of(file_text, r"^[ \t]*\[phrases"), "phrases must be tables like [phrases.en]")
        elif DEFAULT_LANGUAGE not in phrases_data:
            problem(_line_of(file_text, r"^[ \t]*\[phrases"), f"[phrases.{DEFAULT_LANGUAGE}] is required")
        else:
            for language, table in phrases_data.items():
                phrases[language] = {}
                for phrase_name, template in table.items():
                    where = f"phrase {language}.{phrase_name}"
                    compile_template(
                        (f"phrase:{language}", phrase_name),
                        template,
                        where,
                        rf"^[ \t]*{re.escape(phrase_name)}\s*=",
                    )
                    if isinstance(template, str):
                        phrases[language][phrase_name] = template

    for variable in declared if not syntax_errors else ():
        if variable not in used:
            problem(_line_of(file_text, r"^[ \t]*input_variables\s*="), f"declared variable {variable!r} is never used")

    expectation = EXPECTED.get(path.stem)
    if expectation is not None:
        if expectation.kind == "messages" and phrases_data is not None:
            problem(1, "prepbot uses this prompt as a chat prompt: give [[messages]]")
        if expectation.kind == "phrases" and messages_data is not None:
            problem(1, "prepbot uses this prompt for phrases: give [phrases.en]")
        for variable in declared:
            if variable not in expectation.supplied:
                problem(
                    _line_of(file_text, r"^[ \t]*input_variables\s*="),
                    f"variable {variable!r} is not supplied by prepbot here "
                    f"(available: {', '.join(sorted(expectation.supplied))})",
                )
        english = phrases.get(DEFAULT_LANGUAGE, {})
        for phrase_name in sorted(expectation.phrases - set(english)):
            problem(_line_of(file_text, r"^[ \t]*\[phrases"), f"phrase {phrase_name!r} is missing from [phrases.en]")

    if not problems:
        missing = [variable for variable in declared if variable not in sample]
        if missing:
            problem(_line_of(file_text, r"^[ \t]*\[sample\]"), f"[sample] lacks inputs for: {', '.join(missing)}")

    prompt = Prompt(
        id=prompt_id,
        description=description,
        variables=tuple(declared),
        path=path,
        content_hash=hashlib.sha256(raw).hexdigest(),
        messages=tuple(messages),
        phrases=phrases,
        sample=sample,
        _compiled=compiled,
    )
    if not problems:  # render with the sample inputs: catches errors only visible at render time
        try:
            prompt.render_sample()
        except Exception as error:  # jinja2 raises many kinds; all mean the same to a maintainer
            line = getattr(error, "lineno", None) or 1
            problem(
                line if line > 1 else _line_of(file_text, r"^[ \t]*template\s*="),
                f"rendering with [sample] failed: {error}",
            )
    if problems:
        return None, problems
    return prompt, []


# ---------------------------------------------------------------- the registry


def heading_label(headings: Prompt, heading: str, language: str = DEFAULT_LANGUAGE) -> str:
    """A section heading of the documents as a pack in `language` names its topic (prompts/headings.toml): its name
    there in that language, else as the documents write it."""
    return headings.phrase(heading, language) if headings.has_phrase(heading, language) else heading


def basis_label(frame: Prompt, basis: str, language: str = DEFAULT_LANGUAGE) -> str:
    """How the shells and the pack label a follow-up question's basis (prompts/frame.toml), in `language`."""
    name = f"basis_{basis.replace('-', '_')}"
    return frame.phrase(name, language) if frame.has_phrase(name) else basis


def filter_confirmed(frame: Prompt, side: str | None, language: str = DEFAULT_LANGUAGE) -> str:
    """What the shells say when a member sets the source filter (prompts/frame.toml), in `language`: all sources
    (`side` None) or the one side's."""
    if side is None:
        return frame.phrase("filter_all", language)
    return frame.phrase("filter_side", language, side=frame.phrase(f"source_{side}", language))


def role_confirmed(frame: Prompt, role: str, language: str = DEFAULT_LANGUAGE) -> str:
    """What the shells say when a member sets whom follow-ups are drafted for (prompts/frame.toml), in `language`."""
    return frame.phrase(f"role_{role}", language)


@functools.cache
def shipped_prompts() -> PromptRegistry:
    """The prompts as shipped in prepbot's own prompts/ folder: the wording of a renderer given no registry (tests,
    scripts). The shells pass their live registry, which picks up maintainers' edits."""
    from prepbot import PROJECT_ROOT

    return PromptRegistry(PROJECT_ROOT / "prompts")


class PromptRegistry:
    """All prompts in one folder, with the last good version of each kept when an edit breaks it. Thread-safe."""

    def __init__(self, prompts_dir: Path | str) -> None:
        self.prompts_dir = Path(prompts_dir)
        self._lock = threading.RLock()
        self._prompts: dict[str, Prompt] = {}
        self._problems: list[PromptProblem] = []
        self._signature: tuple = ()
        self.reload()

    # -- reading

    def get(self, prompt_id: str) -> Prompt:
        prompt = self._prompts.get(prompt_id)
        if prompt is None:
            detail = "; ".join(str(p) for p in self._problems if Path(p.file).stem == prompt_id)
            raise PromptUnavailable(
                f"Prompt {prompt_id!r} is not available in {self.prompts_dir}"
                + (f": {detail}" if detail else " (no such file)")
                + ". Run `prepbot prompts check`."
            )
        return prompt

    def ids(self) -> list[str]:
        return sorted(self._prompts)

    @property
    def problems(self) -> list[PromptProblem]:
        """Problems from the last (re)load: each names a file whose edit was refused."""
        return list(self._problems)

    def combined_hash(self, prompt_ids: list[str] | tuple[str, ...]) -> str:
        """One sha256 naming the exact versions of several prompt files used together (e.g. system + answer)."""
        if len(prompt_ids) == 1:
            return self.get(prompt_ids[0]).content_hash
        joined = "\n".join(f"{pid}:{self.get(pid).content_hash}" for pid in prompt_ids)
        return hashlib.sha256(joined.encode()).hexdigest()

    # -- checking and reloading

    def _files(self) -> list[Path]:
        if not self.prompts_dir.is_dir():
            return []
        return sorted(path for path in self.prompts_dir.glob("*.toml") if path.is_file())

    def _current_signature(self) -> tuple:
        entries = []
        try:
            with os.scandir(self.prompts_dir) as scan:
                for entry in scan:
                    if entry.name.endswith(".toml"):
                        try:
                            stat = entry.stat()
                        except OSError:
                            continue
                        entries.append((entry.name, stat.st_mtime_ns, stat.st_size, stat.st_ino))
        except OSError:
            return ("missing",)
        return tuple(sorted(entries))

    def check(self) -> list[PromptProblem]:
        """Validate every prompt file as it is on disk now (nothing is loaded or replaced)."""
        problems: list[PromptProblem] = []
        if not self.prompts_dir.is_dir():
            return [PromptProblem(str(self.prompts_dir), 1, "the prompts folder does not exist")]
        files = self._files()
        for path in files:
            _prompt, file_problems = load_prompt_file(path)
            problems.extend(file_problems)
        present = {path.stem for path in files}
        for prompt_id in sorted(set(EXPECTED) - present):
            problems.append(PromptProblem(f"{prompt_id}.toml", 1, "this prompt file is missing; prepbot needs it"))
        return problems

    def reload(self) -> list[PromptProblem]:
        """Re-read every file. Good files replace their previous version; a broken or removed file is refused and the
        last good version of that prompt stays in use. Returns the problems (empty = everything loaded)."""
        with self._lock:
            signature = self._current_signature()
            files = self._files()
            loaded = dict(self._prompts)
            problems: list[PromptProblem] = []
            seen: set[str] = set()
            if not self.prompts_dir.is_dir():
                problems.append(PromptProblem(str(self.prompts_dir), 1, "the prompts folder does not exist"))
            for path in files:
                prompt, file_problems = load_prompt_file(path)
                seen.add(path.stem)
                if prompt is None:
                    kept = " (the last good version stays in use)" if path.stem in loaded else ""
                    if not kept and (shipped := self._shipped(path.stem)) is not None:
                        loaded[path.stem] = shipped  # a maintainer's copy broken at start: prepbot still answers
                        kept = " (prepbot's shipped version is used until it is fixed)"
                    problems.extend(PromptProblem(p.file, p.line, p.message + kept) for p in file_problems)
                    continue
                loaded[prompt.id] = prompt
            for prompt_id in sorted(set(loaded) - seen):
                if prompt_id in EXPECTED:
                    problems.append(
                        PromptProblem(f"{prompt_id}.toml", 1, "file removed; the last good version stays in use")
                    )
                else:
                    del loaded[prompt_id]
            for prompt_id in sorted(set(EXPECTED) - set(loaded)):
                shipped = self._shipped(prompt_id)
                if shipped is not None:
                    loaded[prompt_id] = shipped
                if not any(Path(p.file).stem == prompt_id for p in problems):
                    used = " (prepbot's shipped version is used)" if shipped is not None else ""
                    problems.append(
                        PromptProblem(f"{prompt_id}.toml", 1, f"this prompt file is missing; prepbot needs it{used}")
                    )
            self._prompts = loaded
            self._problems = problems
            self._signature = signature
            return list(problems)

    def _shipped(self, prompt_id: str) -> Prompt | None:
        """The prompt as shipped in prepbot's own prompts/ folder, when this registry reads another folder (a
        maintainer's copy) and that file loads; None otherwise."""
        from prepbot import PROJECT_ROOT

        shipped_dir = PROJECT_ROOT / "prompts"
        if not shipped_dir.is_dir() or shipped_dir.resolve() == self.prompts_dir.resolve():
            return None
        prompt, _problems = load_prompt_file(shipped_dir / f"{prompt_id}.toml")
        return prompt

    def reload_if_changed(self) -> list[PromptProblem]:
        """Reload when any prompt file was added, removed or modified (cheap stat check; call before each use).

        Returns the problems currently outstanding (refused edits whose last good version is in use); an empty list
        means every file on disk is the version in use."""
        if self._current_signature() != self._signature:
            return self.reload()
        return list(self._problems)
