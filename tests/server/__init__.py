"""Tests of the Jupyter server extension (a package, so its module names are its own)."""
