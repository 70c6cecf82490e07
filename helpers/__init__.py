"""Shared code for the notebooks of the lecture "Logistic Regression 2" (로지스틱 회귀 2).

One source of truth: every function a notebook calls is defined once here, with a docstring
that states its formula in the notebooks' notation. Import it as ``import helpers``.

Modules, in lecture order:

- `logistic`  σ(z), σ'(z), the bias column, the hypothesis h = σ(WX)        (notebook 01)
- `boundary`  the classifier h >= 1/2, the boundary WX = 0, squared features  (notebook 02)
- `costs`     SSE, MSE and the cross entropy, from probabilities or logits; the quiz (03)
- `training`  the gradient −(1/m) Xᵀ(y − ŷ), gradient checks, gradient descent  (notebook 04)
- `backprop`  the output layer's ΔW^[2] with SSE and with cross entropy        (notebook 04)
- `tables`    numbers side by side, for the derivation's steps                 (notebook 04)
- `going_further`  optional, beyond the lecture: the safe step 1/L, momentum   (notebook 04)
- `data`      small seeded toy data sets
- `plots`, `widgets`, `checks`  figures, slider figures and exercise checks, per notebook
- `messages`  every sentence a check or a widget shows, in English and Korean
  (``helpers.set_language("ko")`` switches them to Korean)

Public means what a notebook calls or a learner is told to call: the names in ``__all__``,
the module `going_further` and the exercise checks in `checks`. Everything else is internal.
"""

from . import (
    backprop,
    boundary,
    checks,
    costs,
    data,
    going_further,
    logistic,
    plots,
    tables,
    training,
    widgets,
)
from .backprop import *
from .boundary import *
from .costs import *
from .data import *
from .logistic import *
from .messages import set_language
from .plots import *
from .tables import *
from .training import *
from .widgets import *

#: Every public function and constant (the bad-input test walks them all).
__all__ = [
    *backprop.__all__,
    *boundary.__all__,
    *costs.__all__,
    *data.__all__,
    *logistic.__all__,
    *plots.__all__,
    *tables.__all__,
    *training.__all__,
    *widgets.__all__,
    "set_language",
]

__version__ = "0.1.0"
