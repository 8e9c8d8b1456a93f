"""Qt item models over the services' plain rows: column specs, the paged entity model, small lists."""
