"""Interactive figures (ipywidgets sliders over Agg-rendered figures), one module per notebook."""

from . import boundary, costs, sigmoid, training
from .boundary import *
from .costs import *
from .sigmoid import *
from .training import *

__all__ = [*boundary.__all__, *costs.__all__, *sigmoid.__all__, *training.__all__]
