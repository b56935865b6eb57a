"""The console shell around the conversation engine (the same engine the Telegram bot runs); `prepbot chat` starts it.

Free text is a question; slash commands mirror the bot's where they make sense offline. Works with no OpenAI key and
no Telegram token, interactively or with piped stdin. The console user is a trusted local admin (user id 0).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from typing import TYPE_CHECKING, TextIO

import click

from prepbot.core.vocabulary import SIDE_ALIASES, STANDARD_SIDE

if TYPE_CHECKING:
    from prepbot.engine import Caller, Engine

HELP_TEXT = """\
Ask a question in plain text, e.g.  What did the delegation say about torture in detention?

Commands:
  /ask QUESTION            the same as typing the question
  /followups [TOPIC]       draft follow-up questions (default: your last question);
                           or type: draft follow-up questions on TOPIC
  /source SYMBOL N         show a whole paragraph, e.g. /source CCPR/C/KAZ/3 12 or /source SR.4227 50
  /docs [standards]        list the documents (standards: every General Comment, not counts)
  /filter state|committee|un|ngo|standards|all   only search one kind of source (no argument: show it)
  /role delegation|ngo     who you prepare for; shapes follow-up questions (no argument: show it)
  /new                     start a new session (keeps filter and role)
  /offrecord, /onrecord    stop / resume logging your exchanges
  /status                  your session settings
  /reload                  reload the prompt files
  /help                    this text
  /quit                    leave (or Ctrl-D)
