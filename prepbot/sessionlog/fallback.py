"""Off-record choices the session-log database could not take, kept durable in a small file beside it until it can.

A member who goes off the record while the database is locked, full or unwritable must stay off the record: after a
restart too, and without anyone having to notice. So LogStore writes the choice here instead (`sessions.db-offrecord`
next to `sessions.db`), honours every entry as if it were in the database, and moves the entries into the database
(then empties the file) with the next write that succeeds.

The file holds keyed hashes only (the HMAC the database uses for the same person), never a user id. It is replaced
atomically (a 0600 temporary file in the same directory, fsync, rename, fsync of the directory), so a crash leaves the
old or the new version, never half of one. A damaged file is not trusted as JSON but not thrown away either: every
hash that can still be read in it is honoured, and the damage is reported to admins.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
import threading
from pathlib import Path

SUFFIX = "-offrecord"
FORMAT_VERSION = 1
_HASH = re.compile(r"[0-9a-f]{64}")


def fallback_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + SUFFIX)


class OffRecordFallback:
    """The pending off-record choices: keyed user hash -> since (UTC text). Thread-safe."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._entries: dict[str, str] = {}
        self.problem: str | None = None  # set when the file could not be read cleanly (for an admin alert)
        self._load()

    def _load(self) -> None:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return
        except OSError as error:
            self.problem = f"the off-record fallback file {self.path} cannot be read ({error.strerror or error})"
            return
        try:
            data = json.loads(raw.decode("utf-8"))
            entries = data["off_record"]
            if not isinstance(entries, dict) or not all(
                isinstance(key, str) and _HASH.fullmatch(key) and isinstance(value, str)
                for key, value in entries.items()
            ):
                raise ValueError("unexpected content")
            self._entries = dict(entries)
        except (UnicodeDecodeError, ValueError, KeyError, TypeError):
            salvaged = dict.fromkeys(_HASH.findall(raw.decode("ascii", errors="replace")), "")
            self._entries = salvaged
            self.problem = (
                f"the off-record fallback file {self.path} was damaged; the {len(salvaged)} choices still readable in "
                "it are honoured"
            )

    def __contains__(self, user_hash: str) -> bool:
        with self._lock:
            return user_hash in self._entries

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)

    def entries(self) -> dict[str, str]:
        with self._lock:
            return dict(self._entries)

    def add(self, user_hash: str, since: str) -> None:
        """Keep one choice durably; raises OSError when the file cannot be written (then nothing changed)."""
        with self._lock:
            if user_hash in self._entries:
                return
            entries = {**self._entries, user_hash: since}
            self._write(entries)
            self._entries = entries

    def add_many(self, entries: dict[str, str]) -> None:
        with self._lock:
            merged = {**entries, **self._entries}
            if merged.keys() == self._entries.keys():
                return
            self._write(merged)
            self._entries = merged

    def add_or_remember(self, entries: dict[str, str]) -> bool:
        """Keep these choices durably if the file can be written; else at least in memory (honoured by this process,
        and written with the next change that succeeds). True when they are on disk."""
        try:
            self.add_many(entries)
            return True
        except OSError:
            with self._lock:
                self._entries = {**entries, **self._entries}
            return False

    def remove(self, user_hashes: set[str] | frozenset[str]) -> None:
        """Drop choices the database now holds; raises OSError when the file cannot be rewritten (nothing changed)."""
        with self._lock:
            entries = {key: value for key, value in self._entries.items() if key not in user_hashes}
            if len(entries) == len(self._entries):
                return
            self._write(entries)
            self._entries = entries

    def _write(self, entries: dict[str, str]) -> None:
        directory = self.path.parent
        if not entries:
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()
            _sync_directory(directory)
            return
        descriptor, temporary = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=directory)
        try:
            with os.fdopen(descriptor, "w", encoding="utf-8") as handle:  # mkstemp made it 0600
                json.dump({"version": FORMAT_VERSION, "off_record": entries}, handle, sort_keys=True)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temporary, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
        _sync_directory(directory)


def _sync_directory(directory: Path) -> None:
    """Make a rename or unlink in `directory` durable (best effort: not every file system lets one open a directory)."""
    try:
        descriptor = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
