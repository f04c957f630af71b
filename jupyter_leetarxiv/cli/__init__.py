"""The ``leetarxiv`` command line: one module per subcommand."""
