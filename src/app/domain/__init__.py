"""The fact schema and value types. Pure Python: no Qt, no SQLAlchemy."""
