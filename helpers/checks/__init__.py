"""Exercise checks with hint-style feedback, one module per notebook.

Use as ``from helpers.checks import sigmoid as check``, then ``check.stable_sigmoid(f)``.
"""

from . import boundary, costs, gradient, sigmoid
from ._feedback import Feedback

__all__ = ["Feedback", "boundary", "costs", "gradient", "sigmoid"]
