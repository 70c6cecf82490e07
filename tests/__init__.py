"""Tests of the helpers package and of the notebooks."""
