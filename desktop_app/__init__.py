"""Export Risk Register: export-control measures, joint ventures and their risk."""

# The one place the version is written: pyproject.toml reads it (dynamic version), `--version`
# prints it, and the bundle's tarball is named after it.
__version__ = "0.1.0"
