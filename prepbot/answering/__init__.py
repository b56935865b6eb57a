"""Answering: turns retrieved paragraphs into answers and follow-up questions whose quotes pass one verification
gate (verify.py), extractively offline or through a configured model; prompts are data (prompts.py)."""
