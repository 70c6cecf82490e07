"""English messages (the source catalog). Keys are ``<area>.<name>``; values are templates for
``str.format``. ``ko.py`` has the same keys with the same placeholders (a test checks it)."""

MESSAGES = {
    # ------------------------------------------------------------------ every check
    "feedback.correct": "Correct! {what}",
    "feedback.not_yet": "Not yet. {hint}",
    "feedback.unfinished": (
        "It looks unfinished: replace the `...` with your code (and `return` the result), "
        "run that cell, then run this check again."
    ),
    "feedback.not_a_function": "The check needs a function (defined with `def`); it got {got}.",
    "feedback.returned_none": (
        "Your function returned None: is the `return` missing? A function that ends without "
        "`return` gives None (and `print` shows a value without returning it). Put `return` in "
        "front of the result."
    ),
    "feedback.mutated": (
        "Your function changed its argument `{name}` in place (`{name} -= ...`, `{name} += ...` "
        "or `{name}[...] = ...`). That changes the caller's array too: the old values are gone "
        "(in gradient descent, the weights you meant to keep). Build a new array instead, "
        "`{name}_new = {name} - ...`, and return it."
    ),
    "feedback.text": (
        "Your answer is text, {got}, not numbers. Numbers are written without quotes: "
        "[-4, 1, 2], not ['-4', '1', '2'] (and `return J`, not `return str(J)`)."
    ),
    "feedback.not_numbers": "Your answer is {got}, not numbers.",
    "feedback.complex": (
        "Your answer holds complex numbers (a `j` part). Everything here is real: look for "
        "where an imaginary part comes in (`1j`, np.emath, the square root of a negative number)."
    ),
    "feedback.not_finite": (
        "Your answer holds {value} ({count} value(s) NaN or infinite), so it cannot be right. "
        "NaN comes from 0/0, inf − inf or the log of a negative number; inf from an overflow "
        "or a division by 0."
    ),
    "feedback.integers": (
        "Your answer is the right one with the fractions cut off (astype(int) or int(...)). "
        "Keep the floats."
    ),
    "feedback.wrong_shape": "Your answer has shape {got}; it should have shape {shape}.",
    "feedback.warned": 'Your function warned: "{warning}". Find the step that overflows or '
    "divides by zero.",
    "feedback.silenced": (
        "Your function switches warnings off (np.errstate, np.seterr or a warnings filter). "
        "The exercise asks for a computation that never warns: hiding the warning hides the "
        "overflow, it does not remove it. Take the switch out and compute so that nothing "
        "overflows."
    ),
    "feedback.write_it_yourself": (
        "Your function calls `{name}`, a ready-made answer, so it is right by construction and "
        "teaches you nothing. Write the formula yourself with NumPy: that is the exercise."
    ),
    "feedback.globals": (
        "Your function reads {names} from an earlier cell instead of its arguments, so it "
        "only works for the notebook's own data. Compute everything from the arguments "
        "(e.g. m = len(y)); the check calls it with other data."
    ),
    "feedback.negative": (
        "Your answer has the wrong sign: the minus sign in front of the formula is missing "
        "(or there is one too many)."
    ),
    "feedback.sum_not_mean": (
        "Your answer is m = {m} times too large: the 1/m is missing. The formula takes the "
        "mean over the m samples: divide the sum by m = len(y) (or use np.mean)."
    ),
    "feedback.m_plus_one": (
        "You divided by m + 1 = {m1}. The slide's sum starts at i = 0, which would count "
        "m + 1 samples, but the m = {m} samples are i = 1, ..., m: divide by m = {m} "
        "(or use np.mean)."
    ),
    "feedback.m_minus_one": (
        "You divided by m − 1 = {m0}. The formula's mean is over all m = {m} samples: divide "
        "by m = len(y)."
    ),
    "feedback.divided_twice": (
        "Your answer is m = {m} times too small: you divided by m twice (np.mean already "
        "divides by m; np.mean(...) / len(y) divides again)."
    ),
    "feedback.fixed_m": (
        "You divided by {k:g}, but these data have m = {m} samples. Is {k:g} a fixed number, "
        "or an m left over from an earlier cell? Compute m from the arguments: m = len(y)."
    ),
    "feedback.rounded": (
        "Your answer is the right one rounded to a few decimals. Return the full value: round "
        "only when you print it."
    ),
    "feedback.low_precision": (
        "Your answer is right to about 7 digits only: float32 (np.float32, dtype='float32') "
        "keeps 7. Compute in float64, NumPy's default."
    ),
    "feedback.not_callable": (
        "`{line}`: something that is not a function is called like one. In code, "
        "multiplication needs `*`: s * (1 - s), not s(1 - s). ({detail})"
    ),
    # ------------------------------------------------------------------ exceptions
    "feedback.raised": (
        "Your function stopped with an error in the line `{line}`. Run it on its own in a new "
        "cell to see why. ({detail})"
    ),
    "feedback.exit": (
        "Your function ended the program (`exit()`, `quit()` or `raise SystemExit`) in "
        "`{line}`. A function gives its answer with `return`."
    ),
    "feedback.if_on_array": (
        "`{line}`: `if` needs one True or False, but a comparison of an array gives one per "
        "element. Work on all elements at once with np.where(condition, a, b) or a boolean "
        "mask, instead of `if`. ({detail})"
    ),
    "feedback.math_on_array": (
        "`{line}`: a function of the `math` module (or int, float) takes one number, not an "
        "array. Use NumPy's: np.exp, np.log, ... work element by element. ({detail})"
    ),
    "feedback.math_overflow": (
        "`{line}`: math.exp overflowed (e^710 and beyond do not fit in a float). Arrange the "
        "computation so that the exponent is never large and positive. ({detail})"
    ),
    "feedback.index": (
        "`{line}`: an index went past the end of an array. Python numbers m samples 0, ..., "
        "m − 1: loop over range(len(y)). ({detail})"
    ),
    "feedback.m_plus_one_loop": (
        "`{line}`: your loop runs m + 1 times. The slide's sum starts at i = 0 and ends at m, "
        "but there are only m samples, numbered 0, ..., m − 1 in Python: range(len(y)). "
        "({detail})"
    ),
    "feedback.name": (
        "`{line}`: your function uses a name that is not defined here. A variable of another "
        "cell or a typo? Use the function's arguments. ({detail})"
    ),
    "feedback.broadcast": (
        "`{line}`: two arrays whose shapes do not fit were combined element by element. Print "
        "their .shape: NumPy lines the shapes up from the last axis, and each pair of sizes "
        "must be equal or 1 (a column vector is `v[:, None]`). ({detail})"
    ),
    "feedback.matmul": (
        "`{line}`: a matrix product of shapes that do not fit. In A @ B the columns of A must "
        "match the rows of B: print the .shape of both. ({detail})"
    ),
    "feedback.slide_order": (
        "`{line}`: W @ X is the slide's order WX, where samples are columns. Here X has one "
        "sample per row, so z = X @ W (one z per row). ({detail})"
    ),
    "feedback.product_order": (
        "`{line}`: E2 * (g @ A1.T) multiplies element-wise after the matrix product. The order "
        "is the other way round: first E2 * g element-wise, then @ A1.T. ({detail})"
    ),
    "feedback.bias_twice": (
        "`{line}`: X already holds the bias column x0 = 1; helpers.add_bias(X) adds a second "
        "one, so X has one column more than W has weights. Use X as it is. ({detail})"
    ),
    "feedback.recursion": (
        "`{line}`: your function calls itself without end. Did you give it the name of the "
        "helper you meant to call? ({detail})"
    ),
    "feedback.zero_division": "`{line}`: a division by zero. ({detail})",
    # ------------------------------------------------------------------ notebook 01
    "sigmoid.wrong_shape": (
        "For an array z of shape {shape} your function returned shape {got}. Use NumPy "
        "operations (np.exp, np.where, ...) so that it works element by element, whatever the "
        "shape of z."
    ),
    "sigmoid.warned": (
        'Your function warned: "{warning}". Somewhere np.exp gets a large positive argument: '
        "e^(−z) for a very negative z, or e^z for a very positive z (e^1000 does not fit in a "
        "float). Note that np.where(condition, a, b) computes both a and b for every z; compute "
        "e = np.exp(-np.abs(z)) first and build both branches from e."
    ),
    "sigmoid.silenced": (
        "For z below about −710 your function gives exactly 0, but σ(z) is a tiny number, not "
        "0 (σ(−720) ≈ 2.3e−313). That is the textbook formula's overflow, e^(−z) = inf and "
        "1/inf = 0, with its warning switched off somewhere. Compute e^z / (1 + e^z) for z < 0."
    ),
    "sigmoid.clipped": (
        "For very negative z your function returns one and the same number: clipping z (or σ) "
        "changes σ there; σ(−720) is about 2.3e−313, not σ(−700). No clipping is needed: for "
        "z < 0 compute e^z / (1 + e^z), which cannot overflow."
    ),
    "sigmoid.tanh": (
        "0.5 (1 + tanh(z/2)) is σ(z) mathematically, but for very negative z, tanh(z/2) rounds "
        "to −1 and 1 + tanh(z/2) loses every digit (σ(−40) comes out 0, not 4e−18). Use "
        "e^z / (1 + e^z) for z < 0."
    ),
    "sigmoid.one_minus": (
        "For z < 0 you compute 1 − σ(|z|). That is right in exact arithmetic, but σ(|z|) is "
        "close to 1 and the subtraction loses the digits: for z < −37 it gives 0. Use "
        "e^z / (1 + e^z) for z < 0 instead."
    ),
    "sigmoid.sign": (
        "Your function gives σ(−z): the sign of the exponent is flipped (or the two branches "
        "of np.where are swapped). σ(z) = 1 / (1 + e^(−z)) grows with z: σ(5) is about 0.99."
    ),
    "sigmoid.negative_branch_only": (
        "Your function is right for z < 0 but gives σ(−z) for z > 0: e^(−|z|) / (1 + e^(−|z|)) "
        "is the branch for negative z only. For z >= 0 use 1 / (1 + e^(−|z|))."
    ),
    "sigmoid.positive_branch_only": (
        "Your function is right for z >= 0 but gives σ(|z|) for z < 0: 1 / (1 + e^(−|z|)) is the "
        "branch for z >= 0 only. For z < 0 use e^(−|z|) / (1 + e^(−|z|))."
    ),
    "sigmoid.integers": (
        "Your function rounds z to whole numbers (dtype=int or np.round cuts off the "
        "decimals), so σ(2.5) comes out σ(2) or σ(3). Keep z as floats: np.asarray(z, "
        "dtype=float)."
    ),
    "sigmoid.precision": (
        "Your values agree with σ(z) to about 7 digits only: float32 (np.float32, "
        "dtype='float32') keeps 7. Compute in float64, NumPy's default float."
    ),
    "sigmoid.half": "σ(0) must be exactly 0.5 (1 / (1 + e^0) = 1/2); yours is not quite.",
    "sigmoid.wrong_value": (
        "At z = {z:g} yours gives {got:.6g}, but σ(z) = {expected:.6g}. For z < 0 the stable "
        "form is e^z / (1 + e^z); for z >= 0 it is 1 / (1 + e^(−z))."
    ),
    "sigmoid.correct": (
        "Your sigmoid is exact, finite and warning-free from z = −1000 to 1000, tiny values "
        "near −745 included."
    ),
    "sigmoid.derivative_warned": (
        'Your function warned: "{warning}". Use helpers.sigmoid inside it (it never overflows).'
    ),
    "sigmoid.derivative_correct": "σ'(z) = σ(z)(1 − σ(z)); its largest value is σ'(0) = 1/4.",
    "sigmoid.derivative_numerical": (
        "Your values agree with σ'(z) to a few digits but not exactly: that looks like a "
        "numerical slope (a finite difference). The exercise asks for the formula "
        "σ(z)(1 − σ(z)), which is exact."
    ),
    "sigmoid.derivative_is_sigma": "You returned σ(z) itself. Multiply it by (1 − σ(z)).",
    "sigmoid.derivative_is_one_minus_sigma": "You returned 1 − σ(z). Multiply it by σ(z).",
    "sigmoid.derivative_sign": "Your slope has the wrong sign: σ is increasing, so σ' > 0.",
    "sigmoid.derivative_of_sigma": (
        "You applied the formula to σ(z) instead of z: σ'(z) = s (1 − s) with s = σ(z), "
        "computed once. (Or did you pass σ(z) to helpers.sigmoid a second time?)"
    ),
    "sigmoid.derivative_of_z": (
        "You computed z (1 − z). The formula needs σ first: s = helpers.sigmoid(z), then "
        "s * (1 - s)."
    ),
    "sigmoid.derivative_plus": "That is σ(z)(1 + σ(z)): the formula has 1 − σ(z).",
    "sigmoid.derivative_square": (
        "You squared one factor. σ'(z) is the product of two different factors, σ(z) and 1 − σ(z)."
    ),
    "sigmoid.derivative_constant": (
        "Your function returns the same value for every z. The slope changes with z: compute "
        "it from σ(z) for the z that is passed in."
    ),
    "sigmoid.derivative_scaled": (
        "Your values are a constant times σ'(z): the shape is right, the scale is not. σ'(z) = "
        "σ(z)(1 − σ(z)), with no factor in front (its largest value is σ'(0) = 1/4)."
    ),
    "sigmoid.derivative_wrong_value": (
        "At z = {z:g} yours gives {got:.6g}, but σ(z)(1 − σ(z)) = {expected:.6g}. A quick test: "
        "σ'(0) should be 0.25."
    ),
    "sigmoid.derivative_one_minus_z": (
        "You wrote 1 − z where the formula has 1 − σ(z): σ'(z) = σ(z)(1 − σ(z))."
    ),
    "sigmoid.derivative_nested": (
        "The product goes outside σ: σ'(z) = σ(z) (1 − σ(z)), not σ(z (1 − z))."
    ),
    "sigmoid.derivative_tanh": (
        "1 − tanh²(z) is the derivative of tanh. The sigmoid's is σ(z)(1 − σ(z))."
    ),
    "sigmoid.derivative_times_z": (
        "No extra factor z: σ'(z) is the slope with respect to z itself (dz/dz = 1). The chain "
        "rule adds a factor only for z = wx + b, in notebook 04."
    ),
    "sigmoid.midpoint_unfinished": (
        "It looks unfinished: put numbers in place of the `...` for w and b, run that cell, "
        "then run this check again."
    ),
    "sigmoid.w_b_shape": "w and b must be one number each; got an array of shape {got}.",
    "sigmoid.w_b_large": (
        "{value:g} is far too large for w or b here: both are a few units in size."
    ),
    "sigmoid.midpoint_off": (
        "σ(w·2 + b) = {at_2:.3f}, not 1/2. σ is 1/2 exactly where its input is 0, so you need "
        "w·2 + b = 0, that is b = −2w."
    ),
    "sigmoid.slope_off": (
        "The midpoint is right, but σ(w·3 + b) = {at_3:.3f}, not 0.9. With b = −2w, "
        "σ(3w + b) = σ(w); solve 1 / (1 + e^(−w)) = 0.9 for w (e^(−w) = 1/9)."
    ),
    "sigmoid.w_b_swapped": "w and b are swapped: w multiplies x, b is added.",
    "sigmoid.b_sign": (
        "b has the wrong sign: σ(2w + b) = 1/2 needs 2w + b = 0, so b = −2w, not 2w."
    ),
    "sigmoid.w_is_probability": (
        "w is not a probability: σ(w) = 0.9 asks for the input that σ turns into 0.9. Solve "
        "1 / (1 + e^(−w)) = 0.9: e^(−w) = 1/9."
    ),
    "sigmoid.w_without_log": (
        "From e^(−w) = 1/9 the next step is a logarithm of both sides: w is not 9 (or 1/9) itself."
    ),
    "sigmoid.w_sign": "w has the wrong sign: σ(w) = 0.9 > 1/2 needs w > 0.",
    "sigmoid.w_log_of_probability": (
        "ln 0.9 is not it: σ(w) = 0.9 means 1 + e^(−w) = 1/0.9. Solve that for e^(−w) first, "
        "then take the logarithm."
    ),
    "sigmoid.midpoint_exact": (
        "w = ln 9 = {w:.4f} and b = −2w = {b:.4f}: σ(2w + b) = 0.5, σ(3w + b) = 0.9."
    ),
    "sigmoid.midpoint_close": (
        "Close enough: σ(2w + b) = {at_2:.3f} and σ(3w + b) = {at_3:.3f}. The exact answer is "
        "w = ln 9 ≈ 2.1972 and b = −2w; can you derive it?"
    ),
    # ------------------------------------------------------------------ notebook 02
    "boundary.unfinished": (
        "It looks unfinished: put three numbers [w0, w1, w2] in place of the `...`, run that "
        "cell, then run this check again."
    ),
    "boundary.wrong_shape": (
        "For these samples your function returned shape {got}; it should return one label per "
        "row of X, shape {shape}. Compute z = X @ W for all rows at once."
    ),
    "boundary.probabilities": (
        "Your function returned probabilities h between 0 and 1, not labels. Turn them into "
        "0 or 1: ŷ = 1 where h >= 1/2, else 0."
    ),
    "boundary.returned_z": "You returned z = WX itself. The label is 1 where z >= 0, else 0.",
    "boundary.not_labels": "Your function should return only 0s and 1s, one label per sample.",
    "boundary.sign": (
        "np.sign gives −1, 0 and 1, not labels: the label is 1 where z >= 0 and 0 elsewhere."
    ),
    "boundary.heaviside_half": (
        "np.heaviside(z, 0.5) gives 0.5 on the boundary. A point exactly on it (z = 0, "
        "h = 1/2) gets label 1: np.heaviside(z, 1), or (z >= 0)."
    ),
    "boundary.rounded": (
        "Points exactly on the boundary (z = 0, h = 1/2) get label 0 from you: rounding h "
        "sends 0.5 to the even number 0 (np.round(0.5) = 0). The classifier predicts 1 when "
        "h >= 1/2: compare, h >= 0.5 (or z >= 0), instead of rounding."
    ),
    "boundary.strict": (
        "Points exactly on the boundary (z = 0, h = 1/2) get label 0 from you, and every other "
        "label is right. The classifier predicts 1 when h >= 1/2: the boundary itself belongs "
        "to class 1. A strict comparison (>) leaves it out."
    ),
    "boundary.flipped": (
        "Your labels are flipped: class 1 is the side where z = WX >= 0 (h >= 1/2). Check the "
        "direction of your comparison."
    ),
    "boundary.z_half": (
        "You compare z with 1/2. The threshold 1/2 belongs to h = σ(z); for z it is 0, "
        "because σ(0) = 1/2: label 1 where z >= 0."
    ),
    "boundary.threshold": (
        "Your labels switch from 0 to 1 at the wrong place: the threshold is h >= 1/2, that "
        "is z >= 0 exactly, not a value near it (points with z slightly below 0 are class 0)."
    ),
    "boundary.no_bias": (
        "You left out w0: z = w0 + w1 x1 + w2 x2 uses every column of X, the bias column "
        "x0 = 1 too. z = X @ W does it all."
    ),
    "boundary.wrong_label": (
        "For W = [{w0:g}, {w1:g}, {w2:g}] and the point ({x1:g}, {x2:g}), z = {z:g}, so the "
        "label is {expected:g}; yours is {got:g}."
    ),
    "boundary.predict_correct": "ŷ = 1 exactly where z = WX >= 0, that is where h(z) >= 1/2.",
    "boundary.fixed_w": (
        "Your labels are those of the lecture's W = [−3, 1, 1], whatever W is passed in. Use "
        "the argument W: z = X @ W."
    ),
    "boundary.bias_as_feature": (
        "Column 0 of X is the bias column x0 = 1; x1 and x2 are columns 1 and 2. z = X @ W "
        "uses each column with its weight."
    ),
    "boundary.all_ones": (
        "Every label is 1. If you compare h with 0, that is always true (h = σ(z) > 0): "
        "compare h with 1/2, or z with 0."
    ),
    "boundary.weights_shape": "W must be three numbers [w0, w1, w2]; got shape {got}.",
    "boundary.no_boundary": (
        "With w1 = w2 = 0, z = w0 is the same everywhere: there is no boundary at all."
    ),
    "boundary.line_misses": (
        "At the point ({x1:g}, {x2:g}) your W gives z = {z:g}, not 0, so the boundary misses "
        "it. A point is on the boundary when w0 + w1 x1 + w2 x2 = 0: write that for both "
        "points and solve (pick w0 = −4, say)."
    ),
    "boundary.line_swapped": (
        "Your line goes through (2, 0) and (0, 4): the weights of x1 and x2 are swapped. "
        "Through (4, 0): w0 + 4 w1 = 0; through (0, 2): w0 + 2 w2 = 0."
    ),
    "boundary.line_intercepts": (
        "The weights are not the points' coordinates. Through (4, 0): w0 + 4 w1 = 0; through "
        "(0, 2): w0 + 2 w2 = 0. Choose w0, then solve each equation for the other weight."
    ),
    "boundary.line_coordinates": (
        "Those are the points' coordinates, not weights. A point (x1, x2) is on the line when "
        "w0 + w1 x1 + w2 x2 = 0: write that for (4, 0) and for (0, 2), and solve."
    ),
    "boundary.line_w0_sign": (
        "w0 has the wrong sign: through (4, 0) needs w0 + 4 w1 = 0, so w0 and w1 have opposite "
        "signs."
    ),
    "boundary.line_sign_w": (
        "w1 and w2 need the opposite sign of w0: through (4, 0), w0 + 4 w1 = 0, so w1 = −w0 / 4."
    ),
    "boundary.line_no_bias": (
        "With w0 = 0 the line passes through the origin (z = 0 there); this one does not. "
        "Through (4, 0): w0 + 4 w1 = 0."
    ),
    "boundary.line_offset": (
        "The direction is right (x1 + 2 x2 = constant), but not the constant: through (4, 0) "
        "the line needs w0 = −4 w1."
    ),
    "boundary.line_misses_one": (
        "Your line passes through one of the points but misses ({x1:g}, {x2:g}): w0 + w1 x1 + "
        "w2 x2 must be 0 there too."
    ),
    "boundary.line_bias_last": (
        "The right numbers in the wrong order: W = [w0, w1, w2] starts with the bias weight "
        "w0, the one multiplied by x0 = 1."
    ),
    "boundary.line_lecture": (
        "That is the lecture's example, the line x1 + x2 = 3. This exercise's line goes "
        "through (4, 0) and (0, 2): write w0 + w1 x1 + w2 x2 = 0 for both points and solve."
    ),
    "boundary.line_rounded": (
        "Almost: W = [{w0:g}, {w1:g}, {w2:g}] misses the points by rounding. Use exact numbers "
        "(fractions or whole numbers): with w0 = −4 the weights are whole."
    ),
    "boundary.line_sides": (
        "The line is right, but at the origin z = w0 = {w0:g} >= 0, so the origin is on the "
        "y = 1 side. Multiply W by −1: the same line, the sides swapped."
    ),
    "boundary.line_correct": (
        "W = [{w0:g}, {w1:g}, {w2:g}] gives the line x1 + 2 x2 = 4, class 1 on the far side "
        "from the origin. Any positive multiple of [−4, 1, 2] does too."
    ),
    "boundary.ellipse": (
        "w1 = {w1:g} and w2 = {w2:g} differ, which stretches the curve into an ellipse (or "
        "another curve). A circle needs w1 = w2."
    ),
    "boundary.no_circle": (
        "With W = [{w0:g}, {w1:g}, {w2:g}], z = 0 would need x1² + x2² = {r2:g}, which no point "
        "reaches (or only the origin). w0 needs the opposite sign of w1."
    ),
    "boundary.radius_not_squared": (
        "Your boundary is x1² + x2² = {r2:g}, a circle of radius {r:.4g}, not 2: the boundary is "
        "x1² + x2² = −w0/w1 = r², so −w0/w1 = 4 for r = 2."
    ),
    "boundary.radius_inverse": (
        "Your boundary is x1² + x2² = {r2:g}, a circle of radius {r:.4g}: −w0/w1 is r² itself, "
        "not 1/r². For r = 2, −w0/w1 = 4."
    ),
    "boundary.wrong_radius": (
        "Your boundary is x1² + x2² = {r2:g}, a circle of radius {r:.4g}, not 2. The boundary "
        "is x1² + x2² = −w0/w1."
    ),
    "boundary.circle_sides": (
        "The circle is right, but the inside is class 1: at the origin z = w0 > 0. Multiply W "
        "by −1 to swap the sides."
    ),
    "boundary.circle_correct": (
        "W = [{w0:g}, {w1:g}, {w2:g}]: z = 0 on x1² + x2² = 4, the circle of radius 2, and "
        "z > 0 (class 1) outside it. Any positive multiple of [−4, 1, 1] works."
    ),
    # ------------------------------------------------------------------ notebook 03: the quiz
    "quiz.question": "({number}) y = {y}, ŷ = {y_hat:g}: is the error small or large?",
    "quiz.question_number": "`question` must be 1, 2 or 3 (the slide's three); got {got}.",
    "quiz.error_choices": (
        "`error` = {got} is not one of the choices: 'small' or 'large' (also 작다 / 크다, "
        "(a) / (b), ①/②, ㄱ/ㄴ)."
    ),
    "quiz.curve_choices": (
        "`curve` = {got} is not one of the choices: 'solid' or 'dotted' (also 실선 / 점선, "
        "(a) / (b), ①/②, ㄱ/ㄴ)."
    ),
    "quiz.pick_one": "{got}: pick one choice, without 'not' or 'or'.",
    "quiz.problems": "{problems}",
    "quiz.unfinished": (
        "It looks unfinished: set `error` to 'small' or 'large' and `curve` to 'solid' or "
        "'dotted', then run the cell again."
    ),
    "quiz.not_small": (
        "The error is not small. The true class is y = {y} and the model gives it probability "
        "{p:g}: compare that with a coin flip's 0.5."
    ),
    "quiz.not_large": (
        "The error is not large. The true class is y = {y} and the model gives it probability "
        "{p:g}: compare that with a coin flip's 0.5."
    ),
    "quiz.not_small_worked": (
        "The error is not small: e = {formula} = {e:.2f}, more than log 2 ≈ 0.69, the error of "
        "a coin flip (ŷ = 0.5)."
    ),
    "quiz.not_large_worked": (
        "The error is not large: e = {formula} = {e:.2f}, less than log 2 ≈ 0.69, the error of "
        "a coin flip (ŷ = 0.5)."
    ),
    "quiz.not_solid": (
        "Not the solid curve: the label picks the curve, not ŷ. For y = {y} the error is "
        "−log(1 − h), drawn dotted."
    ),
    "quiz.not_dotted": (
        "Not the dotted curve: the label picks the curve, not ŷ. For y = {y} the error is "
        "−log(h), drawn solid."
    ),
    "quiz.curve_only": "The curve is right; now say whether the error is small or large.",
    "quiz.size_only": "Small or large: right. Now say on which curve you read it.",
    "quiz.correct_large_solid": (
        "y = {y}, ŷ = {y_hat:g}: e = {formula} = {e:.2f}, a large error, read on the solid "
        "curve (y = {y})."
    ),
    "quiz.correct_small_solid": (
        "y = {y}, ŷ = {y_hat:g}: e = {formula} = {e:.2f}, a small error, read on the solid "
        "curve (y = {y})."
    ),
    "quiz.correct_large_dotted": (
        "y = {y}, ŷ = {y_hat:g}: e = {formula} = {e:.2f}, a large error, read on the dotted "
        "curve (y = {y})."
    ),
    "quiz.correct_small_dotted": (
        "y = {y}, ŷ = {y_hat:g}: e = {formula} = {e:.2f}, a small error, read on the dotted "
        "curve (y = {y})."
    ),
    "quiz.choose": "Choose the error and the curve.",
    "quiz.error_label": "error",
    "quiz.curve_label": "curve",
    "quiz.show": "show the answer",
    "quiz.small": "small (작다)",
    "quiz.large": "large (크다)",
    "quiz.solid": "solid (실선)",
    "quiz.dotted": "dotted (점선)",
    # ------------------------------------------------------------------ notebook 03: exercises
    "costs.not_one_number": (
        "Your function returned an array of shape {got}; the cost J is one number, the mean of "
        "the per-sample errors: use np.mean (or sum and divide by m)."
    ),
    "costs.cost_warned": (
        'Your function warned: "{warning}". No a here is 0 or 1; check the logarithms.'
    ),
    "costs.cost_correct": "J = {J:.4f} for these {m} samples; it matches helpers.cross_entropy.",
    "costs.log10": "That is the base-10 log. Use the natural log, np.log.",
    "costs.log2": "That is the base-2 log. Use the natural log, np.log.",
    "costs.swapped": (
        "y and 1 − y are swapped: a sample with y = 1 must cost −log(a), one with y = 0 "
        "−log(1 − a)."
    ),
    "costs.missing_y0_term": (
        "Only the samples with y = 1 count in yours: the term (1 − y) log(1 − a) for the "
        "samples with y = 0 is missing."
    ),
    "costs.missing_y1_term": (
        "Only the samples with y = 0 count in yours: the term y log(a) for the samples with "
        "y = 1 is missing."
    ),
    "costs.inner_sign": (
        "A sign inside the bracket: J = −(1/m) Σ [y log a + (1 − y) log(1 − a)], a plus between "
        "the two terms (the minus stands in front of everything)."
    ),
    "costs.log_a_twice": (
        "Both terms use log(a): the y = 0 term is (1 − y) log(1 − a), the log of the "
        "probability of class 0."
    ),
    "costs.squared_error": (
        "That is the squared error ½ (y − a)², not the cross entropy: J uses −log of the "
        "probability the model gives to the true class."
    ),
    "costs.log_rule": (
        "log(1 − a) is not log 1 − log a: the log of a difference does not split. Keep "
        "np.log(1 - a)."
    ),
    "costs.loop_from_one": (
        "range(1, len(y)) skips the first sample: Python numbers the m samples 0, ..., m − 1, "
        "so loop over range(len(y))."
    ),
    "costs.column_table": (
        "y became a column (m, 1) while a stayed a row (m,): NumPy then pairs every y with every "
        "a, an (m, m) table, and the mean of that table is not J. Keep both 1-D (no reshape, "
        "or .ravel())."
    ),
    "costs.changed_a": (
        "You changed a before the log (clipping it, or adding a small number inside the log). "
        "Here every a lies strictly between 0 and 1, and the check wants J for the a it gets: "
        "take the logs of a and 1 − a as they are."
    ),
    "costs.cost_wrong": (
        "On these data yours gives {got:.6f}, but J = {J:.6f}. Try one sample by hand: y = 1, "
        "a = 0.9 costs −log(0.9) = 0.1054; y = 0, a = 0.2 costs −log(0.8) = 0.2231."
    ),
    "costs.logits_warned": (
        'Your function warned: "{warning}". Somewhere σ(z) rounds to 0 or 1 and then '
        "log(0) = −inf, or e^t overflows for a large t. Do not compute σ at all: use "
        "log σ(z) = −softplus(−z) and log(1 − σ(z)) = −softplus(z), with helpers.softplus or "
        "np.logaddexp(0, t)."
    ),
    "costs.logits_not_finite": (
        "Your J is {value}: a log of a rounded σ(z), or log(1 + e^t) for a t so large that e^t "
        "overflows. Build it from helpers.softplus: J = mean(y·softplus(−z) + (1 − y)·softplus(z))."
    ),
    "costs.logits_correct": (
        "J = {J:.4f}, exact even for z = ±1000 (such a sample, if wrong, costs 1000), with no "
        "warnings."
    ),
    "costs.logits_negative": "Your J is negative; the softplus form needs no minus sign in front.",
    "costs.logits_swapped": (
        "y and 1 − y are swapped: a sample with y = 1 costs softplus(−z), one with y = 0 "
        "softplus(z)."
    ),
    "costs.missing_max": (
        "softplus(t) = max(t, 0) + log(1 + e^(−|t|)): the max(t, 0) part is missing, so every "
        "error stays below log 2."
    ),
    "costs.softplus_cut": (
        "Your softplus takes a shortcut, softplus(t) ≈ t for t > {T} (or ≈ 0 below −{T}): off by "
        "log(1 + e^(−t)), 0.018 at t = 4. The exact form max(t, 0) + log(1 + e^(−|t|)) needs no "
        "shortcut (helpers.softplus, np.logaddexp(0, t))."
    ),
    "costs.halved": (
        "Yours is exactly half of J. The ½ belongs to the squared error, ½ (y − ŷ)²; the cross "
        "entropy has none: J = −(1/m) Σ [y log a + (1 − y) log(1 − a)]."
    ),
    "costs.cancellation": (
        "softplus(z) − y z equals each sample's error mathematically, but where y = 1 and z is "
        "large both terms are close to z, and their difference loses its digits: on "
        "confidently right samples (errors near 1e-20) the result is wrong. Use y softplus(−z) "
        "+ (1 − y) softplus(z), which never subtracts."
    ),
    "costs.clipped": (
        "Every sample's error in yours stops at about {cap:.1f}: clipping σ (or ŷ, or adding a "
        "small number inside the log) caps the error of a confident mistake, while the samples "
        "with z = −1000, y = 1 cost 1000 each. Work with z itself: e = softplus(−z) for y = 1."
    ),
    "costs.max_only": (
        "softplus(t) is not max(t, 0): the term log(1 + e^(−|t|)) is missing (log 2 at t = 0). "
        "Use helpers.softplus or np.logaddexp(0, t)."
    ),
    "costs.log_not_log1p": (
        "For a confident, correct prediction (y = 1, z = 45) yours costs exactly 0, but the "
        "true cost is e^(−45) ≈ 3e−20: log(1 + x) rounds 1 + x to 1 when x is tiny. Use "
        "np.log1p(x), which keeps it."
    ),
    "costs.plus_minus_labels": (
        "log(1 + e^(−y z)) is the formula for labels y = ±1. With labels 0 and 1 a sample with "
        "y = 0 would always cost log 2: use y softplus(−z) + (1 − y) softplus(z)."
    ),
    "costs.logits_wrong": (
        "On these data yours gives {got:.6f}, but J = {J:.6f}. One sample to try by hand: "
        "y = 1, z = 2 costs softplus(−2) = log(1 + e^(−2)) = 0.1269."
    ),
    "costs.general_negative": "Your J is negative: J = −Σ y log ŷ has a minus sign in front.",
    "costs.general_mean_all": (
        "You took the mean over all m × K entries (samples × classes), so J came out K times "
        "too small. Sum over the classes first (axis=1): one error per sample; then take the "
        "mean over the m samples."
    ),
    "costs.general_axis0": (
        "You summed over the samples (axis=0) and then averaged over the classes. Each "
        "sample's error is its sum over the classes: sum with axis=1, then take the mean over "
        "the samples."
    ),
    "costs.general_binary": (
        "You used the binary formula on every class. The general one is only −Σ_k y_k log ŷ_k: "
        "the (1 − y) log(1 − ŷ) part is already there, as the other class's term."
    ),
    "costs.general_ignored_y": (
        "Your J does not use Y: −Σ y_k log ŷ_k keeps only the true class's term, because the "
        "one-hot y_k is 0 for every other class. Multiply by Y before summing."
    ),
    "costs.general_predicted_class": (
        "You took the class the model finds most likely (the largest ŷ); the cost uses the "
        "true class, the one where Y has its 1."
    ),
    "costs.general_matrix_product": (
        "Y @ log(Ŷ).T is a matrix product: it pairs every sample's labels with every other "
        "sample's probabilities. The formula multiplies element by element: Y * np.log(Y_hat), "
        "then sums over the classes (axis=1)."
    ),
    "costs.general_one_column": (
        "You used one column (class 1) only, as in the binary case. With K classes each "
        "sample's error is −log of the probability of its own true class: −Σ_k y_k log ŷ_k "
        "over all K columns."
    ),
    "costs.general_fixed_classes": (
        "You kept a fixed number of columns. Use every class: the sum runs over all K columns "
        "of Y (Y.shape[1])."
    ),
    "costs.general_skips_class0": (
        "Samples of class 0 cost nothing in yours: the sum over the classes must start at the "
        "first column, k = 0 in Python (range(K), not range(1, K))."
    ),
    "costs.general_wrong": (
        "Yours gives {got:.6f}, but J = {J:.6f}. The first sample is class 0 with ŷ = {p0}: it "
        "costs −log(0.7) = 0.3567."
    ),
    "costs.general_correct": (
        "J = {J:.4f} on three classes; with two classes the same function is the binary cross "
        "entropy."
    ),
    # ------------------------------------------------------------------ notebook 04
    "gradient.wrong_shape": (
        "Your function returned shape {got}; it should return shape {shape}, one number per "
        "weight. X is (m, n + 1) with one sample per row, so Xᵀ(y − ŷ) is "
        "`X.T @ (y - y_hat)` and has one entry per column of X."
    ),
    "gradient.sign": (
        "Your gradient has the wrong sign: it points uphill. ∂J/∂w_j = −(1/m) Σ (y − ŷ) x_j, "
        "which is the same as +(1/m) Σ (ŷ − y) x_j. Did you combine the minus sign with ŷ − y?"
    ),
    "gradient.sign_and_m": "Two slips: the sign is flipped and the 1/m is missing.",
    "gradient.divided_by_columns": (
        "You divided by the number of columns of X. m is the number of samples, the number of "
        "rows: len(y) or X.shape[0]."
    ),
    "gradient.linear": (
        "You used z = XW as the prediction, as linear regression would. Logistic regression "
        "predicts ŷ = σ(z): apply helpers.sigmoid first."
    ),
    "gradient.sse_factor": (
        "Your gradient has an extra factor σ'(z) = σ(z)(1 − σ(z)): that is the squared error's "
        "gradient. For the cross entropy it cancels (step 7 of the derivation)."
    ),
    "gradient.wrong": (
        "Your gradient is {got}, the right one {expected}. Follow the slide's last line: ŷ = "
        "σ(X @ W), then −(1/m) Σ_i (y − ŷ) x_j for every j at once (X.T does the sum over i). "
        "Compare with helpers.numerical_gradient."
    ),
    "gradient.labels": (
        "You used the predicted labels (0 or 1) as ŷ. The gradient needs the probabilities ŷ = "
        "σ(z), not the labels."
    ),
    "gradient.derivative_not_sigma": (
        "You used σ'(z) where the formula has ŷ = σ(z): after step 7, σ' is gone; ŷ = "
        "helpers.sigmoid(X @ W)."
    ),
    "gradient.correct": (
        "∇J = −(1/m) Xᵀ(y − ŷ): one number per weight, the sum over samples as a product."
    ),
    "gradient.step_returned_old": (
        "Your function returns W unchanged: the new weights are computed (perhaps) but not "
        "returned. Return W − η ∇J."
    ),
    "gradient.step_uphill": (
        "Your step goes uphill: it adds η·∂J/∂w_j. Gradient descent subtracts it: "
        "w_j := w_j − η ∂J/∂w_j = w_j + η (1/m) Σ (y − ŷ) x_j."
    ),
    "gradient.step_no_rate": "The learning rate η is missing: multiply the gradient by it.",
    "gradient.step_change_only": (
        "You returned the change (or the gradient), not the new weights W − η ∇J."
    ),
    "gradient.step_no_one_over_m": "The step is m times too large: the gradient needs its 1/m.",
    "gradient.step_fixed_rate": (
        "Your step uses the rate {c:g}, not the argument `learning_rate` ({rate:g} here): a "
        "number written in, or an eta from an earlier cell? Use learning_rate."
    ),
    "gradient.step_rate_on_w": (
        "The learning rate multiplies the gradient, not the weights: W − η ∇J, not η W − ∇J."
    ),
    "gradient.step_many": (
        "Your function makes {n} updates. One call is one epoch: a single step W − η ∇J (the "
        "loop over epochs belongs to helpers.fit)."
    ),
    "gradient.step_not_simultaneous": (
        "You update the weights one at a time, each with a gradient that already uses the new "
        "ones. Gradient descent updates all weights at once, from the gradient at the old W: W "
        "- learning_rate * gradient."
    ),
    "gradient.step_sse": (
        "Your step follows the squared error's gradient (with the factor σ'(z)). This exercise "
        "descends the cross entropy: its gradient −(1/m) Xᵀ(y − ŷ) has no σ'."
    ),
    "gradient.step_wrong": (
        "Your new weights are {got}, the right ones {expected}. Reuse your gradient from "
        "Exercise 1 (or helpers.gradient) and take one step of the rule w_j := w_j − η "
        "∂J/∂w_j."
    ),
    "gradient.step_correct": (
        "w_j := w_j + η (1/m) Σ (y − ŷ) x_j, all weights at once: one epoch of descent."
    ),
    "gradient.delta_shape": (
        "Your ΔW2 has shape {got}; it must have W2's shape {shape}, one entry per weight. "
        "(E ∗ g'(Z)) @ A1.T is (n_out, m) @ (m, n_hidden); A1 @ (...).T gives the transpose."
    ),
    "gradient.delta_sign": (
        "The sign is flipped: ΔW2 = −(E2 ∗ g'(Z)) A1ᵀ with the error matrix E2 = Y − Ŷ."
    ),
    "gradient.delta_no_slope": (
        "The factor g'(Z) = σ(Z)(1 − σ(Z)) is missing: with the squared error it stays (only "
        "the cross entropy cancels it). Multiply E by it element-wise first."
    ),
    "gradient.delta_cross_entropy": (
        "That is the cross entropy's ΔW2, −(1/m) E A1ᵀ. With the squared error (no 1/m) the "
        "factor g'(Z) stays: −(E ∗ g'(Z)) A1ᵀ."
    ),
    "gradient.delta_one_over_m": (
        "The slide's error function, the SSE E = Σ ½ (y − ŷ)², has no 1/m. Drop the division."
    ),
    "gradient.delta_times_sigma": (
        "You multiplied E by σ(Z) itself. g'(Z) is σ's slope, σ(Z)(1 − σ(Z)) (notebook 01): "
        "`Y_hat * (1 - Y_hat)`."
    ),
    "gradient.delta_one_minus": (
        "You multiplied E by 1 − σ(Z) only. g'(Z) = σ(Z)(1 − σ(Z)) has both factors: "
        "`Y_hat * (1 - Y_hat)`."
    ),
    "gradient.delta_derivative_of_y_hat": (
        "helpers.sigmoid_derivative takes z, not ŷ: write sigmoid_derivative(Z2), or "
        "`Y_hat * (1 - Y_hat)` from the outputs."
    ),
    "gradient.delta_two_missing": (
        "Two pieces are missing: the minus sign in front and the factor g'(Z) = "
        "σ(Z)(1 − σ(Z)), multiplied into E element-wise: −(E ∗ g'(Z)) A1ᵀ."
    ),
    "gradient.delta_product_order": (
        "Multiply E by g'(Z) element-wise (`E * g_prime`) before the matrix product with A1.T, "
        "not after."
    ),
    "gradient.delta_one_minus_z": (
        "g'(Z) = σ(Z)(1 − σ(Z)): the second factor is 1 − σ(Z), not 1 − Z."
    ),
    "gradient.delta_half": (
        "The ½ of the error function E = Σ ½ (y − ŷ)² is gone after differentiating: d/dŷ ½ (y "
        "− ŷ)² = −(y − ŷ). No factor ½ in ΔW2."
    ),
    "gradient.delta_two": (
        "A factor 2 too many: the slide's error function E has the ½, so d/dŷ ½ (y − ŷ)² = −(y "
        "− ŷ), with no 2."
    ),
    "gradient.delta_no_sigmoid": (
        "You used Z2 itself as the output. The output layer applies the sigmoid: Ŷ = σ(Z2) = "
        "helpers.sigmoid(W2 @ A1)."
    ),
    "gradient.delta_divided": (
        "You divided by {k:g}: the slide's error function, the SSE E = Σ ½ (y − ŷ)², has no "
        "1/m, so ΔW2 has none either."
    ),
    "gradient.delta_typo_y": "g'(Z) = Ŷ(1 − Ŷ): the second factor uses Ŷ, not the labels Y.",
    "gradient.delta_sums_apart": (
        "You summed over the samples twice, separately: Σ(E ∗ g') times Σ a_j. The gradient "
        "sums the products sample by sample: (E ∗ g') @ A1.T."
    ),
    "gradient.delta_z_not_sigma": (
        "g'(Z) is σ's slope at Z: σ(Z)(1 − σ(Z)) = Ŷ(1 − Ŷ), not Z(1 − Z)."
    ),
    "gradient.delta_wrong": (
        "Your ΔW2 differs from −(E2 ∗ g'(Z)) A1ᵀ. Build it in steps and print each shape: Z "
        "from W2 and A1, Ŷ = σ(Z), the error matrix E2 = Y − Ŷ, g'(Z) = Ŷ (1 − Ŷ), then the "
        "product with A1ᵀ."
    ),
    "gradient.delta_correct": (
        "ΔW2 = −(E ∗ g'(Z)) A1ᵀ: one entry per weight w_jk, summed over the samples."
    ),
    # ------------------------------------------------------------------ live figures
    "widgets.features": "features",
    "widgets.linear_features": "linear: x1, x2",
    "widgets.squared_features": "squared: x1², x2²",
    "widgets.steepness": "w (steepness)",
    "widgets.shift": "b (shift)",
    "widgets.epoch": "epoch",
}
