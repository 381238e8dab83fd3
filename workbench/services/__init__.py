"""Writes. Every state change goes through a service here, inside a transaction, and records a Revision."""