"""

LOGGING_ON = "Exchanges are logged to the session log ({path}) under a pseudonym."
LOGGING_PAUSED = "Off the record: your exchanges are not logged until /onrecord (session log: {path})."
LOGGING_OFF = "Exchanges are not logged: set LOG_PSEUDONYM_KEY to log console sessions to the session log."


class ConsoleChat:
    """Reads lines, dispatches them to the engine, writes plain text. One instance per console session."""

    def __init__(self, engine: Engine, out: Callable[[str], None] = click.echo) -> None:
        from prepbot.engine import CONSOLE_USER_ID, Caller

        self.engine = engine
        self.caller: Caller = Caller(user_id=CONSOLE_USER_ID, chat_kind="console")
        self.out = out
        self.commands: dict[str, Callable[[str], bool | None]] = {
            "ask": self.cmd_ask,
            "followups": self.cmd_followups,
            "source": self.cmd_source,
            "docs": self.cmd_docs,
            "filter": self.cmd_filter,
            "role": self.cmd_role,
            "new": self.cmd_new,
            "offrecord": self.cmd_offrecord,
            "onrecord": self.cmd_onrecord,
            "status": self.cmd_status,
            "reload": self.cmd_reload,
            "help": self.cmd_help,
            "start": self.cmd_help,
            "quit": self.cmd_quit,
            "exit": self.cmd_quit,
        }

    # ------------------------------------------------------------------ loop

    def run(self, stdin: TextIO, interactive: bool) -> None:
        if interactive:
            with contextlib.suppress(ImportError):
                import readline  # noqa: F401  (line editing and history for input())
            self.out("prepbot console chat. Type a question, or /help. Ctrl-D to leave.")
        while True:
            try:
                line = input("prepbot> ") if interactive else stdin.readline()
            except EOFError:
                break
            except KeyboardInterrupt:
                self.out("")
                break
            if not interactive and line == "":
                break  # EOF on a pipe
            try:
                if self.handle(line) is False:
                    break
            except KeyboardInterrupt:
                self.out("Interrupted.")
        if interactive:
            self.out("Bye.")

    def handle(self, line: str) -> bool:
        """Handle one input line; returns False when the user asked to quit."""
        from prepbot.core.errors import PrepbotError

        line = line.strip()
        if not line:
            return True
        if line.startswith("/"):
            name, _, argument = line[1:].partition(" ")
            name = name.split("@", 1)[0].lower()
            command = self.commands.get(name)
            if command is None:
                self.out(f"Unknown command /{name}. Type /help for the list.")
                return True
        else:
            command, argument = self._free_text(line)
        try:
            result = command(argument.strip())
        except PrepbotError as error:
            self.out(str(error))
            result = True
        self._show_alerts()
        return result is not False

    def _free_text(self, line: str) -> tuple[Callable[[str], bool | None], str]:
        """The command free text stands for ("draft follow-up questions on torture": /followups torture), else /ask."""
        from prepbot.core.requests import read_request

        request = read_request(line)
        if request.kind == "followups":
            return self.cmd_followups, request.argument
        if request.kind == "documents":
            return self.cmd_docs, request.argument
        return self.cmd_ask, line

    def _show_alerts(self) -> None:
        for alert in self.engine.drain_alerts():
            self.out(f"[admin alert] {alert}")

    def _footer(self, reply) -> None:
        if reply.notice:
            self.out(f"({reply.notice})")
        elif reply.exchange_id is not None:
            self.out(f"(logged as exchange {reply.exchange_id})")

    # ------------------------------------------------------------------ commands

    def cmd_ask(self, question: str) -> None:
        from prepbot.console.render import render_answer
        from prepbot.engine import answer_of

        if not question:
            self.out("Usage: /ask QUESTION")
            return
        reply = self.engine.ask(self.caller, question)
        self.out(render_answer(answer_of(reply), self.engine.services.prompts.get("frame")))
        self._footer(reply)
        self.out("")

    def cmd_followups(self, topic: str) -> None:
        from prepbot.console.render import render_followups_plain
        from prepbot.engine import followups_of

        reply = self.engine.followups(self.caller, topic or None)
        self.out(render_followups_plain(followups_of(reply), self.engine.services.prompts.get("frame")))
        self._footer(reply)
        self.out("")

    def cmd_source(self, argument: str) -> None:
        from prepbot.console.render import render_paragraph

        parts = argument.replace("¶", " ").split()
        if len(parts) < 2:
            self.out("Usage: /source SYMBOL N, e.g. /source CCPR/C/KAZ/3 12")
            return
        ref, number = " ".join(parts[:-1]), parts[-1]
        self.out(render_paragraph(self.engine.source(ref, number)))
        self.out("")

    def cmd_docs(self, argument: str) -> None:
        from prepbot.console.render import render_documents

        word = argument.strip().lower()
        standards = SIDE_ALIASES.get(word, word) == STANDARD_SIDE  # "/docs standards", read as /filter reads it
        self.out(render_documents(self.engine.documents(), standards=standards))

    def cmd_filter(self, value: str) -> None:
        if not value:
            current = self.engine.status(self.caller.user_id).source_filter
            self.out(f"Source filter: {current or 'all'}. Change it with /filter state|committee|un|ngo|standards|all")
            return
        from prepbot.answering.prompts import filter_confirmed

        chosen = self.engine.set_source_filter(self.caller.user_id, value)
        frame = self.engine.services.prompts.get("frame")
        language = self.engine.reply_language(self.caller.user_id, terminal_language())
        self.out(filter_confirmed(frame, chosen, language))

    def cmd_role(self, value: str) -> None:
        if not value:
            current = self.engine.status(self.caller.user_id).framing
            self.out(f"Preparing for: {current or 'not set'}. Change it with /role delegation|ngo")
            return
        from prepbot.answering.prompts import role_confirmed

        chosen = self.engine.set_framing(self.caller.user_id, value)
        frame = self.engine.services.prompts.get("frame")
        language = self.engine.reply_language(self.caller.user_id, terminal_language())
        self.out(role_confirmed(frame, chosen, language))

    def cmd_new(self, _argument: str) -> None:
        session_id = self.engine.new_session(self.caller.user_id)
        self.out(f"New session {session_id}.")

    def cmd_offrecord(self, _argument: str) -> None:
        self.engine.set_off_record(self.caller.user_id, True)
        self.out("Off the record: your exchanges are not logged until /onrecord.")

    def cmd_onrecord(self, _argument: str) -> None:
        self.engine.set_off_record(self.caller.user_id, False)
        if self.engine.log_store is None:
            self.out(LOGGING_OFF)
        else:
            self.out("On the record: your exchanges are logged again.")

    def cmd_status(self, _argument: str) -> None:
        status = self.engine.status(self.caller.user_id)
        self.out(
            f"Session {status.session_id} · filter: {status.source_filter or 'all'}"
            f" · role: {status.framing or 'not set'}"
            f" · {'off the record' if status.off_record else 'on the record'}"
        )
        self.out(self._logging_line(status.off_record))

    def cmd_reload(self, _argument: str) -> None:
        problems = self.engine.reload_prompts(self.caller)
        if problems:
            self.out("Prompt edit refused (each line says which version is in use):")
            for problem in problems:
                self.out(f"  {problem}")
        else:
            self.out("Prompts reloaded.")

    def cmd_help(self, _argument: str) -> None:
        self.out(HELP_TEXT + self._logging_line())

    def cmd_quit(self, _argument: str) -> bool:
        return False

    def _logging_line(self, off_record: bool = False) -> str:
        store = self.engine.log_store
        if store is None:
            return LOGGING_OFF
        return (LOGGING_PAUSED if off_record else LOGGING_ON).format(path=self.engine.settings.sessions_db_path)


def terminal_language() -> str | None:
    """The locale the terminal is set to ("ru_RU.UTF-8"), as POSIX reads it: LC_ALL, then LC_MESSAGES, then LANG."""
    return next((value for name in ("LC_ALL", "LC_MESSAGES", "LANG") if (value := os.environ.get(name))), None)
