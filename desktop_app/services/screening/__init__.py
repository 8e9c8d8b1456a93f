"""Screening: which measures reach which ventures, and what applied on a date."""
