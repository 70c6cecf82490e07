"""Static figures, one module per notebook, sharing the look in `style`."""

from . import boundary, costs, network, sigmoid, training
from .boundary import *
from .costs import *
from .network import *
from .sigmoid import *
from .style import use_lecture_style
from .training import *

__all__ = [
    *boundary.__all__,
    *costs.__all__,
    *network.__all__,
    *sigmoid.__all__,
    *training.__all__,
    "use_lecture_style",
]
