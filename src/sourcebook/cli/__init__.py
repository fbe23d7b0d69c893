"""The command line: thin commands over library functions, rich output, `--json` for machines."""
