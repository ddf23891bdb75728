"""The command line, `python -m kennisbank <command>`: one module per command, over core and adapters."""
