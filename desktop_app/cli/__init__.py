"""The headless command line: one module per command group over the services; never Qt."""
