"""Reads: querysets and aggregates for pages and the API, filtered by what the user may see."""
