"""prepbot: answers questions about a UN human-rights dialogue with verified paragraph citations."""

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
