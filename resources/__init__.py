"""Shipped data: fonts, icons, the demo register and the vocabularies (package data `desktop_app.resources`)."""
