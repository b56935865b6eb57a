"""The session log: exchanges under pseudonyms in SQLite, with named migrations, filters, renderings and retention."""
