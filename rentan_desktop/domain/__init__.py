"""Domain rules: identifiers, money, months, policy. Pure functions, no I/O, no Qt."""
