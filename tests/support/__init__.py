"""Helpers shared by the tests: synthetic workshops and hypothesis strategies."""
