"""One module per ``scrubs`` command; each exposes ``register(app)``."""
