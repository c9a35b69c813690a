"""`python -m wirebrief`: the `wirebrief` command."""

from .cli import main

main()
