"""English messages (the source catalog). Keys are ``<area>.<name>``; values are templates for
``str.format``. ``ko.py`` has the same keys with the same placeholders (a test checks it)."""

MESSAGES = {
    # ------------------------------------------------------------------ the feedback layer
    "feedback.correct": "Correct! {what}",
    "feedback.not_yet": "Not yet. {hint}",
    "feedback.unfinished": (
        "It looks unfinished: replace the `...` with your code (and `return` the result), "
        "run that cell, then run this check again."
    ),
    "feedback.not_a_function": "The check needs a function (defined with `def`); it got {got}.",
    "feedback.raised": (
        "Calling your function raised {error}: {detail}. Run it on its own in a new cell to "
        "see where."
    ),
    "feedback.returned_none": (
        "Your function returned None: is the `return` missing? A function that ends without "
        "`return` gives None. Put `return` in front of the result."
    ),
    "feedback.mutated": (
        "Your function changed its argument `{name}` in place (`{name} -= ...`, `{name} += ...` "
        "or `{name}[...] = ...`). That changes the caller's array too: whoever passed {name} "
        "in now holds your new values, and the old ones are gone (in gradient descent, the "
        "weights you meant to keep). Build a new array instead, `{name} = {name} - ...` or "
        "start from `{name}.copy()`, and return it."
    ),
    "feedback.not_numbers": "Your answer is {got}, not {what}.",
    "feedback.complex": (
        "Your {what} holds complex numbers (a `j` part). Everything here is real: look for "
        "where an imaginary part comes in (`1j`, np.emath, the log or square root of a "
        "negative complex number)."
    ),
    "feedback.not_finite": (
        "Your {what} holds {value} ({count} value(s) NaN or infinite), so it cannot be right. "
        "NaN comes from 0/0, inf − inf or the log of a negative number; inf from an overflow "
        "or a division by 0."
    ),
    "feedback.what.answer": "answer",
    "feedback.warned": 'Your function warned: "{warning}".',
    "feedback.m_plus_one": (
        "You divided by m + 1 = {m1}. The slide's sum starts at i = 0, which would count "
        "m + 1 samples, but the m = {m} samples are i = 1, ..., m: divide by m = {m} "
        "(or use np.mean)."
    ),
    # ------------------------------------------------------------------ notebook 01
    "sigmoid.what": "numbers",
    "sigmoid.wrong_shape": (
        "For an array z of shape {shape} your function returned shape {got}. Use NumPy "
        "operations (np.exp, np.where, ...) so that it works element by element."
    ),
    "sigmoid.used_helpers": (
        "Your function calls helpers.sigmoid, so it is right by construction and teaches you "
        "nothing. Write σ yourself from np.exp: that is the exercise."
    ),
    "sigmoid.warned": (
        'Your function warned: "{warning}". Somewhere np.exp gets a large positive argument: '
        "e^(-z) for a very negative z, or e^z for a very positive z (e^1000 does not fit in a "
        "float). Note that np.where(cond, a, b) computes both a and b for every z; compute "
        "e = np.exp(-np.abs(z)) first and build both branches from e."
    ),
    "sigmoid.silenced": (
        "At z = {z:g} your function gives exactly 0, but σ(z) = {expected:.4g}: a tiny number, "
        "not 0. That is the naive formula's overflow, e^(-z) = inf and 1/inf = 0, with its "
        "warning switched off (np.errstate, np.seterr or a warnings filter). Silencing the "
        "warning hides the error; compute σ so that nothing overflows: e^z / (1 + e^z) for "
        "z < 0."
    ),
    "sigmoid.half": "σ(0) must be exactly 0.5; yours gives {got}.",
    "sigmoid.wrong_value": (
        "At z = {z:g} yours gives {got:.6g}, but σ(z) = {expected:.6g}. For z < 0 the stable "
        "form is e^z / (1 + e^z)."
    ),
    "sigmoid.correct": "Your sigmoid is exact, finite and warning-free from z = -1000 to 1000.",
    "sigmoid.derivative_warned": (
        'Your function warned: "{warning}". Use helpers.sigmoid inside it.'
    ),
    "sigmoid.derivative_correct": "σ'(z) = σ(z)(1 − σ(z)); its largest value is σ'(0) = 1/4.",
    "sigmoid.derivative_numerical": (
        "Your values agree with σ'(z) to about 6 digits but not exactly: that looks like a "
        "numerical slope (a finite difference). The exercise asks for the formula "
        "σ(z)(1 − σ(z)), which is exact."
    ),
    "sigmoid.derivative_is_sigma": "You returned σ(z) itself. Multiply it by (1 − σ(z)).",
    "sigmoid.derivative_is_one_minus_sigma": "You returned 1 − σ(z). Multiply it by σ(z).",
    "sigmoid.derivative_wrong_value": (
        "At z = {z:g} yours gives {got:.6g}, but σ(z)(1 − σ(z)) = {expected:.6g}. A quick test: "
        "σ'(0) should be 0.25."
    ),
    "sigmoid.midpoint_unfinished": (
        "It looks unfinished: put numbers in place of the `...` for w and b, run that cell, "
        "then run this check again."
    ),
    "sigmoid.what_w_b": "one number (w and b are a number each)",
    "sigmoid.w_b_shape": "w and b must be one number each; got an array of shape {got}.",
    "sigmoid.midpoint_off": (
        "σ(w·2 + b) = {at_2:.3f}, not 1/2. σ is 1/2 exactly where its input is 0, so you need "
        "w·2 + b = 0, that is b = -2w."
    ),
    "sigmoid.slope_off": (
        "The midpoint is right, but σ(w·3 + b) = {at_3:.3f}, not 0.9. With b = -2w, "
        "σ(3w + b) = σ(w); solve 1 / (1 + e^(-w)) = 0.9 for w (e^(-w) = 1/9)."
    ),
    "sigmoid.midpoint_exact": (
        "w = ln 9 = {w:.4f} and b = -2w = {b:.4f}: σ(2w + b) = 0.5, σ(3w + b) = 0.9."
    ),
    "sigmoid.midpoint_close": (
        "Close enough: σ(2w + b) = {at_2:.3f} and σ(3w + b) = {at_3:.3f}. The exact answer is "
        "w = ln 9 ≈ 2.1972 and b = -2w; can you derive it?"
    ),
    # ------------------------------------------------------------------ notebook 02
    "boundary.unfinished": (
        "It looks unfinished: put three numbers [w0, w1, w2] in place of the `...`, run that "
        "cell, then run this check again."
    ),
    "boundary.what_labels": "an array of labels",
    "boundary.wrong_shape": (
        "For {m} samples your function returned shape {got}; it should return one label per "
        "row of X, shape {shape}. Compute z = X @ W for all rows at once."
    ),
    "boundary.warned": 'Your function warned: "{warning}".',
    "boundary.probabilities": (
        "Your function returned probabilities h between 0 and 1, not labels. Turn them into "
        "0 or 1: ŷ = 1 where h >= 1/2, else 0."
    ),
    "boundary.returned_z": "You returned z = WX itself. The label is 1 where z >= 0, else 0.",
    "boundary.not_labels": "Your function should return only 0s and 1s (one label per sample).",
    "boundary.rounded": (
        "At the point ({x1:g}, {x2:g}), which lies exactly on the boundary (z = 0, h = 1/2), "
        "your label is 0. np.round rounds halves to the even number, so np.round(0.5) = 0. "
        "The classifier predicts 1 when h >= 1/2: compare, h >= 0.5 (or z >= 0), instead of "
        "rounding."
    ),
    "boundary.strict": (
        "At the point ({x1:g}, {x2:g}), which lies exactly on the boundary (z = 0, h = 1/2), "
        "your label is 0, and every other label is right. The classifier predicts 1 when "
        "h >= 1/2: the boundary itself belongs to class 1. A strict comparison (>) leaves it "
        "out."
    ),
    "boundary.flipped": (
        "Every label off the boundary is flipped: class 1 is the side where z = WX >= 0 "
        "(h >= 1/2). Check the direction of your comparison."
    ),
    "boundary.wrong_label": (
        "For W = [{w0:g}, {w1:g}, {w2:g}] and the point ({x1:g}, {x2:g}), z = {z:g}, so the "
        "label is {expected}; yours is {got:g}. Did you use the W and X passed in?"
    ),
    "boundary.predict_correct": "ŷ = 1 exactly where z = WX >= 0, that is where h(z) >= 1/2.",
    "boundary.what_weights": "three numbers [w0, w1, w2]",
    "boundary.weights_shape": "W must be three numbers [w0, w1, w2]; got shape {got}.",
    "boundary.no_boundary": (
        "With w1 = w2 = 0, z = w0 is the same everywhere: there is no boundary at all."
    ),
    "boundary.line_misses": (
        "At the point ({x1:g}, {x2:g}) your W gives z = {z:g}, not 0, so the boundary misses "
        "it. A point is on the boundary when w0 + w1 x1 + w2 x2 = 0: write that for both "
        "points and solve (you may choose w0 = -4)."
    ),
    "boundary.line_sides": (
        "The line is right, but at the origin z = w0 = {w0:g} > 0, so the origin is on the "
        "y = 1 side. Multiply W by -1: the same line, the sides swapped."
    ),
    "boundary.line_correct": (
        "W = [{w0:g}, {w1:g}, {w2:g}] gives the line x1 + 2 x2 = 4, class 1 on the far side "
        "from the origin. Any positive multiple of [-4, 1, 2] does too."
    ),
    "boundary.ellipse": (
        "w1 = {w1:g} and w2 = {w2:g} differ, which stretches the curve into an ellipse (or "
        "worse). A circle needs w1 = w2."
    ),
    "boundary.no_circle": (
        "With W = [{w0:g}, {w1:g}, {w2:g}], z = 0 would need x1² + x2² = {r2:g}, which no point "
        "reaches (or only the origin). w0 needs the opposite sign of w1."
    ),
    "boundary.radius_not_squared": (
        "Your boundary is x1² + x2² = {r2:g}, a circle of radius {r:.4g}, not 2 (w0 = -r² = -4 "
        "for r = 2, not -r). The boundary is x1² + x2² = -w0/w1."
    ),
    "boundary.wrong_radius": (
        "Your boundary is x1² + x2² = {r2:g}, a circle of radius {r:.4g}, not 2. The boundary "
        "is x1² + x2² = -w0/w1."
    ),
    "boundary.circle_sides": (
        "The circle is right, but the inside is class 1: at the origin z = w0 > 0. Multiply W "
        "by -1 to swap the sides."
    ),
    "boundary.circle_correct": (
        "W = [{w0:g}, {w1:g}, {w2:g}]: z = 0 on x1² + x2² = 4, the circle of radius 2, and "
        "z > 0 (class 1) outside it. Any positive multiple of [-4, 1, 1] works."
    ),
    # ------------------------------------------------------------------ notebook 03: the quiz
    "quiz.question": "({number}) y = {y}, ŷ = {y_hat:g}: is the error small or large?",
    "quiz.question_number": "`question` must be 1, 2 or 3 (the slide's three); got {got}.",
    "quiz.error_choices": "`error` must be 'small' or 'large' (작다 / 크다, (a) / (b)); got {got}.",
    "quiz.curve_choices": (
        "`curve` must be 'solid' or 'dotted' (실선 / 점선, (a) / (b)); got {got}."
    ),
    "quiz.error_ambiguous": "`error` = {got} says both small and large; choose one.",
    "quiz.curve_ambiguous": "`curve` = {got} names both curves; choose one.",
    "quiz.problems": "{problems}",
    "quiz.unfinished": (
        "It looks unfinished: set `error` to 'small' or 'large' and `curve` to 'solid' or "
        "'dotted', then run the cell again."
    ),
    "quiz.not_small": (
        "The error is not small. The true class is y = {y} and the model gives it probability "
        "{p:g}, so e = {formula} = {e:.2f}: more than log 2 ≈ 0.69, the error of a 50/50 "
        "guess (ŷ = 0.5)."
    ),
    "quiz.not_large": (
        "The error is not large. The true class is y = {y} and the model gives it probability "
        "{p:g}, so e = {formula} = {e:.2f}: less than log 2 ≈ 0.69, the error of a 50/50 "
        "guess (ŷ = 0.5)."
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
    "quiz.small": "small (작다)",
    "quiz.large": "large (크다)",
    "quiz.solid": "solid (실선)",
    "quiz.dotted": "dotted (점선)",
    # ------------------------------------------------------------------ notebook 03: exercises
    "costs.what_number": "a number",
    "costs.not_one_number": (
        "Your function returned {size} numbers (shape {shape}); the cost J is one number, the "
        "mean of the per-sample errors: use np.mean (or sum and divide by m)."
    ),
    "costs.warned": 'Your function warned: "{warning}".',
    "costs.cost_warned": 'Your function warned: "{warning}". No a here is 0 or 1; check the logs.',
    "costs.cost_correct": "J = {J:.4f} for these {m} samples; it matches helpers.cross_entropy.",
    "costs.negative": (
        "Your J is negative: the logs of probabilities are negative, so J needs the minus sign "
        "in front, J = −(1/m) Σ (...)."
    ),
    "costs.sum_not_mean": (
        "Your J is {m} times too large: that is the sum over the m = {m} samples. J is the "
        "mean: multiply by 1/m (or use np.mean)."
    ),
    "costs.log10": "That is the base-10 log. Use the natural log, np.log.",
    "costs.swapped": (
        "y and 1 − y are swapped: a sample with y = 1 must cost −log(a), one with y = 0 "
        "−log(1 − a)."
    ),
    "costs.cost_wrong": (
        "For y = {y} and a = {a} yours gives {got:.6f}, but J = {J:.6f}. Try one sample by "
        "hand: y = 1, a = 0.9 costs −log(0.9) = 0.1054."
    ),
    "costs.logits_warned": (
        'Your function warned: "{warning}". Somewhere σ(z) rounds to 0 or 1 and then '
        "log(0) = −inf, or e^(−z) overflows. Do not compute σ at all: use "
        "log σ(z) = −softplus(−z) and log(1 − σ(z)) = −softplus(z) (helpers.softplus)."
    ),
    "costs.logits_not_finite": (
        "Your J is {value}: a log of a rounded σ(z). Build it from helpers.softplus: "
        "J = mean(y·softplus(−z) + (1 − y)·softplus(z))."
    ),
    "costs.logits_correct": (
        "J = {J:.4f}, exact even for z = ±1000 (those samples cost 1000 each), with no warnings."
    ),
    "costs.logits_negative": "Your J is negative; the softplus form needs no minus sign in front.",
    "costs.logits_swapped": (
        "y and 1 − y are swapped: a sample with y = 1 costs softplus(−z), one with y = 0 "
        "softplus(z)."
    ),
    "costs.clipped": (
        "Your J is {got:.4f}, but the exact cost is {J:.4f}: the samples with z = −1000, y = 1 "
        "and z = 1000, y = 0 cost 1000 each. Clipping σ (or ŷ) caps each error near "
        "−log(EPS) = {cap:.2f}; work with z itself instead."
    ),
    "costs.logits_wrong": (
        "For y = {y} and z = {z} yours gives {got:.6f}, but J = {J:.6f}. One sample to try by "
        "hand: y = 1, z = 2 costs softplus(−2) = log(1 + e^(−2)) = {example:.4f}."
    ),
    "costs.general_sum": (
        "Your J is {m} times too large: you summed over the samples too. Sum over the classes "
        "(axis=1), then take the mean over the samples."
    ),
    "costs.general_negative": "Your J is negative: J = −Σ y log ŷ has a minus sign in front.",
    "costs.general_mean_all": (
        "You took the mean over all {mk} entries (m = {m} samples × {k} classes), so J came "
        "out {k} times too small. Sum over the classes first (axis=1): one error per sample; "
        "then take the mean over the m samples."
    ),
    "costs.general_axis0": (
        "You summed over the samples (axis=0) and then averaged over the {k} classes. Each "
        "sample's error is its sum over the classes: sum with axis=1, then take the mean over "
        "the m = {m} samples."
    ),
    "costs.general_binary": (
        "You used the binary formula on every class. The general one is only −Σ_k y_k log ŷ_k: "
        "the (1 − y) log(1 − ŷ) part is already there, as the other class's term."
    ),
    "costs.general_wrong": (
        "On three classes yours gives {got:.6f}, but J = {J:.6f}. The first sample is class 0 "
        "with ŷ = {p0}: it costs −log(0.7) = 0.3567."
    ),
    "costs.general_two_classes": (
        "Right on three classes, but with two classes (one-hot [1 − y, y]) yours gives "
        "{got:.6f} instead of the binary cross entropy {J:.6f}."
    ),
    "costs.general_correct": (
        "J = {J:.4f} on three classes; with two classes it equals the binary cross entropy "
        "({binary:.4f})."
    ),
    # ------------------------------------------------------------------ notebook 04
    "gradient.what": "the gradient",
    "gradient.what_weights": "the new weights",
    "gradient.what_matrix": "a matrix",
    "gradient.wrong_shape": (
        "Your function returned shape {got}; it should return {thing} of shape {shape}, one "
        "number per weight. X is (m, n + 1) with one sample per row, so Xᵀ(y − ŷ) is "
        "`X.T @ (y - y_hat)` and has one entry per column of X."
    ),
    "gradient.sign": (
        "Your gradient has the wrong sign: it points uphill. ∂J/∂w_j = −(1/m) Σ (y − ŷ) x_j, "
        "which is the same as +(1/m) Σ (ŷ − y) x_j. Did you combine the minus sign with ŷ − y "
        "(or drop it with y − ŷ)?"
    ),
    "gradient.no_one_over_m": (
        "Your gradient is m = {m} times too large: the 1/m of J is missing. Divide the sum by "
        "m = len(y)."
    ),
    "gradient.sign_and_m": "Two slips: the sign is flipped and the 1/m is missing.",
    "gradient.divided_by_columns": (
        "You divided by {n}, the number of columns of X. m is the number of samples, the "
        "number of rows: len(y) or X.shape[0]."
    ),
    "gradient.factor": (
        "Your gradient is {factor:.4g} times the right one: right direction, wrong scale. "
        "Divide by m = len(y) (here {m}), the number of samples in *this* y, not by a fixed "
        "number or a variable left over from another cell."
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
        "Your numbers differ from −(1/m) Xᵀ(y − ŷ). Compute y_hat = helpers.sigmoid(X @ W), "
        "then -(X.T @ (y - y_hat)) / len(y), and compare with helpers.numerical_gradient."
    ),
    "gradient.correct": (
        "∇J = −(1/m) Xᵀ(y − ŷ): one number per weight, the sum over samples as a product."
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
    "gradient.step_wrong": (
        "Your new weights differ from W − η ∇J. Reuse your gradient from Exercise 1 (or "
        "helpers.gradient) and return W - learning_rate * gradient."
    ),
    "gradient.step_correct": (
        "w_j := w_j + η (1/m) Σ (y − ŷ) x_j, all weights at once: one epoch of descent."
    ),
    "gradient.delta_transposed": (
        "Your ΔW2 has shape {got}, the transpose of W2's {shape}. With columns as samples, "
        "(E ∗ g'(Z)) is (n_out, m) and A1ᵀ is (m, n_hidden): multiply them in that order."
    ),
    "gradient.delta_shape": (
        "Your ΔW2 has shape {got}; it must have W2's shape {shape}, one entry per weight. "
        "(E ∗ g'(Z)) @ A1.T gives (n_out, m) @ (m, n_hidden)."
    ),
    "gradient.delta_sign": "The sign is flipped: ΔW2 = −(E ∗ g'(Z)) A1ᵀ with E = Y − Ŷ.",
    "gradient.delta_no_slope": (
        "The factor g'(Z) = σ(Z)(1 − σ(Z)) is missing: with the squared error it stays (only "
        "the cross entropy cancels it). Multiply E by it element-wise first."
    ),
    "gradient.delta_cross_entropy": (
        "That is the cross entropy's ΔW2, −(1/m) E A1ᵀ. With the squared error (no 1/m) the "
        "factor g'(Z) stays: −(E ∗ g'(Z)) A1ᵀ."
    ),
    "gradient.delta_one_over_m": (
        "The slide's SSE has no 1/m: E = Σ ½ (y − ŷ)². Drop the division."
    ),
    "gradient.delta_times_sigma": (
        "You multiplied E by σ(Z) itself. g'(Z) is σ's *slope*, σ(Z)(1 − σ(Z)) (notebook 01): "
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
    "gradient.delta_wrong": (
        "Your ΔW2 differs from −(E ∗ g'(Z)) A1ᵀ. Steps: Z = W2 @ A1, Y_hat = σ(Z), "
        "E = Y - Y_hat, g' = Y_hat * (1 - Y_hat), then -(E * g') @ A1.T."
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
