"""Ownership chains: who holds a party through any number of tiers, and whether a rule captures it."""
