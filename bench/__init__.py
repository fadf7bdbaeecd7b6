"""Benchmarks: a large generated database and the timings that matter to users."""
