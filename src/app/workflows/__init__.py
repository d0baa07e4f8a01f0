"""Use cases that span packages: importing files, running extraction, exporting. Used by the command
line and by the window alike; no Qt and no SQLAlchemy here, only the packages' public functions."""
