"""``python -m framing`` runs the command-line interface."""

from framing.cli import main

main()
