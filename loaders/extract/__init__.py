"""Fact extractors: pure functions from a cleaned document to plain dataclasses."""
