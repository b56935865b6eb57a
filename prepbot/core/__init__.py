"""The core every layer shares and which depends on none of them: errors, settings, records and the vocabulary."""
