"""한국어 메시지 카탈로그 (Korean message catalog): same keys and placeholders as ``en.py``."""

MESSAGES = {
    # ------------------------------------------------------------------ 모든 확인에 공통
    "feedback.correct": "정답입니다! {what}",
    "feedback.not_yet": "아직 정답이 아닙니다. {hint}",
    "feedback.unfinished": (
        "풀이가 덜 끝난 것 같습니다. `...` 자리에 코드를 쓰고(결과는 `return`으로 돌려주세요) 그 "
        "셀을 실행한 뒤, 이 확인 셀을 다시 실행하세요."
    ),
    "feedback.not_a_function": (
        "확인하려면 `def`로 정의한 함수가 필요한데, 넘어온 값의 자료형은 {got}입니다."
    ),
    "feedback.returned_none": (
        "함수가 None을 돌려주었습니다. `return`을 빠뜨리지 않았나요? `return` 없이 끝나는 함수는 "
        "None을 돌려주고, `print`는 값을 화면에 보여 줄 뿐 돌려주지는 않습니다. 결과 앞에 "
        "`return`을 붙이세요."
    ),
    "feedback.mutated": (
        "함수가 인자 `{name}`의 값을 그 자리에서 바꾸었습니다(`{name} -= ...`, `{name} += ...`, "
        "`{name}[...] = ...`). 그러면 함수를 부른 쪽의 배열도 함께 바뀌어 원래 값이 "
        "사라집니다(경사하강법이라면 남겨 두려던 가중치가 사라집니다). 대신 `{name}_new = {name} - "
        "...`처럼 새 배열을 만들어 돌려주세요."
    ),
    "feedback.text": (
        "답이 숫자가 아니라 문자열 {got}입니다. 숫자는 따옴표 없이 씁니다. ['-4', '1', '2']가 "
        "아니라 [-4, 1, 2]로 쓰고, `return str(J)`가 아니라 `return J`로 돌려주세요."
    ),
    "feedback.not_numbers": "답이 숫자가 아니라 자료형이 {got}인 값입니다.",
    "feedback.complex": (
        "답에 복소수(`j`가 붙은 값)가 섞여 있습니다. 여기서는 모든 값이 실수입니다. 허수부가 "
        "어디서 생기는지 찾아보세요(`1j`, np.emath, 음수의 제곱근 등)."
    ),
    "feedback.not_finite": (
        "답에 NaN이나 무한대인 값이 {count}개 있어서(예: {value}) 맞는 답일 수 없습니다. NaN은 "
        "0/0, inf − inf, 음수의 로그에서 생기고, inf는 오버플로나 0으로 나누기에서 생깁니다."
    ),
    "feedback.integers": (
        "답은 올바른 값에서 소수점 아래를 버린 값입니다(astype(int)나 int(...) 때문입니다). 실수를 "
        "그대로 두세요."
    ),
    "feedback.wrong_shape": "답의 모양이 {got}인데, {shape}이어야 합니다.",
    "feedback.warned": (
        '함수를 실행하자 경고가 났습니다: "{warning}". 오버플로가 나거나 0으로 나누는 단계를 '
        "찾아보세요."
    ),
    "feedback.silenced": (
        "함수 안에서 경고를 끄고 있습니다(np.errstate, np.seterr, warnings 필터). 이 "
        "연습문제에서는 경고가 아예 나지 않게 계산해야 합니다. 경고를 끄면 오버플로가 가려질 뿐, "
        "없어지지는 않습니다. 경고를 끄는 코드를 빼고, 오버플로가 나지 않게 계산하세요."
    ),
    "feedback.write_it_yourself": (
        "함수 안에서 이미 만들어진 답인 `{name}` 함수를 부르고 있습니다. 그러면 맞을 수밖에 없고, "
        "배우는 것도 없습니다. NumPy로 공식을 직접 쓰는 것이 이 연습문제입니다."
    ),
    "feedback.globals": (
        "함수가 인자 대신 앞선 셀의 {names} 변수를 읽고 있습니다. 그래서 이 노트북의 데이터에서만 "
        "맞게 동작합니다. 확인 셀은 다른 데이터로 함수를 부르므로, 모든 값을 인자로부터 "
        "계산하세요(예: m = len(y))."
    ),
    "feedback.negative": (
        "답의 부호가 반대입니다. 공식 앞의 마이너스 부호가 빠졌거나, 하나 더 붙었습니다."
    ),
    "feedback.sum_not_mean": (
        "답이 m배({m}배) 큽니다. 1/m이 빠졌습니다. 공식은 m개 샘플의 평균을 구합니다. 합을 m = "
        "len(y)로 나누세요(np.mean을 써도 됩니다)."
    ),
    "feedback.m_plus_one": (
        "m + 1(= {m1})로 나누었습니다. 슬라이드의 합은 i = 0부터 시작해서 샘플이 m + 1개인 것처럼 "
        "보이지만, 샘플은 i = 1, ..., m으로 m = {m}개입니다. m(= {m})으로 나누세요(np.mean을 써도 "
        "됩니다)."
    ),
    "feedback.m_minus_one": (
        "m − 1(= {m0})로 나누었습니다. 공식의 평균은 m = {m}개 샘플 전체에 대한 평균입니다. m = "
        "len(y)로 나누세요."
    ),
    "feedback.divided_twice": (
        "답이 m배({m}배) 작습니다. m으로 두 번 나누었습니다. np.mean이 이미 m으로 나누므로, "
        "np.mean(...) / len(y)는 한 번 더 나누는 셈입니다."
    ),
    "feedback.fixed_m": (
        "나눈 수가 {k:g}인데, 이 데이터의 샘플은 m = {m}개입니다. 그 수는 직접 적어 넣은 "
        "숫자인가요, 아니면 앞선 셀에 남아 있던 m인가요? m은 인자로부터 구하세요: m = len(y)."
    ),
    "feedback.rounded": (
        "답은 올바른 값을 소수점 몇째 자리에서 반올림한 값입니다. 반올림하지 않은 값을 돌려주고, "
        "반올림은 출력할 때만 하세요."
    ),
    "feedback.low_precision": (
        "답이 유효숫자 7자리 정도까지만 맞습니다. float32(np.float32, dtype='float32')는 "
        "유효숫자를 7자리 정도만 담습니다. NumPy의 기본형인 float64로 계산하세요."
    ),
    "feedback.not_callable": (
        "`{line}`: 함수가 아닌 것을 함수처럼 불렀습니다. 코드에서는 곱셈 기호 `*`를 꼭 써야 "
        "합니다. s(1 - s)가 아니라 s * (1 - s)로 쓰세요. ({detail})"
    ),
    # ------------------------------------------------------------------ 예외
    "feedback.raised": (
        "함수가 `{line}` 줄에서 오류로 멈췄습니다. 새 셀에서 함수만 따로 실행해 원인을 확인해 "
        "보세요. ({detail})"
    ),
    "feedback.exit": (
        "`{line}`에서 함수가 프로그램을 끝내 버렸습니다(`exit()`, `quit()`, `raise SystemExit`). "
        "함수는 `return`으로 답을 돌려줍니다."
    ),
    "feedback.if_on_array": (
        "`{line}`: `if`에는 참이나 거짓 하나가 필요한데, 배열을 비교하면 원소마다 결과가 하나씩 "
        "나옵니다. `if` 대신 np.where(조건, a, b)나 불리언 마스크로 모든 원소를 한꺼번에 "
        "처리하세요. ({detail})"
    ),
    "feedback.math_on_array": (
        "`{line}`: `math` 모듈의 함수(int, float도 마찬가지)는 숫자 하나만 받고, 배열은 받지 "
        "않습니다. 원소별로 계산하는 np.exp, np.log 같은 NumPy 함수를 쓰세요. ({detail})"
    ),
    "feedback.math_overflow": (
        "`{line}`: math.exp에서 오버플로가 났습니다(e^710부터는 부동소수점 수에 담기지 않습니다). "
        "지수가 큰 양수가 되지 않도록 계산 방법을 바꾸세요. ({detail})"
    ),
    "feedback.index": (
        "`{line}`: 인덱스가 배열의 끝을 넘었습니다. 파이썬은 샘플 m개에 0, ..., m − 1 번호를 "
        "붙이므로 range(len(y))로 반복하세요. ({detail})"
    ),
    "feedback.m_plus_one_loop": (
        "`{line}`: 반복문이 m + 1번 돕니다. 슬라이드의 합은 i = 0부터 m까지이지만 샘플은 "
        "m개뿐이고, 파이썬에서는 0, ..., m − 1로 번호를 붙입니다. range(len(y))를 쓰세요. "
        "({detail})"
    ),
    "feedback.name": (
        "`{line}`: 여기서 정의되지 않은 이름을 쓰고 있습니다. 다른 셀의 변수를 썼거나 오타가 난 "
        "것은 아닌가요? 함수의 인자를 쓰세요. ({detail})"
    ),
    "feedback.broadcast": (
        "`{line}`: 모양이 맞지 않는 두 배열을 원소별로 계산했습니다. 두 배열의 .shape를 출력해 "
        "보세요. NumPy는 두 모양을 마지막 축부터 맞춰 보는데, 짝이 되는 축의 크기는 서로 "
        "같거나 한쪽이 1이어야 합니다(열벡터는 `v[:, None]`으로 만듭니다). ({detail})"
    ),
    "feedback.matmul": (
        "`{line}`: 모양이 맞지 않는 두 행렬을 곱했습니다. A @ B에서는 A의 열 수와 B의 행 수가 "
        "같아야 합니다. 두 배열의 .shape를 출력해 보세요. ({detail})"
    ),
    "feedback.slide_order": (
        "`{line}`: W @ X는 샘플을 열로 두는 슬라이드의 순서 WX입니다. 여기서는 X의 한 행이 샘플 "
        "하나이므로, z = X @ W라고 써야 행마다 z가 하나씩 나옵니다. ({detail})"
    ),
    "feedback.product_order": (
        "`{line}`: E2 * (g @ A1.T)는 행렬곱을 먼저 하고 그 뒤에 원소별로 곱합니다. 순서가 "
        "반대입니다. 먼저 E2 * g를 원소별로 곱하고, 그다음에 A1.T와 행렬곱(@)을 하세요. ({detail})"
    ),
    "feedback.bias_twice": (
        "`{line}`: X에는 이미 편향 열 x0 = 1이 들어 있습니다. helpers.add_bias(X)를 부르면 편향 "
        "열이 하나 더 붙어서, X의 열이 가중치보다 하나 많아집니다. X를 그대로 쓰세요. ({detail})"
    ),
    "feedback.recursion": (
        "`{line}`: 함수가 끝없이 자기 자신을 부릅니다. 부르려던 helpers 함수의 이름을 이 함수에 "
        "붙이지 않았나요? ({detail})"
    ),
    "feedback.zero_division": "`{line}`: 0으로 나누었습니다. ({detail})",
    # ------------------------------------------------------------------ 노트북 01
    "sigmoid.wrong_shape": (
        "모양이 {shape}인 배열 z를 넣었더니 모양이 {got}인 결과가 나왔습니다. z의 모양과 상관없이 "
        "원소별로 계산되도록 NumPy 연산(np.exp, np.where 등)을 쓰세요."
    ),
    "sigmoid.warned": (
        '함수를 실행하자 경고가 났습니다: "{warning}". 어딘가에서 np.exp에 큰 양수가 들어갑니다. '
        "z가 절댓값이 큰 음수이면 e^(−z)에서, z가 아주 큰 양수이면 e^z에서 이런 일이 "
        "생깁니다(e^1000은 부동소수점 수에 담기지 않습니다). np.where(조건, a, b)는 모든 z에 대해 "
        "a와 b를 둘 다 계산한다는 점도 기억하세요. 먼저 e = np.exp(-np.abs(z))를 구하고, 두 분기를 "
        "모두 e로 만드세요."
    ),
    "sigmoid.silenced": (
        "z가 약 −710보다 작으면 함수가 정확히 0을 돌려줍니다. 하지만 σ(z)는 0이 아니라 아주 작은 "
        "수입니다(σ(−720) ≈ 2.3e−313). 교과서 공식에서 e^(−z) = inf, 1/inf = 0으로 오버플로가 "
        "났는데, 그 경고가 어딘가에서 꺼져 있는 것입니다. z < 0에서는 e^z / (1 + e^z) 식으로 "
        "계산하세요."
    ),
    "sigmoid.clipped": (
        "z가 절댓값이 큰 음수이면 함수가 늘 같은 값을 돌려줍니다. z(나 σ)를 잘라 내면 그 구간에서 "
        "σ가 달라집니다. σ(−720)은 σ(−700)이 아니라 약 2.3e−313입니다. 잘라 낼 필요는 없습니다. z "
        "< 0에서는 e^z / (1 + e^z) 식으로 계산하세요. 이 식에서는 오버플로가 나지 않습니다."
    ),
    "sigmoid.tanh": (
        "0.5 (1 + tanh(z/2))는 수학적으로는 σ(z)와 같습니다. 하지만 z가 절댓값이 큰 음수이면 "
        "tanh(z/2)가 −1로 반올림되어, 1 + tanh(z/2)에서 유효숫자가 모두 사라집니다(σ(−40)이 "
        "4e−18이 아니라 0으로 나옵니다). z < 0에서는 e^z / (1 + e^z) 식을 쓰세요."
    ),
    "sigmoid.one_minus": (
        "z < 0에서 1 − σ(|z|)를 계산하고 있습니다. 반올림이 없다면 맞는 식이지만, σ(|z|)가 1에 "
        "아주 가까워서 뺄셈을 하면 유효숫자가 사라집니다. z < −37이면 결과가 0이 됩니다. z < "
        "0에서는 대신 e^z / (1 + e^z) 식을 쓰세요."
    ),
    "sigmoid.sign": (
        "함수가 σ(−z)를 계산합니다. 지수의 부호가 뒤집혔거나 np.where의 두 분기가 서로 "
        "바뀌었습니다. σ(z) = 1 / (1 + e^(−z))이므로 σ(z)는 z가 커질수록 커집니다. σ(5)는 약 "
        "0.99입니다."
    ),
    "sigmoid.negative_branch_only": (
        "z < 0에서는 맞지만 z > 0에서는 σ(−z)가 나옵니다. e^(−|z|) / (1 + e^(−|z|)) 식은 음수 "
        "z에만 쓰는 분기입니다. z >= 0에서는 1 / (1 + e^(−|z|)) 식을 쓰세요."
    ),
    "sigmoid.positive_branch_only": (
        "z >= 0에서는 맞지만 z < 0에서는 σ(|z|)가 나옵니다. 1 / (1 + e^(−|z|)) 식은 z >= 0에만 "
        "쓰는 분기입니다. z < 0에서는 e^(−|z|) / (1 + e^(−|z|)) 식을 쓰세요."
    ),
    "sigmoid.integers": (
        "함수가 z를 정수로 바꿉니다(dtype=int나 np.round가 소수점 아래를 없앱니다). 그래서 "
        "σ(2.5)가 σ(2)나 σ(3)으로 나옵니다. z를 실수 그대로 두세요: np.asarray(z, dtype=float)."
    ),
    "sigmoid.precision": (
        "값이 σ(z)와 유효숫자 7자리 정도까지만 맞습니다. float32(np.float32, dtype='float32')는 "
        "유효숫자를 7자리 정도만 담습니다. NumPy의 기본 실수형인 float64로 계산하세요."
    ),
    "sigmoid.half": (
        "σ(0)은 정확히 0.5여야 합니다(1 / (1 + e^0) = 1/2). 작성한 함수의 값은 조금 어긋납니다."
    ),
    "sigmoid.wrong_value": (
        "z = {z:g}에서 작성한 함수의 값은 {got:.6g}이지만, σ(z) = {expected:.6g}입니다. 안정적인 "
        "식은 z < 0에서 e^z / (1 + e^z)이고, z >= 0에서 1 / (1 + e^(−z))입니다."
    ),
    "sigmoid.correct": (
        "작성한 시그모이드 함수는 z = −1000부터 1000까지 정확하고, 무한대나 NaN이 나오지 않으며, "
        "경고도 없습니다. −745 근처의 아주 작은 값도 정확합니다."
    ),
    "sigmoid.derivative_warned": (
        '함수를 실행하자 경고가 났습니다: "{warning}". 함수 안에서 helpers.sigmoid를 쓰세요. 이 '
        "함수는 오버플로가 나지 않습니다."
    ),
    "sigmoid.derivative_correct": "σ'(z) = σ(z)(1 − σ(z))이고, 최댓값은 σ'(0) = 1/4입니다.",
    "sigmoid.derivative_numerical": (
        "값이 σ'(z)와 몇 자리까지는 맞지만 정확히 같지는 않습니다. 수치로 구한 기울기(유한 차분)로 "
        "보입니다. 이 연습문제에서는 정확한 공식 σ(z)(1 − σ(z))를 써야 합니다."
    ),
    "sigmoid.derivative_is_sigma": "σ(z)를 그대로 돌려주었습니다. 여기에 (1 − σ(z))를 곱하세요.",
    "sigmoid.derivative_is_one_minus_sigma": "1 − σ(z)를 돌려주었습니다. 여기에 σ(z)를 곱하세요.",
    "sigmoid.derivative_sign": "기울기의 부호가 반대입니다. σ는 증가함수이므로 σ' > 0입니다.",
    "sigmoid.derivative_of_sigma": (
        "z가 아니라 σ(z)에 공식을 적용했습니다. σ'(z) = s (1 − s)이고, s = σ(z)는 한 번만 "
        "구합니다. (σ(z)를 helpers.sigmoid에 한 번 더 넣지는 않았나요?)"
    ),
    "sigmoid.derivative_of_z": (
        "z (1 − z)를 계산했습니다. 공식에는 σ가 먼저 필요합니다. s = helpers.sigmoid(z)를 구한 "
        "다음 s * (1 - s)를 계산하세요."
    ),
    "sigmoid.derivative_plus": (
        "σ(z)(1 + σ(z))를 계산했습니다. 공식에는 1 + σ(z)가 아니라 1 − σ(z)가 들어갑니다."
    ),
    "sigmoid.derivative_square": (
        "인수 하나를 제곱했습니다. σ'(z)는 서로 다른 두 인수 σ(z)와 1 − σ(z)의 곱입니다."
    ),
    "sigmoid.derivative_constant": (
        "함수가 z와 상관없이 늘 같은 값을 돌려줍니다. 기울기는 z에 따라 달라지므로, 넘겨받은 z로 "
        "σ(z)를 계산해서 구하세요."
    ),
    "sigmoid.derivative_scaled": (
        "값이 σ'(z)의 상수배입니다. 곡선의 모양은 맞지만 크기가 다릅니다. σ'(z) = σ(z)(1 − "
        "σ(z))이고, 앞에 곱하는 상수는 없습니다(최댓값은 σ'(0) = 1/4)."
    ),
    "sigmoid.derivative_wrong_value": (
        "z = {z:g}에서 작성한 함수의 값은 {got:.6g}이지만, σ(z)(1 − σ(z)) = {expected:.6g}입니다. "
        "간단히 확인해 보세요. σ'(0)은 0.25여야 합니다."
    ),
    "sigmoid.derivative_one_minus_z": (
        "공식의 1 − σ(z) 자리에 1 − z를 썼습니다. σ'(z) = σ(z)(1 − σ(z))입니다."
    ),
    "sigmoid.derivative_nested": (
        "곱셈은 σ 바깥에서 합니다. σ'(z)는 σ(z (1 − z))가 아니라 σ(z) (1 − σ(z))입니다."
    ),
    "sigmoid.derivative_tanh": (
        "1 − tanh²(z)는 tanh의 도함수입니다. 시그모이드 함수의 도함수는 σ(z)(1 − σ(z))입니다."
    ),
    "sigmoid.derivative_times_z": (
        "z를 더 곱하면 안 됩니다. σ'(z)는 z 자체에 대한 기울기입니다(dz/dz = 1). 연쇄법칙으로 "
        "인수가 하나 더 붙는 것은 z = wx + b일 때뿐이며, 노트북 04에서 다룹니다."
    ),
    "sigmoid.midpoint_unfinished": (
        "풀이가 덜 끝난 것 같습니다. w와 b의 `...` 자리에 숫자를 넣고 그 셀을 실행한 뒤, 이 확인 "
        "셀을 다시 실행하세요."
    ),
    "sigmoid.w_b_shape": "w와 b는 각각 숫자 하나여야 하는데, 모양이 {got}인 배열이 들어왔습니다.",
    "sigmoid.w_b_large": (
        "w나 b로 넣은 값({value:g})이 너무 큽니다. w와 b는 둘 다 크기가 몇 안팎인 값입니다."
    ),
    "sigmoid.midpoint_off": (
        "σ(w·2 + b)가 1/2이 아니라 {at_2:.3f}입니다. σ는 입력이 0일 때 정확히 1/2이므로 w·2 + b = "
        "0, 즉 b = −2w여야 합니다."
    ),
    "sigmoid.slope_off": (
        "중간점은 맞지만 σ(w·3 + b)가 0.9가 아니라 {at_3:.3f}입니다. b = −2w이면 σ(3w + b) = "
        "σ(w)이므로, 1 / (1 + e^(−w)) = 0.9를 w에 대해 푸세요(e^(−w) = 1/9)."
    ),
    "sigmoid.w_b_swapped": "w와 b가 서로 바뀌었습니다. w는 x에 곱하는 값이고, b는 더하는 값입니다.",
    "sigmoid.b_sign": (
        "b의 부호가 반대입니다. σ(2w + b) = 1/2이 되려면 2w + b = 0이어야 하므로, b = 2w가 아니라 "
        "b = −2w입니다."
    ),
    "sigmoid.w_is_probability": (
        "w는 확률이 아닙니다. σ(w) = 0.9는 σ를 거쳐 0.9가 되는 입력을 찾으라는 뜻입니다. 1 / (1 + "
        "e^(−w)) = 0.9를 풀면 e^(−w) = 1/9입니다."
    ),
    "sigmoid.w_without_log": (
        "e^(−w) = 1/9에서 다음 단계는 양변에 로그를 취하는 것입니다. w는 9(나 1/9) 자체가 아닙니다."
    ),
    "sigmoid.w_sign": ("w의 부호가 반대입니다. σ(w) = 0.9 > 1/2이 되려면 w > 0이어야 합니다."),
    "sigmoid.w_log_of_probability": (
        "답은 ln 0.9가 아닙니다. σ(w) = 0.9이면 1 + e^(−w) = 1/0.9입니다. 이 식을 먼저 "
        "e^(−w)에 대해 풀고, 그다음에 로그를 취하세요."
    ),
    "sigmoid.midpoint_exact": (
        "w = ln 9 = {w:.4f}, b = −2w = {b:.4f}이면 σ(2w + b) = 0.5, σ(3w + b) = 0.9입니다."
    ),
    "sigmoid.midpoint_close": (
        "충분히 가깝습니다. σ(2w + b) = {at_2:.3f}, σ(3w + b) = {at_3:.3f}입니다. 정확한 답은 w = "
        "ln 9 ≈ 2.1972, b = −2w입니다. 직접 유도해 보세요."
    ),
    # ------------------------------------------------------------------ 노트북 02
    "boundary.unfinished": (
        "풀이가 덜 끝난 것 같습니다. `...` 자리에 숫자 세 개 [w0, w1, w2]를 넣고 그 셀을 실행한 "
        "뒤, 이 확인 셀을 다시 실행하세요."
    ),
    "boundary.wrong_shape": (
        "이 샘플에 대해 함수가 돌려준 결과의 모양이 {got}입니다. X의 행마다 레이블이 하나씩 있어야 "
        "하므로 모양은 {shape}이어야 합니다. z = X @ W로 모든 행을 한꺼번에 계산하세요."
    ),
    "boundary.probabilities": (
        "함수가 레이블이 아니라 0과 1 사이의 확률 h를 돌려주었습니다. 이를 0이나 1로 바꾸세요. h "
        ">= 1/2이면 ŷ = 1, 아니면 ŷ = 0입니다."
    ),
    "boundary.returned_z": "z = WX를 그대로 돌려주었습니다. 레이블은 z >= 0이면 1, 아니면 0입니다.",
    "boundary.not_labels": "함수는 샘플마다 레이블 하나, 즉 0이나 1만 돌려주어야 합니다.",
    "boundary.sign": (
        "np.sign은 −1, 0, 1을 돌려주므로 레이블이 아닙니다. 레이블은 z >= 0이면 1, 아니면 0입니다."
    ),
    "boundary.heaviside_half": (
        "np.heaviside(z, 0.5)는 결정경계선 위에서 0.5를 돌려줍니다. 경계선 위에 정확히 놓인 점(z = "
        "0, h = 1/2)은 레이블이 1이어야 합니다. np.heaviside(z, 1)이나 (z >= 0)을 쓰세요."
    ),
    "boundary.rounded": (
        "결정경계선 위에 정확히 놓인 점(z = 0, h = 1/2)에 레이블 0을 붙였습니다. h를 반올림하면 "
        "0.5는 짝수인 0이 됩니다(np.round(0.5) = 0). 분류기는 h >= 1/2이면 1을 예측하므로, "
        "반올림하지 말고 h >= 0.5(또는 z >= 0)로 비교하세요."
    ),
    "boundary.strict": (
        "결정경계선 위에 정확히 놓인 점(z = 0, h = 1/2)에 레이블 0을 붙였고, 나머지 레이블은 모두 "
        "맞습니다. 분류기는 h >= 1/2이면 1을 예측하므로, 경계선 위의 점은 클래스 1입니다. 등호가 "
        "없는 부등호 >는 이 점을 빠뜨립니다."
    ),
    "boundary.flipped": (
        "레이블이 뒤집혔습니다. 클래스 1은 z = WX >= 0(h >= 1/2)인 쪽입니다. 부등호의 방향을 "
        "확인하세요."
    ),
    "boundary.z_half": (
        "z를 1/2과 비교했습니다. 임계값 1/2은 h = σ(z)에 쓰는 값입니다. σ(0) = 1/2이므로 z의 "
        "임계값은 0입니다. z >= 0이면 레이블이 1입니다."
    ),
    "boundary.threshold": (
        "레이블이 0에서 1로 바뀌는 위치가 틀렸습니다. 임계값은 정확히 h >= 1/2, 즉 z >= 0이며, 그 "
        "근처의 다른 값이 아닙니다(z가 0보다 조금만 작아도 클래스 0입니다)."
    ),
    "boundary.no_bias": (
        "w0을 빠뜨렸습니다. z = w0 + w1 x1 + w2 x2는 편향 열 x0 = 1까지 포함해 X의 모든 열을 "
        "씁니다. z = X @ W 하나로 모두 계산됩니다."
    ),
    "boundary.wrong_label": (
        "W = [{w0:g}, {w1:g}, {w2:g}], 점 ({x1:g}, {x2:g})에서는 z = {z:g}이므로 레이블이 "
        "{expected:g}입니다. 작성한 함수의 답은 {got:g}입니다."
    ),
    "boundary.predict_correct": "z = WX >= 0인 곳, 즉 h(z) >= 1/2인 곳에서 정확히 ŷ = 1입니다.",
    "boundary.fixed_w": (
        "넘겨받은 W와 상관없이 강의 예제 W = [−3, 1, 1]의 레이블이 나옵니다. 인자 W를 쓰세요: z = "
        "X @ W."
    ),
    "boundary.bias_as_feature": (
        "X의 0번 열은 편향 열 x0 = 1이고, x1과 x2는 1번과 2번 열입니다. z = X @ W는 각 열에 그 "
        "열의 가중치를 곱합니다."
    ),
    "boundary.all_ones": (
        "모든 레이블이 1입니다. h를 0과 비교하면 늘 참입니다(h = σ(z) > 0). h를 1/2과 비교하거나, "
        "z를 0과 비교하세요."
    ),
    "boundary.weights_shape": "W는 숫자 세 개 [w0, w1, w2]여야 하는데, 모양이 {got}입니다.",
    "boundary.no_boundary": (
        "w1 = w2 = 0이면 어디서나 z = w0으로 같으므로, 결정경계선이 아예 없습니다."
    ),
    "boundary.line_misses": (
        "점 ({x1:g}, {x2:g})에서 작성한 W의 z는 0이 아니라 {z:g}입니다. 그래서 결정경계선이 이 "
        "점을 지나지 않습니다. 점이 경계선 위에 있으려면 w0 + w1 x1 + w2 x2 = 0이어야 합니다. 두 "
        "점에 대해 이 식을 세우고 푸세요(예를 들어 w0 = −4로 놓고)."
    ),
    "boundary.line_swapped": (
        "작성한 직선은 (2, 0)과 (0, 4)를 지나므로, x1과 x2의 가중치가 서로 바뀌었습니다. (4, 0)을 "
        "지나려면 w0 + 4 w1 = 0, (0, 2)를 지나려면 w0 + 2 w2 = 0이어야 합니다."
    ),
    "boundary.line_intercepts": (
        "가중치는 점의 좌표가 아닙니다. (4, 0)을 지나려면 w0 + 4 w1 = 0, (0, 2)를 지나려면 w0 "
        "+ 2 w2 = 0이어야 합니다. w0을 하나 정한 다음, 두 식을 각각 풀어 나머지 가중치를 "
        "구하세요."
    ),
    "boundary.line_coordinates": (
        "가중치가 아니라 점의 좌표를 넣었습니다. 점 (x1, x2)가 직선 위에 있으려면 w0 + w1 x1 + w2 "
        "x2 = 0이어야 합니다. (4, 0)과 (0, 2)에 대해 이 식을 세우고 푸세요."
    ),
    "boundary.line_w0_sign": (
        "w0의 부호가 반대입니다. (4, 0)을 지나려면 w0 + 4 w1 = 0이어야 하므로, w0과 w1은 "
        "부호가 서로 달라야 합니다."
    ),
    "boundary.line_sign_w": (
        "w1과 w2는 w0과 부호가 반대여야 합니다. (4, 0)을 지나려면 w0 + 4 w1 = 0, 즉 w1 = −w0 / "
        "4여야 합니다."
    ),
    "boundary.line_no_bias": (
        "w0 = 0이면 직선이 원점을 지나는데(원점에서 z = 0), 구하려는 직선은 원점을 지나지 "
        "않습니다. (4, 0)을 지나려면 w0 + 4 w1 = 0이어야 합니다."
    ),
    "boundary.line_offset": (
        "직선의 방향(x1 + 2 x2 = 상수)은 맞지만 상수가 틀렸습니다. (4, 0)을 지나려면 w0 = −4 "
        "w1이어야 합니다."
    ),
    "boundary.line_misses_one": (
        "직선이 두 점 가운데 하나는 지나지만, 점 ({x1:g}, {x2:g})에서는 벗어납니다. 그 점에서도 w0 "
        "+ w1 x1 + w2 x2 = 0이어야 합니다."
    ),
    "boundary.line_bias_last": (
        "숫자는 맞는데 순서가 틀렸습니다. W = [w0, w1, w2]는 x0 = 1에 곱하는 편향 가중치 w0부터 "
        "시작합니다."
    ),
    "boundary.line_lecture": (
        "작성한 W는 강의 예제의 직선 x1 + x2 = 3입니다. 이 연습문제의 직선은 (4, 0)과 (0, 2)를 "
        "지납니다. 두 점에 대해 w0 + w1 x1 + w2 x2 = 0을 세우고 푸세요."
    ),
    "boundary.line_rounded": (
        "거의 맞습니다. 하지만 반올림 때문에 W = [{w0:g}, {w1:g}, {w2:g}]의 직선은 두 점을 살짝 "
        "비켜 갑니다. 정확한 수(분수나 정수)를 쓰세요. w0 = −4로 놓으면 가중치가 모두 정수가 "
        "됩니다."
    ),
    "boundary.line_sides": (
        "직선은 맞지만 원점에서 z = w0 = {w0:g} >= 0이어서, 원점이 y = 1 쪽에 있습니다. W에 −1을 "
        "곱하세요. 직선은 그대로 두고 양쪽만 맞바꿉니다."
    ),
    "boundary.line_correct": (
        "W = [{w0:g}, {w1:g}, {w2:g}]이면 결정경계선은 직선 x1 + 2 x2 = 4이고, 원점 반대쪽이 "
        "클래스 1입니다. [−4, 1, 2]에 양수를 곱한 것은 모두 정답입니다."
    ),
    "boundary.ellipse": (
        "w1 = {w1:g}, w2 = {w2:g}입니다. 두 값이 다르면 곡선이 타원(또는 다른 곡선)으로 "
        "늘어납니다. 원이 되려면 w1 = w2여야 합니다."
    ),
    "boundary.no_circle": (
        "W = [{w0:g}, {w1:g}, {w2:g}]에서 z = 0이 되려면 x1² + x2² = {r2:g}이어야 합니다. 이를 "
        "만족하는 점은 없습니다(있어도 원점 하나뿐입니다). w0은 w1과 부호가 반대여야 합니다."
    ),
    "boundary.radius_not_squared": (
        "작성한 결정경계선은 x1² + x2² = {r2:g}, 즉 반지름이 2가 아니라 {r:.4g}인 원입니다. "
        "경계선은 x1² + x2² = −w0/w1 = r²이므로, r = 2이면 −w0/w1 = 4입니다."
    ),
    "boundary.radius_inverse": (
        "작성한 결정경계선은 x1² + x2² = {r2:g}, 즉 반지름이 {r:.4g}인 원입니다. −w0/w1은 1/r²이 "
        "아니라 r² 자체입니다. r = 2이면 −w0/w1 = 4입니다."
    ),
    "boundary.wrong_radius": (
        "작성한 결정경계선은 x1² + x2² = {r2:g}, 즉 반지름이 2가 아니라 {r:.4g}인 원입니다. "
        "경계선은 x1² + x2² = −w0/w1입니다."
    ),
    "boundary.circle_sides": (
        "원은 맞지만 원의 안쪽이 클래스 1입니다(원점에서 z = w0 > 0). W에 −1을 곱해 양쪽을 "
        "맞바꾸세요."
    ),
    "boundary.circle_correct": (
        "W = [{w0:g}, {w1:g}, {w2:g}]: 반지름 2인 원 x1² + x2² = 4 위에서 z = 0이고, 원 바깥에서 z "
        "> 0(클래스 1)입니다. [−4, 1, 1]에 양수를 곱한 것은 모두 정답입니다."
    ),
    # ------------------------------------------------------------------ 노트북 03: 퀴즈
    "quiz.question": "({number}) y = {y}, ŷ = {y_hat:g}일 때 오차는 작을까요, 클까요?",
    "quiz.question_number": (
        "`question`은 1, 2, 3 가운데 하나여야 합니다(슬라이드의 세 문제). 받은 값은 {got}입니다."
    ),
    "quiz.error_choices": (
        "`error` = {got}: 보기에 없는 답입니다. '작다'나 '크다'로 답하세요('small'/'large', "
        "(a)/(b), ①/②, ㄱ/ㄴ도 됩니다)."
    ),
    "quiz.curve_choices": (
        "`curve` = {got}: 보기에 없는 답입니다. '실선'이나 '점선'으로 답하세요('solid'/'dotted', "
        "(a)/(b), ①/②, ㄱ/ㄴ도 됩니다)."
    ),
    "quiz.pick_one": "{got}: '아님'이나 '또는' 없이 보기 하나만 고르세요.",
    "quiz.problems": "{problems}",
    "quiz.unfinished": (
        "빈칸이 남아 있습니다. `error`에는 '작다'나 '크다'를, `curve`에는 '실선'이나 '점선'을 넣고 "
        "셀을 다시 실행하세요."
    ),
    "quiz.not_small": (
        "오차는 작지 않습니다. 실제 클래스는 y = {y}인데, 모델이 이 클래스에 준 확률은 "
        "{p:g}입니다. 동전 던지기의 0.5와 비교해 보세요."
    ),
    "quiz.not_large": (
        "오차는 크지 않습니다. 실제 클래스는 y = {y}이고, 모델이 이 클래스에 준 확률은 "
        "{p:g}입니다. 동전 던지기의 0.5와 비교해 보세요."
    ),
    "quiz.not_small_worked": (
        "오차는 작지 않습니다. e = {formula} = {e:.2f}이고, 동전 던지기(ŷ = 0.5)의 오차 log 2 ≈ "
        "0.69보다 큽니다."
    ),
    "quiz.not_large_worked": (
        "오차는 크지 않습니다. e = {formula} = {e:.2f}이고, 동전 던지기(ŷ = 0.5)의 오차 log 2 ≈ "
        "0.69보다 작습니다."
    ),
    "quiz.not_solid": (
        "실선이 아닙니다. 곡선은 ŷ이 아니라 레이블이 정합니다. y = {y}이면 오차는 −log(1 − h)이고, "
        "점선으로 그린 곡선입니다."
    ),
    "quiz.not_dotted": (
        "점선이 아닙니다. 곡선은 ŷ이 아니라 레이블이 정합니다. y = {y}이면 오차는 −log(h)이고, "
        "실선으로 그린 곡선입니다."
    ),
    "quiz.curve_only": "곡선은 맞습니다. 이제 오차가 작은지 큰지 답하세요.",
    "quiz.size_only": "오차가 작은지 큰지는 맞혔습니다. 이제 어느 곡선에서 읽었는지 답하세요.",
    "quiz.correct_large_solid": (
        "y = {y}, ŷ = {y_hat:g}: e = {formula} = {e:.2f}이므로 오차가 크고, 실선(y = {y})에서 "
        "읽습니다."
    ),
    "quiz.correct_small_solid": (
        "y = {y}, ŷ = {y_hat:g}: e = {formula} = {e:.2f}이므로 오차가 작고, 실선(y = {y})에서 "
        "읽습니다."
    ),
    "quiz.correct_large_dotted": (
        "y = {y}, ŷ = {y_hat:g}: e = {formula} = {e:.2f}이므로 오차가 크고, 점선(y = {y})에서 "
        "읽습니다."
    ),
    "quiz.correct_small_dotted": (
        "y = {y}, ŷ = {y_hat:g}: e = {formula} = {e:.2f}이므로 오차가 작고, 점선(y = {y})에서 "
        "읽습니다."
    ),
    "quiz.choose": "오차의 크기와 곡선을 고르세요.",
    "quiz.error_label": "오차",
    "quiz.curve_label": "곡선",
    "quiz.show": "정답 보기",
    "quiz.small": "작다 (small)",
    "quiz.large": "크다 (large)",
    "quiz.solid": "실선 (solid)",
    "quiz.dotted": "점선 (dotted)",
    # ------------------------------------------------------------------ 노트북 03: 연습문제
    "costs.not_one_number": (
        "함수가 모양이 {got}인 배열을 돌려주었습니다. 비용 J는 숫자 하나로, 샘플별 오차의 "
        "평균입니다. np.mean을 쓰거나, 합을 구해 m으로 나누세요."
    ),
    "costs.cost_warned": (
        '함수를 실행하자 경고가 났습니다: "{warning}". 여기서는 a가 정확히 0이나 1인 경우가 '
        "없으니, 로그를 취하는 부분을 확인하세요."
    ),
    "costs.cost_correct": (
        "이 샘플 {m}개에 대해 J = {J:.4f}이고, helpers.cross_entropy의 결과와 같습니다."
    ),
    "costs.log10": "밑이 10인 로그(상용로그)를 썼습니다. 자연로그 np.log를 쓰세요.",
    "costs.log2": "밑이 2인 로그를 썼습니다. 자연로그 np.log를 쓰세요.",
    "costs.swapped": (
        "y와 1 − y가 서로 바뀌었습니다. y = 1인 샘플의 오차는 −log(a), y = 0인 샘플의 오차는 "
        "−log(1 − a)여야 합니다."
    ),
    "costs.missing_y0_term": (
        "y = 1인 샘플만 계산에 들어갔습니다. y = 0인 샘플의 항 (1 − y) log(1 − a)가 빠졌습니다."
    ),
    "costs.missing_y1_term": (
        "y = 0인 샘플만 계산에 들어갔습니다. y = 1인 샘플의 항 y log(a)가 빠졌습니다."
    ),
    "costs.inner_sign": (
        "괄호 안의 부호가 틀렸습니다. J = −(1/m) Σ [y log a + (1 − y) log(1 − a)]이므로 두 항 "
        "사이는 더하기이고, 마이너스는 식 전체 앞에 붙습니다."
    ),
    "costs.log_a_twice": (
        "두 항이 모두 log(a)를 씁니다. y = 0인 항은 (1 − y) log(1 − a)입니다. log(1 − a)는 클래스 "
        "0일 확률의 로그입니다."
    ),
    "costs.squared_error": (
        "교차 엔트로피가 아니라 제곱 오차 ½ (y − a)²을 계산했습니다. J는 모델이 실제 클래스에 준 "
        "확률에 −log를 취한 값입니다."
    ),
    "costs.log_rule": (
        "log(1 − a)는 log 1 − log a가 아닙니다. 차의 로그는 로그의 차로 나뉘지 않습니다. np.log(1 "
        "- a)를 그대로 쓰세요."
    ),
    "costs.loop_from_one": (
        "range(1, len(y))는 첫 번째 샘플을 건너뜁니다. 파이썬은 m개 샘플에 0, ..., m − 1 번호를 "
        "붙이므로 range(len(y))로 반복하세요."
    ),
    "costs.column_table": (
        "y는 열 (m, 1)이 되었는데 a는 (m,) 모양 그대로입니다. 그러면 NumPy가 모든 y를 모든 a와 "
        "짝지어 (m, m) 표를 만들고, 그 표의 평균은 J가 아닙니다. 두 배열을 모두 1차원으로 두세요"
        "(reshape하지 않거나 .ravel()로 되돌리세요)."
    ),
    "costs.changed_a": (
        "로그를 취하기 전에 a를 바꾸었습니다(값을 잘라 냈거나 로그 안에 작은 수를 더했습니다). "
        "여기서 a는 모두 0과 1 사이에 있고 0이나 1과 같지 않습니다. 확인 셀이 보려는 것은 넘겨받은 "
        "a 그대로에서 계산한 J입니다. a와 1 − a의 로그를 그대로 취하세요."
    ),
    "costs.cost_wrong": (
        "이 데이터에서 작성한 함수의 값은 {got:.6f}이지만, J = {J:.6f}입니다. 샘플 하나를 손으로 "
        "계산해 보세요. y = 1, a = 0.9인 샘플의 오차는 −log(0.9) = 0.1054이고, y = 0, a = 0.2인 "
        "샘플의 오차는 −log(0.8) = 0.2231입니다."
    ),
    "costs.logits_warned": (
        '함수를 실행하자 경고가 났습니다: "{warning}". 어딘가에서 σ(z)가 0이나 1로 반올림되어 '
        "log(0) = −inf가 되었거나, t가 커서 e^t에서 오버플로가 났습니다. σ는 아예 계산하지 마세요. "
        "log σ(z) = −softplus(−z), log(1 − σ(z)) = −softplus(z)를 쓰고, softplus는 "
        "helpers.softplus나 np.logaddexp(0, t)로 계산하세요."
    ),
    "costs.logits_not_finite": (
        "J가 {value}입니다. 반올림된 σ(z)에 로그를 취했거나, t가 너무 커서 log(1 + e^t)의 e^t에서 "
        "오버플로가 난 것입니다. helpers.softplus로 식을 만드세요: J = mean(y·softplus(−z) + (1 − "
        "y)·softplus(z))."
    ),
    "costs.logits_correct": (
        "J = {J:.4f}입니다. z = ±1000에서도 정확하고(그런 샘플을 틀리게 예측하면 오차가 "
        "1000입니다), 경고도 없습니다."
    ),
    "costs.logits_negative": "J가 음수입니다. softplus로 쓴 식에는 앞에 마이너스가 필요 없습니다.",
    "costs.logits_swapped": (
        "y와 1 − y가 서로 바뀌었습니다. y = 1인 샘플의 오차는 softplus(−z), y = 0인 샘플의 오차는 "
        "softplus(z)여야 합니다."
    ),
    "costs.missing_max": (
        "softplus(t) = max(t, 0) + log(1 + e^(−|t|))에서 max(t, 0) 부분이 빠졌습니다. 그래서 모든 "
        "오차가 log 2보다 작게 나옵니다."
    ),
    "costs.softplus_cut": (
        "작성한 softplus는 t > {T}이면 softplus(t) ≈ t로, t < −{T}이면 ≈ 0으로 어림합니다. 그러면 "
        "log(1 + e^(−t))만큼 어긋나는데, t = 4에서 그 차이는 0.018입니다. 정확한 식 max(t, 0) + "
        "log(1 + e^(−|t|))에는 어림이 필요 없습니다(helpers.softplus, np.logaddexp(0, t))."
    ),
    "costs.halved": (
        "작성한 함수의 값은 J의 정확히 절반입니다. ½은 제곱 오차 ½ (y − ŷ)²에 붙는 것이고, "
        "교차 엔트로피에는 없습니다: J = −(1/m) Σ [y log a + (1 − y) log(1 − a)]."
    ),
    "costs.cancellation": (
        "softplus(z) − y z는 수학적으로는 샘플의 오차와 같습니다. 하지만 y = 1이고 z가 크면 두 "
        "항이 모두 z에 가까워서, 빼는 순간 유효숫자가 사라집니다. 그래서 자신 있게 맞힌 "
        "샘플(오차가 1e-20 근처)에서는 결과가 틀립니다. 뺄셈이 없는 y softplus(−z) + (1 − y) "
        "softplus(z)를 쓰세요."
    ),
    "costs.clipped": (
        "샘플마다 오차가 약 {cap:.1f}에서 더 커지지 않습니다. σ(나 ŷ)를 잘라 내거나 로그 안에 작은 "
        "수를 더하면, 자신 있게 틀린 예측의 오차가 거기서 멈춥니다. 하지만 z = −1000, y = 1인 "
        "샘플의 오차는 각각 1000입니다. z로 직접 계산하세요. y = 1이면 e = softplus(−z)입니다."
    ),
    "costs.max_only": (
        "softplus(t)는 max(t, 0)이 아닙니다. log(1 + e^(−|t|)) 항이 빠졌습니다(t = 0에서 log "
        "2입니다). helpers.softplus나 np.logaddexp(0, t)를 쓰세요."
    ),
    "costs.log_not_log1p": (
        "자신 있게 맞힌 예측(y = 1, z = 45)의 비용이 정확히 0으로 나오지만, 실제 비용은 e^(−45) ≈ "
        "3e−20입니다. log(1 + x)는 x가 아주 작으면 1 + x를 1로 반올림해 버립니다. 이 작은 값을 "
        "살려 주는 np.log1p(x)를 쓰세요."
    ),
    "costs.plus_minus_labels": (
        "log(1 + e^(−y z)) 식은 레이블이 y = ±1일 때 쓰는 공식입니다. 레이블이 0과 1이면 y = 0인 "
        "샘플의 비용이 늘 log 2가 됩니다. y softplus(−z) + (1 − y) softplus(z)를 쓰세요."
    ),
    "costs.logits_wrong": (
        "이 데이터에서 작성한 함수의 값은 {got:.6f}이지만, J = {J:.6f}입니다. 샘플 하나를 손으로 "
        "계산해 보세요. y = 1, z = 2인 샘플의 오차는 softplus(−2) = log(1 + e^(−2)) = 0.1269입니다."
    ),
    "costs.general_negative": "J가 음수입니다. J = −Σ y log ŷ에는 앞에 마이너스가 붙습니다.",
    "costs.general_mean_all": (
        "m × K개(샘플 수 × 클래스 수) 원소 전체의 평균을 구해서, J가 K배 작게 나왔습니다. 먼저 "
        "클래스에 대해 더해(axis=1) 샘플마다 오차를 하나씩 만들고, 그다음에 m개 샘플의 평균을 "
        "구하세요."
    ),
    "costs.general_axis0": (
        "샘플에 대해 더한 다음(axis=0) 클래스에 대해 평균을 구했습니다. 샘플 하나의 오차는 그 "
        "샘플에서 모든 클래스를 더한 값입니다. axis=1로 더한 다음, 샘플에 대해 평균을 구하세요."
    ),
    "costs.general_binary": (
        "클래스마다 이진 교차 엔트로피 공식을 썼습니다. 일반적인 교차 엔트로피는 −Σ_k y_k log ŷ_k "
        "하나뿐입니다. (1 − y) log(1 − ŷ) 부분은 다른 클래스의 항으로 이미 들어 있습니다."
    ),
    "costs.general_ignored_y": (
        "J에 Y가 쓰이지 않았습니다. 원-핫 y_k는 실제 클래스가 아니면 0이므로, −Σ y_k log ŷ_k에는 "
        "실제 클래스의 항만 남습니다. 더하기 전에 Y를 곱하세요."
    ),
    "costs.general_predicted_class": (
        "모델이 가장 가능성이 높다고 본 클래스(ŷ이 가장 큰 클래스)를 썼습니다. 비용에는 실제 "
        "클래스, 즉 Y에서 1이 있는 클래스를 씁니다."
    ),
    "costs.general_matrix_product": (
        "Y @ log(Ŷ).T는 행렬곱이어서, 각 샘플의 레이블을 다른 모든 샘플의 확률과 짝짓습니다. "
        "공식은 원소별 곱입니다. Y * np.log(Y_hat)을 구한 다음 클래스에 대해 더하세요(axis=1)."
    ),
    "costs.general_one_column": (
        "이진 분류에서처럼 한 열(클래스 1)만 썼습니다. 클래스가 K개이면 각 샘플의 오차는 그 샘플의 "
        "실제 클래스 확률에 −log를 취한 값, 즉 K개 열 전체에 걸친 −Σ_k y_k log ŷ_k입니다."
    ),
    "costs.general_fixed_classes": (
        "열의 수를 고정해 두었습니다. 모든 클래스를 쓰세요. 합은 Y의 열 K개(Y.shape[1]) 전체에 "
        "걸쳐 구합니다."
    ),
    "costs.general_skips_class0": (
        "클래스 0인 샘플이 비용에 들어가지 않았습니다. 클래스에 대한 합은 첫 번째 열, 즉 파이썬의 "
        "k = 0부터 시작해야 합니다(range(1, K)가 아니라 range(K))."
    ),
    "costs.general_wrong": (
        "작성한 함수의 값은 {got:.6f}이지만, J = {J:.6f}입니다. 첫 번째 샘플은 클래스 0이고 ŷ = "
        "{p0}이므로, 오차는 −log(0.7) = 0.3567입니다."
    ),
    "costs.general_correct": (
        "클래스 세 개에서 J = {J:.4f}입니다. 클래스가 두 개이면 같은 함수가 이진 교차 엔트로피가 "
        "됩니다."
    ),
    # ------------------------------------------------------------------ 노트북 04
    "gradient.wrong_shape": (
        "함수가 돌려준 결과의 모양이 {got}입니다. 가중치마다 숫자가 하나씩 있어야 하므로 모양은 "
        "{shape}이어야 합니다. X는 한 행에 샘플 하나가 있는 (m, n + 1) 배열이므로, Xᵀ(y − ŷ)은 "
        "`X.T @ (y - y_hat)`이고 X의 열마다 값이 하나씩 나옵니다."
    ),
    "gradient.sign": (
        "기울기의 부호가 반대여서 오르막을 가리킵니다. ∂J/∂w_j = −(1/m) Σ (y − ŷ) x_j는 +(1/m) Σ "
        "(ŷ − y) x_j와 같습니다. ŷ − y를 쓰면서 앞의 마이너스까지 붙이지 않았나요?"
    ),
    "gradient.sign_and_m": "두 군데가 틀렸습니다. 부호가 반대이고, 1/m이 빠졌습니다.",
    "gradient.divided_by_columns": (
        "X의 열 수로 나누었습니다. m은 샘플 수, 즉 X의 행 수입니다. len(y)나 X.shape[0]을 쓰세요."
    ),
    "gradient.linear": (
        "선형 회귀처럼 z = XW를 예측값으로 썼습니다. 로지스틱 회귀의 예측값은 ŷ = σ(z)이므로, 먼저 "
        "helpers.sigmoid를 적용하세요."
    ),
    "gradient.sse_factor": (
        "기울기에 σ'(z) = σ(z)(1 − σ(z))가 더 곱해져 있습니다. 이 인수가 붙는 것은 제곱 오차의 "
        "기울기입니다. 교차 엔트로피에서는 이 인수가 약분되어 사라집니다(유도의 7단계)."
    ),
    "gradient.wrong": (
        "작성한 함수의 기울기는 {got}이지만, 맞는 값은 {expected}입니다. 슬라이드의 마지막 "
        "줄을 따라가 보세요. ŷ = σ(X @ W)를 구하고, 모든 j에 대해 한꺼번에 −(1/m) Σ_i (y − ŷ) "
        "x_j를 계산합니다(i에 대한 합은 X.T가 해 줍니다). 그리고 helpers.numerical_gradient와 "
        "비교해 보세요."
    ),
    "gradient.labels": (
        "예측 레이블(0 또는 1)을 ŷ으로 썼습니다. 기울기에는 레이블이 아니라 확률 ŷ = σ(z)가 "
        "들어갑니다."
    ),
    "gradient.derivative_not_sigma": (
        "공식의 ŷ = σ(z) 자리에 σ'(z)를 썼습니다. 7단계에서 σ'은 약분되어 사라졌습니다. ŷ = "
        "helpers.sigmoid(X @ W)입니다."
    ),
    "gradient.correct": (
        "∇J = −(1/m) Xᵀ(y − ŷ): 가중치마다 숫자 하나이고, 샘플에 대한 합을 행렬곱으로 계산했습니다."
    ),
    "gradient.step_returned_old": (
        "함수가 W를 그대로 돌려줍니다. 새 가중치를 계산했을 수는 있지만, 돌려주지는 않았습니다. W "
        "− η ∇J를 돌려주세요."
    ),
    "gradient.step_uphill": (
        "한 걸음이 오르막으로 갑니다. η·∂J/∂w_j를 더했기 때문입니다. 경사하강법에서는 이 값을 빼서 "
        "w_j := w_j − η ∂J/∂w_j = w_j + η (1/m) Σ (y − ŷ) x_j로 갱신합니다."
    ),
    "gradient.step_no_rate": "학습률 η가 빠졌습니다. 기울기에 η를 곱하세요.",
    "gradient.step_change_only": (
        "새 가중치 W − η ∇J가 아니라 변화량(또는 기울기)을 돌려주었습니다."
    ),
    "gradient.step_no_one_over_m": "한 걸음이 m배 큽니다. 기울기에는 1/m이 있어야 합니다.",
    "gradient.step_fixed_rate": (
        "함수가 쓰는 학습률은 인자 `learning_rate`(여기서는 {rate:g})가 아니라 {c:g}입니다. 숫자를 "
        "직접 적어 넣었거나 앞선 셀의 eta를 쓰지 않았나요? learning_rate를 쓰세요."
    ),
    "gradient.step_rate_on_w": (
        "학습률은 가중치가 아니라 기울기에 곱합니다. η W − ∇J가 아니라 W − η ∇J입니다."
    ),
    "gradient.step_many": (
        "함수가 가중치를 {n}번 갱신합니다. 함수를 한 번 부르는 것이 한 에포크, 즉 W − η ∇J 한 "
        "걸음입니다(에포크 반복은 helpers.fit이 맡습니다)."
    ),
    "gradient.step_not_simultaneous": (
        "가중치를 하나씩 갱신하면서, 이미 갱신한 가중치로 다음 기울기를 계산했습니다. 경사하강법은 "
        "이전 W에서 구한 기울기로 모든 가중치를 한꺼번에 갱신합니다. 코드로는 W - learning_rate * "
        "gradient입니다."
    ),
    "gradient.step_sse": (
        "제곱 오차의 기울기(σ'(z)가 곱해진 것)를 따라 내려갔습니다. 이 연습문제에서 줄여야 하는 "
        "것은 교차 엔트로피이고, 그 기울기 −(1/m) Xᵀ(y − ŷ)에는 σ'이 없습니다."
    ),
    "gradient.step_wrong": (
        "작성한 함수가 돌려준 새 가중치는 {got}이지만, 맞는 값은 {expected}입니다. 연습문제 "
        "1의 기울기(또는 helpers.gradient)를 다시 써서, 규칙 w_j := w_j − η ∂J/∂w_j대로 한 "
        "걸음만 내디디세요."
    ),
    "gradient.step_correct": (
        "w_j := w_j + η (1/m) Σ (y − ŷ) x_j를 모든 가중치에 한꺼번에 적용한, 경사하강법의 한 "
        "에포크입니다."
    ),
    "gradient.delta_shape": (
        "ΔW2의 모양이 {got}인데, W2와 같은 모양 {shape}이어야 합니다(가중치마다 하나씩). (E ∗ "
        "g'(Z)) @ A1.T는 (n_out, m) @ (m, n_hidden)이고, A1 @ (...).T는 그 전치가 됩니다."
    ),
    "gradient.delta_sign": (
        "부호가 반대입니다. 오차 행렬이 E2 = Y − Ŷ일 때 ΔW2 = −(E2 ∗ g'(Z)) A1ᵀ입니다."
    ),
    "gradient.delta_no_slope": (
        "인수 g'(Z) = σ(Z)(1 − σ(Z))가 빠졌습니다. 제곱 오차에서는 이 인수가 남습니다(약분되는 "
        "것은 교차 엔트로피일 때뿐입니다). 먼저 E에 이 인수를 원소별로 곱하세요."
    ),
    "gradient.delta_cross_entropy": (
        "교차 엔트로피일 때의 ΔW2인 −(1/m) E A1ᵀ를 계산했습니다. 제곱 오차(1/m 없음)에서는 인수 "
        "g'(Z)가 남아서 −(E ∗ g'(Z)) A1ᵀ가 됩니다."
    ),
    "gradient.delta_one_over_m": (
        "슬라이드의 제곱 합 오차(SSE) E = Σ ½ (y − ŷ)²에는 1/m이 없습니다. 나눗셈을 빼세요."
    ),
    "gradient.delta_times_sigma": (
        "E에 σ(Z) 자체를 곱했습니다. g'(Z)는 σ의 기울기 σ(Z)(1 − σ(Z))이고(노트북 01), 코드로는 "
        "`Y_hat * (1 - Y_hat)`입니다."
    ),
    "gradient.delta_one_minus": (
        "E에 1 − σ(Z)만 곱했습니다. g'(Z) = σ(Z)(1 − σ(Z))는 두 인수의 곱이고, 코드로는 `Y_hat * "
        "(1 - Y_hat)`입니다."
    ),
    "gradient.delta_derivative_of_y_hat": (
        "helpers.sigmoid_derivative에는 ŷ이 아니라 z를 넣어야 합니다. sigmoid_derivative(Z2)라고 "
        "쓰거나, 출력으로 `Y_hat * (1 - Y_hat)`을 계산하세요."
    ),
    "gradient.delta_two_missing": (
        "두 가지가 빠졌습니다. 앞의 마이너스 부호, 그리고 E에 원소별로 곱할 인수 g'(Z) = σ(Z)(1 − "
        "σ(Z))입니다. 식은 −(E ∗ g'(Z)) A1ᵀ입니다."
    ),
    "gradient.delta_product_order": (
        "A1.T와 행렬곱을 하기 전에 E와 g'(Z)를 원소별로 곱해야 합니다(`E * g_prime`). 행렬곱 뒤에 "
        "곱하면 안 됩니다."
    ),
    "gradient.delta_one_minus_z": (
        "g'(Z) = σ(Z)(1 − σ(Z))에서 두 번째 인수는 1 − Z가 아니라 1 − σ(Z)입니다."
    ),
    "gradient.delta_half": (
        "오차함수 E = Σ ½ (y − ŷ)²의 ½은 미분하면 사라집니다. d/dŷ ½ (y − ŷ)² = −(y − ŷ)이므로 "
        "ΔW2에는 ½이 없습니다."
    ),
    "gradient.delta_two": (
        "2가 더 곱해졌습니다. 슬라이드의 오차함수 E에는 ½이 있어서 d/dŷ ½ (y − ŷ)² = −(y − ŷ)이고, "
        "2가 붙지 않습니다."
    ),
    "gradient.delta_no_sigmoid": (
        "Z2를 그대로 출력으로 썼습니다. 출력층에서는 시그모이드 함수를 적용합니다. 즉 Ŷ = σ(Z2) = "
        "helpers.sigmoid(W2 @ A1)입니다."
    ),
    "gradient.delta_divided": (
        "결과를 나누었습니다(나눈 수: {k:g}). 슬라이드의 오차함수인 제곱 합 오차 E = Σ ½ (y − "
        "ŷ)²에는 1/m이 없으므로, ΔW2에도 없습니다."
    ),
    "gradient.delta_typo_y": (
        "g'(Z) = Ŷ(1 − Ŷ)입니다. 두 번째 인수에는 레이블 Y가 아니라 Ŷ이 들어갑니다."
    ),
    "gradient.delta_sums_apart": (
        "샘플에 대한 합을 따로 두 번 구해서 Σ(E ∗ g') × Σ a_j를 계산했습니다. 기울기는 샘플마다 "
        "곱한 뒤에 더합니다. 코드로는 (E ∗ g') @ A1.T입니다."
    ),
    "gradient.delta_z_not_sigma": (
        "g'(Z)는 Z에서 σ의 기울기이므로, Z(1 − Z)가 아니라 σ(Z)(1 − σ(Z)) = Ŷ(1 − Ŷ)입니다."
    ),
    "gradient.delta_wrong": (
        "작성한 ΔW2가 −(E2 ∗ g'(Z)) A1ᵀ와 다릅니다. 단계별로 나누어 계산하면서 모양을 하나씩 "
        "출력해 보세요. W2와 A1로 Z를 구하고, Ŷ = σ(Z), 오차 행렬 E2 = Y − Ŷ, g'(Z) = Ŷ (1 − "
        "Ŷ)를 차례로 구한 뒤 A1ᵀ와 곱합니다."
    ),
    "gradient.delta_correct": (
        "ΔW2 = −(E ∗ g'(Z)) A1ᵀ: 가중치 w_jk마다 하나씩, 샘플에 대해 더한 값입니다."
    ),
    # ------------------------------------------------------------------ 움직이는 그림
    "widgets.features": "특성",
    "widgets.linear_features": "선형: x1, x2",
    "widgets.squared_features": "제곱: x1², x2²",
    "widgets.steepness": "w (가파른 정도)",
    "widgets.shift": "b (위치 이동)",
    "widgets.epoch": "에포크",
}
