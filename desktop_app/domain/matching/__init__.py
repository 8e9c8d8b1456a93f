"""Exposure matching as pure functions: items, codes, words, direction and jurisdiction."""
