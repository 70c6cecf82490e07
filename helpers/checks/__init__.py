"""Exercise checks with hint-style feedback, one module per notebook.

Use as ``from helpers.checks import sigmoid as check``, then ``check.stable_sigmoid(f)``.
"""

from . import boundary, costs, gradient, sigmoid

__all__ = ["boundary", "costs", "gradient", "sigmoid"]
