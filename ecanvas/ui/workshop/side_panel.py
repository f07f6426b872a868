"""The workshop's side panel, beside the block in focus: its title and guidance questions in
large type, then what is happening in it: a silent brainstorm (cards face down per participant),
an open voting round (dots left per participant) or the results of the last closed one."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from ecanvas.model import Block, Workspace
from ecanvas.model import workshop as rules
from ecanvas.model.entities import VotingRound

MAX_RESULTS = 10
RESULT_TEXT = 60  # characters of a card's text in the results list


class SidePanel(QScrollArea):
    """Block title, guidance, and the state of the brainstorm or the voting in that block."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workshopSidePanel")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        body.setObjectName("workshopSideBody")
        self.title = self._label("workshopBlockTitle")
        self.guidance = self._label("workshopGuidance")
        self.status = self._label("workshopStatus")
        self.details = self._label("workshopDetails")
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.guidance.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(14)
        # What is happening in the block (brainstorm, voting, results) before its questions.
        for label in (self.title, self.status, self.details, self.guidance):
            layout.addWidget(label)
        layout.addStretch(1)
        self.setWidget(body)
        self._scale = 1.0
        self._colour = "#4F81BD"

    def _label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        return label

    # ------------------------------------------------------------------ content
    def show_block(self, workspace: Workspace, canvas_id: int, block: Block | None,
                   language: str) -> None:  # fmt: skip
        if block is None:
            self.title.setText(self.tr("This canvas has no blocks yet"))
            self.guidance.setText("")
            self.status.setText("")
            self.details.setText("")
            return
        self._colour = block.colour
        self.title.setText(block.title(language))
        self._style_title()
        questions = block.guidance(language)
        self.guidance.setText(
            "".join(f"<p style='margin-bottom:0.6em'>{escape(q)}</p>" for q in questions)
        )
        self.guidance.setVisible(bool(questions))
        open_round = rules.open_round(workspace)
        if open_round is not None and rules.covers(open_round, canvas_id, block.id):
            self._show_voting(workspace, open_round)
        elif block.silent:
            self._show_silent(workspace, canvas_id, block)
        else:
            latest = rules.latest_round_for(workspace, canvas_id, block.id)
            if latest is not None and not latest.is_open:
                self._show_results(workspace, latest)
            else:
                self.status.setText("")
                self.details.setText("")
        self.status.setVisible(bool(self.status.text()))
        self.details.setVisible(bool(self.details.text()))

    def _show_silent(self, workspace: Workspace, canvas_id: int, block: Block) -> None:
        self.status.setText(self.tr("Silent brainstorm: new cards lie face down until you "
                                    "reveal them (S)."))  # fmt: skip
        counts = rules.face_down_counts(workspace, canvas_id, block.id)
        rows = []
        for person in rules.participants_in_order(workspace):
            if counts.get(person.id):
                rows.append(self._row(person.colour, person.name, str(counts[person.id])))
        if counts.get(None):
            rows.append(self._row("#9AA3AE", self.tr("Nobody in particular"), str(counts[None])))
        total = sum(counts.values())
        summary = self.tr("Cards face down: {n}").format(n=total)
        self.details.setText(f"<p>{escape(summary)}</p>" + "".join(rows))

    def _show_voting(self, workspace: Workspace, voting_round: VotingRound) -> None:
        number = rules.round_number(workspace, voting_round.id)
        dots = voting_round.dots_per_participant
        status = (
            self.tr("Voting round {n}: one dot each. Click a card to place it; "
                    "Shift+click takes it back.")
            if dots == 1
            else self.tr("Voting round {n}: {dots} dots each. Click a card to place a dot; "
                         "Shift+click takes one back.")
        )  # fmt: skip
        self.status.setText(status.format(n=number, dots=dots))
        rows = []
        for person in rules.participants_in_order(workspace):
            left = rules.dots_left(workspace, voting_round, person.id)
            text = self.tr("{left} of {dots} left").format(
                left=left, dots=voting_round.dots_per_participant
            )
            rows.append(self._row(person.colour, person.name, text))
        if not rows:
            hint = self.tr("Add participants to vote (P).")
            rows.append(f"<p>{escape(hint)}</p>")
        self.details.setText("".join(rows))

    def _show_results(self, workspace: Workspace, voting_round: VotingRound) -> None:
        number = rules.round_number(workspace, voting_round.id)
        self.status.setText(self.tr("Results of voting round {n}").format(n=number))
        results = rules.results(workspace, voting_round)
        if not results:
            nothing = self.tr("No card got a vote.")
            self.details.setText(f"<p>{escape(nothing)}</p>")
            return
        rows = []
        for result in results[:MAX_RESULTS]:
            text = result.card.text.replace("\n", " ")
            text = text if len(text) <= RESULT_TEXT else text[: RESULT_TEXT - 1] + "…"
            top = result.rank <= voting_round.highlight
            weight = "bold" if top else "normal"
            rows.append(
                f"<p style='font-weight:{weight}'>{result.rank}.&nbsp;{escape(text)}"
                f"&nbsp;&nbsp;<span style='color:#C62F3B'>●&nbsp;{result.dots}</span></p>"
            )
        self.details.setText("".join(rows))

    def _row(self, colour: str, name: str, value: str) -> str:
        return (f"<p><span style='color:{colour}'>●</span>&nbsp;{escape(name)}"
                f"&nbsp;&nbsp;<b>{escape(value)}</b></p>")  # fmt: skip

    # ------------------------------------------------------------------ size
    def apply_scale(self, scale: float) -> None:
        self._scale = scale
        sizes = {self.guidance: (21, False), self.status: (18, True), self.details: (18, False)}
        for label, (px, bold) in sizes.items():
            font = QFont(self.font())
            font.setPixelSize(round(px * scale))
            font.setBold(bold)
            label.setFont(font)
        self._style_title()

    def _style_title(self) -> None:
        """The title in the block's colour bar (a style sheet, so its font is set there too)."""
        scale = self._scale
        self.title.setStyleSheet(
            # (Qt draws this border only when given as style, widths and colour; `border-left:
            # 8px solid` alone draws nothing.)
            f"QLabel#workshopBlockTitle {{ border-style: solid; border-color: {self._colour};"
            f" border-width: 0 0 0 {round(8 * scale)}px; padding-left: {round(12 * scale)}px;"
            f" font-size: {round(30 * scale)}px; font-weight: bold; }}"
        )

    def texts(self) -> str:
        """Everything the panel says (for tests and screenshots)."""
        return "\n".join(w.text() for w in (self.title, self.guidance, self.status, self.details))
