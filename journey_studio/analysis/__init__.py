"""Analysis of a journey: checks, coverage, friction, paths (networkx, imported lazily)."""
