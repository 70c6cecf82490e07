"""A stand-in for Google Colab's `google.colab` package, for `make test-colab` only.

On Colab the kernel has imported `google.colab` before the first cell runs; the notebooks'
first code cell looks for it in `sys.modules` to know it is on Colab. The Colab venv imports
this module at interpreter start (a .pth file), so that cell takes its Colab branch. The real
package's contents (`output`, `files`, `drive`, ...) are not imitated: no notebook uses them.
"""

STAND_IN = True
