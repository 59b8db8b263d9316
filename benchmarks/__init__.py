"""Scale benchmarks: a generator for a large, realistic database and the timing script.

Run ``python -m benchmarks.generate --help`` and ``python -m benchmarks.run --help`` from the
repository root; see docs/performance.md."""
