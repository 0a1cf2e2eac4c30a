"""Command-line layer: one thin module per command."""
