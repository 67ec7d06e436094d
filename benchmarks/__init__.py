"""Speed and memory benchmarks: ``make bench`` runs ``python -m benchmarks.run``.

Targets live here, never in timed unit tests: the suite must pass on a loaded machine.
"""
