"""한국어 메시지 카탈로그 (Korean message catalog): same keys and placeholders as ``en.py``."""

MESSAGES = {
    # ------------------------------------------------------------------ the feedback layer
    "feedback.correct": "정답입니다! {what}",
    "feedback.not_yet": "아직입니다. {hint}",
    "feedback.unfinished": (
        "코드가 완성되지 않은 것 같습니다. `...` 부분을 코드로 바꾸고(결과는 `return`으로 "
        "돌려주세요) 그 셀을 실행한 다음, 이 확인을 다시 실행하세요."
    ),
    "feedback.not_a_function": (
        "확인하려면 함수(`def`로 정의한 것)가 필요한데, 받은 것은 {got}입니다."
    ),
    "feedback.raised": (
        "함수를 호출하자 {error} 오류가 발생했습니다: {detail}. 새 셀에서 함수만 따로 "
        "실행해 어디서 오류가 나는지 확인하세요."
    ),
    "feedback.returned_none": (
        "함수가 None을 반환했습니다. `return`이 빠지지 않았나요? `return` 없이 끝나는 "
        "함수는 None을 돌려줍니다. 결과 앞에 `return`을 붙이세요."
    ),
    "feedback.mutated": (
        "함수가 인수 `{name}`의 값을 그 자리에서 바꿨습니다(`{name} -= ...`, `{name} += ...` "
        "또는 `{name}[...] = ...`). 이렇게 하면 호출한 쪽의 배열도 함께 바뀝니다. {name} "
        "자리에 배열을 넘긴 쪽은 이제 새 값을 갖게 되고 원래 값은 사라집니다(경사하강법이라면 "
        "남겨 두려던 가중치). 대신 새 배열을 만드세요. `{name} = {name} - ...`처럼 쓰거나 "
        "`{name}.copy()`에서 시작한 다음, 그 배열을 반환하세요."
    ),
    "feedback.not_numbers": "답의 자료형이 {got}입니다. 필요한 것은 {what}입니다.",
    "feedback.complex": (
        "복소수(`j` 부분)가 들어 있어서 올바른 {what}일 수 없습니다. 여기서는 모든 값이 "
        "실수입니다. 허수부가 어디서 생기는지 찾아보세요(`1j`, np.emath, 음의 복소수의 "
        "로그나 제곱근)."
    ),
    "feedback.not_finite": (
        "{value} 같은 값이 들어 있어서(NaN 또는 무한대 값 {count}개) 올바른 {what}일 수 "
        "없습니다. NaN은 0/0, inf − inf, 음수의 로그에서, inf는 오버플로나 0으로 나누기에서 "
        "생깁니다."
    ),
    "feedback.what.answer": "답",
    "feedback.warned": '함수에서 경고가 발생했습니다: "{warning}".',
    "feedback.m_plus_one": (
        "나눈 값이 m + 1 = {m1}입니다. 슬라이드의 합은 i = 0부터 시작해서 m + 1개 샘플을 "
        "세는 것처럼 보이지만, m = {m}개 샘플은 i = 1, ..., m입니다. m(= {m})으로 나누세요"
        "(또는 np.mean을 쓰세요)."
    ),
    # ------------------------------------------------------------------ notebook 01
    "sigmoid.what": "숫자",
    "sigmoid.wrong_shape": (
        "형태가 {shape}인 배열 z에 대해 함수가 형태 {got}의 결과를 반환했습니다. 원소별로 "
        "계산되도록 NumPy 연산(np.exp, np.where, ...)을 쓰세요."
    ),
    "sigmoid.used_helpers": (
        "함수가 helpers.sigmoid를 호출하고 있어서, 맞는 것이 당연하고 배우는 것도 없습니다. "
        "np.exp로 σ를 직접 작성하세요. 그것이 이 연습문제입니다."
    ),
    "sigmoid.warned": (
        '함수에서 경고가 발생했습니다: "{warning}". 어딘가에서 np.exp에 큰 양수가 '
        "들어갑니다. 절댓값이 큰 음수 z의 e^(-z)나 아주 큰 양수 z의 e^z입니다(e^1000은 "
        "부동소수점 수에 담기지 않습니다). np.where(cond, a, b)는 모든 z에 대해 a와 b를 둘 다 "
        "계산한다는 점에 주의하세요. 먼저 e = np.exp(-np.abs(z))를 계산하고, 두 갈래를 모두 "
        "e로 만드세요."
    ),
    "sigmoid.silenced": (
        "z = {z:g}에서 함수 값이 정확히 0이지만, σ(z) = {expected:.4g}, 즉 0이 아니라 아주 "
        "작은 수입니다. 단순한 공식의 오버플로(e^(-z) = inf, 1/inf = 0)가 일어났는데 그 "
        "경고를 꺼 둔 것입니다(np.errstate, np.seterr 또는 warnings 필터). 경고를 끄면 오류가 "
        "가려질 뿐입니다. 오버플로가 전혀 나지 않게 σ를 계산하세요: z < 0이면 "
        "e^z / (1 + e^z)."
    ),
    "sigmoid.half": "σ(0)은 정확히 0.5여야 하는데, 작성한 함수의 값은 {got}입니다.",
    "sigmoid.wrong_value": (
        "z = {z:g}에서 작성한 함수의 값은 {got:.6g}이지만, σ(z) = {expected:.6g}입니다. "
        "z < 0에서 안정적인 형태는 e^z / (1 + e^z)입니다."
    ),
    "sigmoid.correct": (
        "작성한 시그모이드 함수는 z = -1000부터 1000까지 정확하고, 유한하며, 경고도 없습니다."
    ),
    "sigmoid.derivative_warned": (
        '함수에서 경고가 발생했습니다: "{warning}". 함수 안에서 helpers.sigmoid를 쓰세요.'
    ),
    "sigmoid.derivative_correct": ("σ'(z) = σ(z)(1 − σ(z))이고, 가장 큰 값은 σ'(0) = 1/4입니다."),
    "sigmoid.derivative_numerical": (
        "값이 σ'(z)와 6자리쯤까지 맞지만 정확히 같지는 않습니다. 수치적으로 구한 기울기"
        "(유한 차분)로 보입니다. 이 연습문제는 정확한 공식 σ(z)(1 − σ(z))를 요구합니다."
    ),
    "sigmoid.derivative_is_sigma": "σ(z) 자체를 반환했습니다. 여기에 (1 − σ(z))를 곱하세요.",
    "sigmoid.derivative_is_one_minus_sigma": "1 − σ(z)를 반환했습니다. 여기에 σ(z)를 곱하세요.",
    "sigmoid.derivative_wrong_value": (
        "z = {z:g}에서 작성한 함수의 값은 {got:.6g}이지만, σ(z)(1 − σ(z)) = {expected:.6g}"
        "입니다. 간단한 확인: σ'(0)은 0.25여야 합니다."
    ),
    "sigmoid.midpoint_unfinished": (
        "답이 완성되지 않은 것 같습니다. w와 b의 `...` 자리에 숫자를 넣고 그 셀을 실행한 "
        "다음, 이 확인을 다시 실행하세요."
    ),
    "sigmoid.what_w_b": "답 (w, b)",
    "sigmoid.w_b_shape": "w와 b는 각각 숫자 하나여야 합니다. 둘을 합친 형태가 {got}입니다.",
    "sigmoid.midpoint_off": (
        "σ(w·2 + b) = {at_2:.3f}, 1/2이 아닙니다. σ는 입력이 0인 곳에서 정확히 1/2이므로 "
        "w·2 + b = 0, 즉 b = -2w여야 합니다."
    ),
    "sigmoid.slope_off": (
        "중간점은 맞지만 σ(w·3 + b) = {at_3:.3f}이고, 0.9가 아닙니다. b = -2w이면 "
        "σ(3w + b) = σ(w)이니, 1 / (1 + e^(-w)) = 0.9를 w에 대해 푸세요(e^(-w) = 1/9)."
    ),
    "sigmoid.midpoint_exact": (
        "w = ln 9 = {w:.4f}, b = -2w = {b:.4f}: σ(2w + b) = 0.5, σ(3w + b) = 0.9입니다."
    ),
    "sigmoid.midpoint_close": (
        "충분히 가깝습니다: σ(2w + b) = {at_2:.3f}, σ(3w + b) = {at_3:.3f}. 정확한 답은 "
        "w = ln 9 ≈ 2.1972, b = -2w입니다. 직접 유도해 보세요."
    ),
    # ------------------------------------------------------------------ notebook 02
    "boundary.unfinished": (
        "답이 완성되지 않은 것 같습니다. `...` 자리에 숫자 세 개 [w0, w1, w2]를 넣고 그 셀을 "
        "실행한 다음, 이 확인을 다시 실행하세요."
    ),
    "boundary.what_labels": "클래스 레이블 배열",
    "boundary.wrong_shape": (
        "샘플 {m}개에 대해 함수가 형태 {got}의 결과를 반환했습니다. X의 행마다 레이블 "
        "하나씩, 형태 {shape}의 배열을 반환해야 합니다. 모든 행의 z = X @ W를 한 번에 "
        "계산하세요."
    ),
    "boundary.warned": '함수에서 경고가 발생했습니다: "{warning}".',
    "boundary.probabilities": (
        "함수가 클래스 레이블이 아니라 0과 1 사이의 확률 h를 반환했습니다. 이를 0 또는 1로 "
        "바꾸세요: h >= 1/2이면 ŷ = 1, 아니면 0입니다."
    ),
    "boundary.returned_z": "z = WX 자체를 반환했습니다. 레이블은 z >= 0이면 1, 아니면 0입니다.",
    "boundary.not_labels": "함수는 0과 1만 반환해야 합니다(샘플마다 레이블 하나).",
    "boundary.rounded": (
        "결정경계선 바로 위의 점 ({x1:g}, {x2:g})에서(z = 0, h = 1/2) 레이블이 0입니다. "
        "np.round는 0.5를 짝수 쪽으로 반올림하므로 np.round(0.5) = 0입니다. 분류기는 "
        "h >= 1/2일 때 1을 예측합니다. 반올림하지 말고 h >= 0.5(또는 z >= 0)로 비교하세요."
    ),
    "boundary.strict": (
        "결정경계선 바로 위의 점 ({x1:g}, {x2:g})에서(z = 0, h = 1/2) 레이블이 0이고, 나머지 "
        "레이블은 모두 맞습니다. 분류기는 h >= 1/2일 때 1을 예측하므로 결정경계선 자체는 "
        "클래스 1에 속합니다. 엄격한 비교(>)는 이 점을 빠뜨립니다."
    ),
    "boundary.flipped": (
        "결정경계선 밖의 레이블이 모두 뒤집혀 있습니다. 클래스 1은 z = WX >= 0(h >= 1/2)인 "
        "쪽입니다. 비교 방향을 확인하세요."
    ),
    "boundary.wrong_label": (
        "W = [{w0:g}, {w1:g}, {w2:g}], 점 ({x1:g}, {x2:g})일 때 z = {z:g}이므로 레이블은 "
        "{expected}인데, 작성한 함수의 값은 {got:g}입니다. 인수로 받은 W와 X를 썼나요?"
    ),
    "boundary.predict_correct": (
        "ŷ = 1인 곳은 정확히 z = WX >= 0인 곳, 즉 h(z) >= 1/2인 곳입니다."
    ),
    "boundary.what_weights": "숫자 세 개 [w0, w1, w2]",
    "boundary.weights_shape": ("W는 숫자 세 개 [w0, w1, w2]여야 합니다. 받은 형태는 {got}입니다."),
    "boundary.no_boundary": (
        "w1 = w2 = 0이면 z = w0이 어디서나 같아서 결정경계선이 아예 없습니다."
    ),
    "boundary.line_misses": (
        "점 ({x1:g}, {x2:g})에서 W로 계산한 z는 0이 아니라 {z:g}이므로, 결정경계선이 이 점을 "
        "지나지 않습니다. 점이 결정경계선 위에 있으려면 w0 + w1 x1 + w2 x2 = 0이어야 합니다. "
        "두 점에 대해 이 식을 세워 푸세요(w0 = -4로 정해도 됩니다)."
    ),
    "boundary.line_sides": (
        "직선은 맞지만 원점에서 z = w0 = {w0:g} > 0이어서 원점이 y = 1 쪽에 있습니다. W에 "
        "-1을 곱하세요. 직선은 그대로이고 양쪽이 바뀝니다."
    ),
    "boundary.line_correct": (
        "W = [{w0:g}, {w1:g}, {w2:g}]이면 결정경계선은 직선 x1 + 2 x2 = 4이고, 원점에서 먼 "
        "쪽이 클래스 1입니다. [-4, 1, 2]에 양수를 곱한 것도 모두 정답입니다."
    ),
    "boundary.ellipse": (
        "w1 = {w1:g}, w2 = {w2:g}: 둘이 달라서 곡선이 타원으로 늘어납니다(또는 더 "
        "나빠집니다). 원이 되려면 w1 = w2여야 합니다."
    ),
    "boundary.no_circle": (
        "W = [{w0:g}, {w1:g}, {w2:g}]일 때 z = 0이 되려면 x1² + x2² = {r2:g}이어야 하는데, "
        "이를 만족하는 점이 없습니다(또는 원점뿐입니다). w0의 부호가 w1과 반대여야 합니다."
    ),
    "boundary.radius_not_squared": (
        "결정경계선이 x1² + x2² = {r2:g}, 즉 반지름 {r:.4g}인 원이고, 반지름 2가 아닙니다"
        "(r = 2라면 w0은 -r이 아니라 -r² = -4입니다). 결정경계선은 x1² + x2² = -w0/w1입니다."
    ),
    "boundary.wrong_radius": (
        "결정경계선이 x1² + x2² = {r2:g}, 즉 반지름 {r:.4g}인 원이고, 반지름 2가 아닙니다. "
        "결정경계선은 x1² + x2² = -w0/w1입니다."
    ),
    "boundary.circle_sides": (
        "원은 맞지만 안쪽이 클래스 1입니다: 원점에서 z = w0 > 0입니다. W에 -1을 곱해 양쪽을 "
        "바꾸세요."
    ),
    "boundary.circle_correct": (
        "W = [{w0:g}, {w1:g}, {w2:g}]: x1² + x2² = 4, 즉 반지름 2인 원 위에서 z = 0이고, "
        "그 바깥에서 z > 0(클래스 1)입니다. [-4, 1, 1]에 양수를 곱한 것도 모두 정답입니다."
    ),
    # ------------------------------------------------------------------ notebook 03: the quiz
    "quiz.question": "({number}) y = {y}, ŷ = {y_hat:g} 일 때 오차는? 작다, 크다?",
    "quiz.question_number": (
        "`question`은 1, 2, 3 중 하나여야 합니다(슬라이드의 세 문제). 받은 값: {got}."
    ),
    "quiz.error_choices": (
        "`error`는 '작다' 또는 '크다'('small' / 'large', (a) / (b))여야 합니다. 받은 값: {got}."
    ),
    "quiz.curve_choices": (
        "`curve`는 '실선' 또는 '점선'('solid' / 'dotted', (a) / (b))여야 합니다. 받은 값: {got}."
    ),
    "quiz.error_ambiguous": (
        "`error` = {got}에는 작다와 크다가 모두 들어 있습니다. 하나만 고르세요."
    ),
    "quiz.curve_ambiguous": "`curve` = {got}에는 두 곡선이 모두 들어 있습니다. 하나만 고르세요.",
    "quiz.problems": "{problems}",
    "quiz.unfinished": (
        "답이 완성되지 않은 것 같습니다. `error`에 '작다' 또는 '크다'를, `curve`에 '실선' "
        "또는 '점선'을 넣고 셀을 다시 실행하세요."
    ),
    "quiz.not_small": (
        "오차는 작지 않습니다. 실제 클래스는 y = {y}이고 모델이 이 클래스에 준 확률은 "
        "{p:g}이므로 e = {formula} = {e:.2f}입니다. 반반으로 찍을 때(ŷ = 0.5)의 오차인 "
        "log 2 ≈ 0.69보다 큽니다."
    ),
    "quiz.not_large": (
        "오차는 크지 않습니다. 실제 클래스는 y = {y}이고 모델이 이 클래스에 준 확률은 "
        "{p:g}이므로 e = {formula} = {e:.2f}입니다. 반반으로 찍을 때(ŷ = 0.5)의 오차인 "
        "log 2 ≈ 0.69보다 작습니다."
    ),
    "quiz.not_solid": (
        "실선이 아닙니다. 곡선을 정하는 것은 ŷ 값이 아니라 클래스 레이블입니다. y = {y}일 때 "
        "오차는 −log(1 − h)이고, 점선으로 그려져 있습니다."
    ),
    "quiz.not_dotted": (
        "점선이 아닙니다. 곡선을 정하는 것은 ŷ 값이 아니라 클래스 레이블입니다. y = {y}일 때 "
        "오차는 −log(h)이고, 실선으로 그려져 있습니다."
    ),
    "quiz.curve_only": "곡선은 맞았습니다. 이제 오차가 작은지 큰지 답하세요.",
    "quiz.size_only": "작다/크다는 맞았습니다. 이제 어느 곡선에서 읽었는지 답하세요.",
    "quiz.correct_large_solid": (
        "y = {y}, ŷ = {y_hat:g}: e = {formula} = {e:.2f}. 오차가 크고, 실선(y = {y})에서 읽습니다."
    ),
    "quiz.correct_small_solid": (
        "y = {y}, ŷ = {y_hat:g}: e = {formula} = {e:.2f}. 오차가 작고, 실선(y = {y})에서 읽습니다."
    ),
    "quiz.correct_large_dotted": (
        "y = {y}, ŷ = {y_hat:g}: e = {formula} = {e:.2f}. 오차가 크고, 점선(y = {y})에서 읽습니다."
    ),
    "quiz.correct_small_dotted": (
        "y = {y}, ŷ = {y_hat:g}: e = {formula} = {e:.2f}. 오차가 작고, 점선(y = {y})에서 읽습니다."
    ),
    "quiz.choose": "오차와 곡선을 고르세요.",
    "quiz.error_label": "오차",
    "quiz.curve_label": "곡선",
    "quiz.small": "작다 (small)",
    "quiz.large": "크다 (large)",
    "quiz.solid": "실선 (solid)",
    "quiz.dotted": "점선 (dotted)",
    # ------------------------------------------------------------------ notebook 03: exercises
    "costs.what_number": "숫자 하나",
    "costs.not_one_number": (
        "함수가 반환한 것은 숫자 {size}개(형태 {shape})입니다. 비용 J는 숫자 하나, 곧 "
        "샘플별 오차의 평균입니다. np.mean을 쓰세요(또는 합한 뒤 m으로 나누세요)."
    ),
    "costs.warned": '함수에서 경고가 발생했습니다: "{warning}".',
    "costs.cost_warned": (
        '함수에서 경고가 발생했습니다: "{warning}". 여기에는 0이나 1인 a가 없으니 로그 '
        "부분을 확인하세요."
    ),
    "costs.cost_correct": (
        "이 샘플 {m}개에 대해 J = {J:.4f}이고, helpers.cross_entropy와 일치합니다."
    ),
    "costs.negative": (
        "J가 음수입니다. 확률의 로그는 음수이므로 앞에 마이너스 부호가 필요합니다: "
        "J = −(1/m) Σ (...)."
    ),
    "costs.sum_not_mean": (
        "J가 {m}배 큽니다. m = {m}개 샘플에 대한 합을 구한 것입니다. J는 평균이므로 1/m을 "
        "곱하세요(또는 np.mean을 쓰세요)."
    ),
    "costs.log10": "밑이 10인 로그입니다. 자연로그 np.log를 쓰세요.",
    "costs.swapped": (
        "y와 1 − y가 바뀌었습니다. y = 1인 샘플의 비용은 −log(a), y = 0인 샘플의 비용은 "
        "−log(1 − a)여야 합니다."
    ),
    "costs.cost_wrong": (
        "y = {y}, a = {a}일 때 작성한 함수의 값은 {got:.6f}이지만 J = {J:.6f}입니다. 샘플 "
        "하나를 손으로 계산해 보세요: y = 1, a = 0.9의 비용은 −log(0.9) = 0.1054입니다."
    ),
    "costs.logits_warned": (
        '함수에서 경고가 발생했습니다: "{warning}". 어딘가에서 σ(z)가 0이나 1로 반올림된 뒤 '
        "log(0) = −inf가 되거나, e^(−z)가 오버플로됩니다. σ를 아예 계산하지 마세요: "
        "log σ(z) = −softplus(−z), log(1 − σ(z)) = −softplus(z)를 쓰세요(helpers.softplus)."
    ),
    "costs.logits_not_finite": (
        "J가 {value}입니다. 반올림된 σ(z)에 로그를 취했기 때문입니다. helpers.softplus로 "
        "만드세요: J = mean(y·softplus(−z) + (1 − y)·softplus(z))."
    ),
    "costs.logits_correct": (
        "J = {J:.4f}이고, z = ±1000에서도 정확하며(이 샘플들의 비용은 각각 1000) 경고도 없습니다."
    ),
    "costs.logits_negative": (
        "J가 음수입니다. 소프트플러스 형태에는 앞에 마이너스 부호가 필요 없습니다."
    ),
    "costs.logits_swapped": (
        "y와 1 − y가 바뀌었습니다. y = 1인 샘플의 비용은 softplus(−z), y = 0인 샘플의 "
        "비용은 softplus(z)입니다."
    ),
    "costs.clipped": (
        "J가 {got:.4f}이지만 정확한 비용은 {J:.4f}입니다. z = −1000, y = 1인 샘플과 "
        "z = 1000, y = 0인 샘플은 비용이 각각 1000입니다. σ나 ŷ 값을 클리핑하면 각 오차가 "
        "−log(EPS) = {cap:.2f} 근처에서 잘립니다. 대신 z 자체로 계산하세요."
    ),
    "costs.logits_wrong": (
        "y = {y}, z = {z}일 때 작성한 함수의 값은 {got:.6f}이지만 J = {J:.6f}입니다. 손으로 "
        "계산해 볼 샘플 하나: y = 1, z = 2의 비용은 softplus(−2) = log(1 + e^(−2)) = "
        "{example:.4f}입니다."
    ),
    "costs.general_sum": (
        "J가 {m}배 큽니다. 샘플에 대해서도 합했기 때문입니다. 클래스에 대해 합한 다음"
        "(axis=1), 샘플에 대해 평균을 내세요."
    ),
    "costs.general_negative": "J가 음수입니다. J = −Σ y log ŷ 앞에는 마이너스 부호가 있습니다.",
    "costs.general_mean_all": (
        "원소 {mk}개(샘플 m = {m}개 × 클래스 {k}개) 전체의 평균을 내서 J가 {k}배 작게 "
        "나왔습니다. 먼저 클래스에 대해 합해서(axis=1) 샘플마다 오차 하나를 얻은 다음, "
        "샘플 m개에 대해 평균을 내세요."
    ),
    "costs.general_axis0": (
        "샘플에 대해 합하고(axis=0) 클래스 {k}개에 대해 평균을 냈습니다. 각 샘플의 오차는 "
        "클래스에 대한 합입니다. axis=1로 합한 다음, m = {m}개 샘플에 대해 평균을 내세요."
    ),
    "costs.general_binary": (
        "모든 클래스에 이진 공식을 썼습니다. 일반 공식은 −Σ_k y_k log ŷ_k뿐입니다. "
        "(1 − y) log(1 − ŷ) 부분은 이미 다른 클래스의 항으로 들어 있습니다."
    ),
    "costs.general_wrong": (
        "클래스 세 개에서 작성한 함수의 값은 {got:.6f}이지만 J = {J:.6f}입니다. 첫 번째 "
        "샘플은 클래스 0이고 ŷ = {p0}이므로 비용은 −log(0.7) = 0.3567입니다."
    ),
    "costs.general_two_classes": (
        "클래스 세 개에서는 맞지만, 클래스 두 개(원-핫 [1 − y, y])에서는 이진 교차 "
        "엔트로피가 {J:.6f}인데 작성한 함수의 값은 {got:.6f}입니다."
    ),
    "costs.general_correct": (
        "클래스 세 개에서 J = {J:.4f}이고, 클래스가 두 개일 때는 이진 교차 엔트로피"
        "({binary:.4f})와 같습니다."
    ),
    # ------------------------------------------------------------------ notebook 04
    "gradient.what": "기울기",
    "gradient.what_weights": "새 가중치",
    "gradient.what_matrix": "행렬",
    "gradient.wrong_shape": (
        "함수가 반환한 형태는 {got}입니다. 필요한 것은 형태가 {shape}인 {thing}이며, "
        "가중치마다 숫자 하나씩입니다. X는 샘플을 한 행에 하나씩 담은 (m, n + 1) 행렬이므로 "
        "Xᵀ(y − ŷ)에 해당하는 코드는 `X.T @ (y - y_hat)`이고, X의 열마다 원소가 하나씩 "
        "있습니다."
    ),
    "gradient.sign": (
        "기울기의 부호가 틀려서 오르막 방향을 가리킵니다. ∂J/∂w_j = −(1/m) Σ (y − ŷ) x_j이고, "
        "이는 +(1/m) Σ (ŷ − y) x_j와 같습니다. ŷ − y와 마이너스 부호를 함께 썼거나, y − ŷ "
        "형태에서 부호를 빠뜨리지 않았나요?"
    ),
    "gradient.no_one_over_m": (
        "기울기가 m = {m}배 큽니다. J의 1/m이 빠졌습니다. 합을 m = len(y)로 나누세요."
    ),
    "gradient.sign_and_m": "실수가 두 가지입니다. 부호가 뒤집혔고 1/m이 빠졌습니다.",
    "gradient.divided_by_columns": (
        "X의 열 개수({n})로 나눴습니다. m은 샘플 수, 즉 행 개수입니다: len(y) 또는 X.shape[0]."
    ),
    "gradient.factor": (
        "기울기가 올바른 값의 {factor:.4g}배입니다. 방향은 맞지만 크기가 틀립니다. 고정된 "
        "숫자나 다른 셀에서 남은 변수가 아니라, *이* y의 샘플 수인 m = len(y)(여기서는 {m})로 "
        "나누세요."
    ),
    "gradient.linear": (
        "선형 회귀처럼 z = XW를 예측값으로 썼습니다. 로지스틱 회귀는 ŷ = σ(z)를 예측합니다. "
        "먼저 helpers.sigmoid를 적용하세요."
    ),
    "gradient.sse_factor": (
        "기울기에 σ'(z) = σ(z)(1 − σ(z))가 한 번 더 곱해져 있습니다. 이것은 제곱 오차의 "
        "기울기입니다. 교차 엔트로피에서는 이 항이 약분되어 사라집니다(유도 과정의 7단계)."
    ),
    "gradient.wrong": (
        "−(1/m) Xᵀ(y − ŷ) 값과 다릅니다. y_hat = helpers.sigmoid(X @ W)를 계산한 다음 "
        "-(X.T @ (y - y_hat)) / len(y)를 구하고, helpers.numerical_gradient와 비교해 보세요."
    ),
    "gradient.correct": (
        "∇J = −(1/m) Xᵀ(y − ŷ): 가중치마다 숫자 하나이고, 샘플에 대한 합을 행렬 곱으로 계산합니다."
    ),
    "gradient.step_uphill": (
        "갱신 방향이 오르막입니다: η·∂J/∂w_j를 더했습니다. 경사하강법은 이를 뺍니다: "
        "w_j := w_j − η ∂J/∂w_j = w_j + η (1/m) Σ (y − ŷ) x_j."
    ),
    "gradient.step_no_rate": "학습률 η가 빠졌습니다. 기울기에 곱하세요.",
    "gradient.step_change_only": (
        "새 가중치 W − η ∇J가 아니라 변화량(또는 기울기)을 반환했습니다."
    ),
    "gradient.step_no_one_over_m": "갱신 폭이 m배 큽니다. 기울기에 1/m을 곱해야 합니다.",
    "gradient.step_wrong": (
        "새 가중치가 W − η ∇J와 다릅니다. 연습문제 1의 기울기 함수(또는 helpers.gradient)를 "
        "다시 쓰고, W - learning_rate * gradient를 반환하세요."
    ),
    "gradient.step_correct": (
        "w_j := w_j + η (1/m) Σ (y − ŷ) x_j로 모든 가중치를 한 번에 갱신합니다. 경사하강법의 "
        "한 에포크입니다."
    ),
    "gradient.delta_transposed": (
        "ΔW2의 형태가 {got}이고, W2 형태 {shape}의 전치입니다. 열이 샘플일 때 "
        "(E ∗ g'(Z))는 (n_out, m), A1ᵀ는 (m, n_hidden)이니 이 순서로 곱하세요."
    ),
    "gradient.delta_shape": (
        "ΔW2의 형태가 {got}입니다. 가중치마다 원소 하나씩, W2와 같은 형태 {shape}이어야 "
        "합니다. (E ∗ g'(Z)) @ A1.T는 (n_out, m) @ (m, n_hidden)입니다."
    ),
    "gradient.delta_sign": "부호가 뒤집혔습니다: E = Y − Ŷ일 때 ΔW2 = −(E ∗ g'(Z)) A1ᵀ입니다.",
    "gradient.delta_no_slope": (
        "g'(Z) = σ(Z)(1 − σ(Z)) 인자가 빠졌습니다. 제곱 오차에서는 이 인자가 남습니다(교차 "
        "엔트로피에서만 약분됩니다). 먼저 E에 원소별로 곱하세요."
    ),
    "gradient.delta_cross_entropy": (
        "그것은 교차 엔트로피의 ΔW2, −(1/m) E A1ᵀ입니다. 제곱 오차(1/m 없음)에서는 g'(Z) "
        "인자가 남습니다: −(E ∗ g'(Z)) A1ᵀ."
    ),
    "gradient.delta_one_over_m": (
        "슬라이드의 제곱 합 오차(SSE)함수에는 1/m이 없습니다: E = Σ ½ (y − ŷ)². 나누기를 빼세요."
    ),
    "gradient.delta_times_sigma": (
        "E에 σ(Z) 자체를 곱했습니다. g'(Z)는 σ의 *기울기*인 σ(Z)(1 − σ(Z))입니다(노트북 "
        "01): `Y_hat * (1 - Y_hat)`."
    ),
    "gradient.delta_derivative_of_y_hat": (
        "helpers.sigmoid_derivative는 ŷ 값이 아니라 z를 받습니다. sigmoid_derivative(Z2)로 "
        "쓰거나, 출력값에서 바로 `Y_hat * (1 - Y_hat)` 식을 쓰세요."
    ),
    "gradient.delta_two_missing": (
        "두 가지가 빠졌습니다. 앞의 마이너스 부호, 그리고 E에 원소별로 곱할 인자 "
        "g'(Z) = σ(Z)(1 − σ(Z))입니다: −(E ∗ g'(Z)) A1ᵀ."
    ),
    "gradient.delta_product_order": (
        "A1.T와 행렬 곱을 하기 전에 E에 g'(Z)를 원소별로 곱하세요(`E * g_prime`). 행렬 곱 "
        "다음에 곱하면 안 됩니다."
    ),
    "gradient.delta_wrong": (
        "ΔW2가 −(E ∗ g'(Z)) A1ᵀ와 다릅니다. 순서: Z = W2 @ A1, Y_hat = σ(Z), "
        "E = Y - Y_hat, g' = Y_hat * (1 - Y_hat), 그다음 -(E * g') @ A1.T."
    ),
    "gradient.delta_correct": (
        "ΔW2 = −(E ∗ g'(Z)) A1ᵀ: 가중치 w_jk마다 원소 하나이고, 샘플에 대해 합한 값입니다."
    ),
    # ------------------------------------------------------------------ live figures
    "widgets.features": "특성",
    "widgets.linear_features": "선형: x1, x2",
    "widgets.squared_features": "제곱: x1², x2²",
    "widgets.steepness": "w (가파르기)",
    "widgets.shift": "b (이동)",
    "widgets.epoch": "에포크",
}
