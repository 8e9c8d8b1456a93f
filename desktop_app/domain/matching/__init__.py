"""Exposure matching as pure functions handed their vocabularies: terms, stages, codes, flows."""
