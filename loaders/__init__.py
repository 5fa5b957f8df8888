"""Market Intel Warehouse loaders: read documents, clean them, extract facts, land them in DuckDB."""

__version__ = "0.1.0"
