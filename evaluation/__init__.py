"""Gold-standard evaluations: scores against third-party benchmarks kept outside the repo."""
