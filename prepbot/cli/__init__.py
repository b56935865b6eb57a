"""The `prepbot` command line: one click group (main.py), shared options (options.py), one module per command family."""
