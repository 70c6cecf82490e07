"""Notebook 03's live figures: the slide's quiz on the cost curves, and the cost slices.

`cost_quiz()` asks the slide's three questions with toggle buttons and answers at once, with
the same verdicts as the typed form (`helpers.checks.costs.cost_quiz_answer`): a hint after a
wrong try, the worked answer after a second one or on request; a question answered right (or
revealed) shows its point on its curve. `cost_slice_explorer()` moves a point along the line
W = [−5s, s] and shows the slope of squared error and of cross entropy there.
"""

from __future__ import annotations

import html

import ipywidgets as widgets

from ..checks.costs import quiz_verdict, worked_answer
from ..costs import QUIZ
from ..messages import text
from ..plots.costs import S_RANGE, CostCurves, CostSlices, check_s, one_feature_data
from ..plots.style import RC, new_figure
from ._base import Explorer, slider

__all__ = ["cost_quiz", "cost_slice_explorer"]


def _toggles(values: tuple[str, str], description: str) -> widgets.ToggleButtons:
    """Two toggle buttons whose labels come from the catalog; their values stay English."""
    return widgets.ToggleButtons(
        options=[(text(f"quiz.{value}"), value) for value in values],
        value=None,
        description=text(f"quiz.{description}_label"),
        style={"button_width": "110px", "description_width": "50px"},
    )


class CostQuiz(Explorer):
    """The slide's quiz: for each question, the error (small / large) and the curve.

    ``self.sliders`` holds the toggle buttons, named ``"q1_error"``, ``"q1_curve"``, ...;
    setting a toggle's ``value`` (``"small"``, ``"solid"``, ...) answers exactly as a click
    would; ``self.reveal[n].click()`` shows question n's worked answer. ``self.results[n]`` is
    its latest `Feedback` (``None`` while unanswered).
    """

    def __init__(self):
        figure, ax = new_figure(pyplot=False)
        self.curves = CostCurves(ax)
        # Only the quiz points change: blit them over the curves (a full redraw takes ~50 ms).
        self.animated = [*self.curves.marks.values(), *self.curves.labels.values()]
        self.feedback = {q.number: widgets.HTML() for q in QUIZ}
        self.results = dict.fromkeys(self.feedback)
        self.tries = dict.fromkeys(self.feedback, 0)
        self._answers = dict.fromkeys(self.feedback)
        self.reveal = {q.number: widgets.Button(description=text("quiz.show")) for q in QUIZ}
        for number, button in self.reveal.items():
            button.on_click(lambda _, number=number: self._show(number))
        toggles = {}
        for q in QUIZ:
            toggles[f"q{q.number}_error"] = _toggles(("small", "large"), "error")
            toggles[f"q{q.number}_curve"] = _toggles(("solid", "dotted"), "curve")
        super().__init__(figure, toggles)

    def update(self, **values) -> None:
        for q in QUIZ:
            answer = values[f"q{q.number}_error"], values[f"q{q.number}_curve"]
            if answer == self._answers[q.number]:
                continue  # another question's buttons moved
            self._answers[q.number] = answer
            if answer == (None, None):
                self.results[q.number] = None
                self._say(q.number, f"<i>{html.escape(text('quiz.choose'))}</i>")
                continue
            result = quiz_verdict(q.number, *answer, tries=self.tries[q.number])
            self.tries[q.number] += not result and result.key == "quiz.problems"
            self.results[q.number] = result
            mark, colour = ("✔", "#009E73") if result else ("✘", "#D55E00")
            self._say(q.number, f'<span style="color:{colour}"><b>{mark}</b></span> ', result)
            self.curves.show(q.number, bool(result))

    def _say(self, number: int, prefix: str, result=None) -> None:
        self.feedback[number].value = prefix + html.escape(str(result or ""))

    def _show(self, number: int) -> None:
        """The worked answer of question ``number``, its point on its curve."""
        self._say(number, "", worked_answer(number))
        self.curves.show(number)
        self.image.value = self.render()

    @property
    def widget(self) -> widgets.Widget:
        rows = []
        for q in QUIZ:
            buttons = [self.sliders[f"q{q.number}_{part}"] for part in ("error", "curve")]
            rows.append(
                widgets.VBox(
                    [
                        widgets.HTML(f"<b>{html.escape(question_text(q))}</b>"),
                        widgets.HBox([*buttons, self.reveal[q.number]]),
                        self.feedback[q.number],
                    ]
                )
            )
        return widgets.VBox([*rows, self.image])


def cost_quiz() -> CostQuiz:
    """The slide's quiz with instant feedback; display it by making it a cell's last expression."""
    return CostQuiz()


def question_text(q) -> str:
    """The question as the slide asks it, in the chosen language."""
    return text("quiz.question", number=q.number, y=q.y, y_hat=q.y_hat)


class CostSliceExplorer(Explorer):
    """A slider for s moving the point and tangent on both cost slices (see `CostSlices`)."""

    def __init__(self, s: float, x, y):
        s = check_s(s)
        x, y, _ = one_feature_data(x, y)
        size = (RC["figure.figsize"][0] * 1.6, 3.6)
        figure, axes = new_figure(ncols=2, figsize=size, pyplot=False)
        self.artists = CostSlices(axes, x, y, s)
        self.animated = [*self.artists.points, *self.artists.tangents, *self.artists.readouts]
        super().__init__(figure, {"s": slider("s", s, *S_RANGE, 0.05)})

    def update(self, s: float) -> None:
        self.artists.update(check_s(s))


def cost_slice_explorer(s: float = -2.0, x=None, y=None) -> CostSliceExplorer:
    """The slider figure for both costs along z = s (x − 5); the data default to the notebook's."""
    return CostSliceExplorer(s, x, y)
