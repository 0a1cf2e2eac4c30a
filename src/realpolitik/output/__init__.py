"""Turning records into what users read: JSON records, terminal reports, HTML."""
