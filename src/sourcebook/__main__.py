"""`python -m sourcebook` runs the command line."""

from sourcebook.cli.app import main

main()
