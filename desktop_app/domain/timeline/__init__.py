"""Time in the register, as pure functions: status of a measure or clause on a date, windows, events."""
