"""FactDesk: review facts extracted from news articles and export them to Excel."""

__version__ = "0.1.0"
