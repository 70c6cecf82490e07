"""Numbers printed side by side, for notebook 04's step-by-step derivation."""

from __future__ import annotations

import numpy as np

from ._validation import real_array, same_shape

__all__ = ["compare"]


def compare(previous, current, labels=("previous step", "this step")) -> str:
    """Two arrays of the same shape, one per line with 8 decimals, and their largest |difference|.

    ``print(helpers.compare(step_3, step_4, ("step 3", "step 4")))`` shows whether two steps of
    a derivation give the same numbers.
    """
    a = np.atleast_1d(real_array(previous, "previous"))
    b = np.atleast_1d(real_array(current, "current"))
    same_shape(a, b, "previous", "current")
    if not (isinstance(labels, (tuple, list)) and len(labels) == 2):
        raise TypeError(f"`labels` must be two strings, e.g. ('step 3', 'step 4'); got {labels!r}.")
    labels = [str(label) for label in labels]
    width = max(len(label) for label in labels)
    lines = [
        f"{label:<{width}}  [" + ", ".join(f"{v:+.8f}" for v in values.ravel()) + "]"
        for label, values in zip(labels, (a, b), strict=True)
    ]
    return "\n".join([*lines, f"max |difference| = {np.max(np.abs(a - b)):.1e}"])
