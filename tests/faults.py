"""Real file-system faults for tests: immutable files (chattr +i), a tiny tmpfs that fills up, a read-only bind mount.

Each needs root (and chattr from e2fsprogs, or mount); `skip_reason_*` says why it cannot run here, so the tests skip
with that reason instead of failing; CI runs as root. Every context manager undoes what it did, even when the test
fails, so no immutable file or mount is left behind.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path


def _run(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run(list(command), capture_output=True, text=True, timeout=30)


def skip_reason_chattr(directory: Path) -> str | None:
    if os.geteuid() != 0:
        return "needs root to make a file immutable (chattr +i)"
    if shutil.which("chattr") is None:
        return "needs chattr (e2fsprogs)"
    probe = directory / ".chattr-probe"
    probe.touch()
    try:
        if _run("chattr", "+i", str(probe)).returncode != 0:
            return f"the file system under {directory} does not support chattr +i"
        _run("chattr", "-i", str(probe))
    finally:
        with contextlib.suppress(OSError):
            probe.unlink()
    return None


def skip_reason_mount(directory: Path) -> str | None:
    if os.geteuid() != 0:
        return "needs root to mount a tmpfs or a read-only bind mount"
    if shutil.which("mount") is None or shutil.which("umount") is None:
        return "needs mount and umount"
    probe = directory / ".mount-probe"
    probe.mkdir(exist_ok=True)
    try:
        if _run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(probe)).returncode != 0:
            return "mounting is not permitted here (a container without CAP_SYS_ADMIN?)"
        _run("umount", str(probe))
    finally:
        with contextlib.suppress(OSError):
            probe.rmdir()
    return None


@contextlib.contextmanager
def immutable(*paths: Path) -> Iterator[None]:
    """chattr +i on each existing path for the block (then -i again)."""
    existing = [str(path) for path in paths if path.exists()]
    try:
        if existing:
            result = _run("chattr", "+i", *existing)
            assert result.returncode == 0, result.stderr
        yield
    finally:
        if existing:
            _run("chattr", "-i", *existing)


def undo_immutable(directory: Path) -> None:
    """chattr -i on everything under a directory (after a child process made files immutable and then died)."""
    if shutil.which("chattr") is None:
        return
    for path in [directory, *directory.rglob("*")]:
        _run("chattr", "-i", str(path))


@contextlib.contextmanager
def tiny_tmpfs(mount_point: Path, size: str = "1m") -> Iterator[Path]:
    """A tmpfs of `size` at mount_point for the block: a disk that fills up for real."""
    mount_point.mkdir(parents=True, exist_ok=True)
    result = _run("mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(mount_point))
    assert result.returncode == 0, result.stderr
    try:
        yield mount_point
    finally:
        _run("umount", "-l", str(mount_point))


@contextlib.contextmanager
def read_only_view(source: Path, mount_point: Path) -> Iterator[Path]:
    """`source` seen read-only at mount_point (a read-only bind mount, which root cannot write through either)."""
    mount_point.mkdir(parents=True, exist_ok=True)
    result = _run("mount", "--bind", str(source), str(mount_point))
    assert result.returncode == 0, result.stderr
    try:
        result = _run("mount", "-o", "remount,ro,bind", str(mount_point))
        assert result.returncode == 0, result.stderr
        yield mount_point
    finally:
        _run("umount", "-l", str(mount_point))
