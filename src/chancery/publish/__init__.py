"""Outputs of a build: one module per output (dumps, the JSON-LD context, ...), written atomically."""
