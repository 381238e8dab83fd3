"""Plain data passed between the steps of the pipeline.

files → :class:`Document` (with :class:`Sentence` units) → :class:`Link` / :class:`Alignment`
→ :class:`Flag`. Nothing here knows about storage; the workbench copies these into its models.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: MQM-based defect categories; the ``category`` field of a flag is always one of these words.
CATEGORIES: tuple[str, ...] = (
    "omission",
    "addition",
    "mistranslation",
    "number",
    "named_entity",
    "terminology",
    "untranslated",
    "truncation",
    "grammar",
    "punctuation",
    "typography",
    "boilerplate_leak",
)

#: MQM severity weights (minor 1, major 5, critical 25).
SEVERITY_WEIGHTS: dict[str, int] = {"minor": 1, "major": 5, "critical": 25}
SEVERITIES: tuple[str, ...] = tuple(SEVERITY_WEIGHTS)

#: Kinds of sentence-level unit. Boilerplate is kept (offsets stay lossless) but never aligned.
CONTENT, HEADING, BOILERPLATE = "content", "heading", "boilerplate"


@dataclass(frozen=True, slots=True)
class Sentence:
    """One unit of a document; ``text == document.text[start:end]``."""

    index: int
    text: str
    start: int
    end: int
    kind: str = CONTENT

    @property
    def is_boilerplate(self) -> bool:
        return self.kind == BOILERPLATE


@dataclass(slots=True)
class Document:
    """A decoded file: its language (``zh`` or ``ja``), the encoding it came in, and its units."""

    name: str
    text: str
    lang: str
    encoding: str
    sentences: list[Sentence] = field(default_factory=list)

    def content_sentences(self) -> list[Sentence]:
        return [s for s in self.sentences if s.kind != BOILERPLATE]


@dataclass(frozen=True, slots=True)
class Link:
    """A bead of the alignment: source indices and target indices (either may be empty).

    ``score`` is a confidence in [0, 1] that the review page shows; low means "check me".
    """

    src: tuple[int, ...]
    tgt: tuple[int, ...]
    score: float = 1.0

    @property
    def kind(self) -> str:
        return f"{len(self.src)}-{len(self.tgt)}"

    def as_json(self) -> list[list[int]]:
        return [list(self.src), list(self.tgt)]


@dataclass(slots=True)
class Alignment:
    """Links in document order; every sentence of both sides is in exactly one link."""

    links: list[Link]

    def as_json(self) -> list[list[list[int]]]:
        return [link.as_json() for link in self.links]


@dataclass(frozen=True, slots=True)
class Pair:
    """A Japanese file that renders (part of) a Chinese file."""

    source: str
    target: str
    score: float
    coverage: float | None  # None when the caller measures it from its own alignment


@dataclass(frozen=True, slots=True)
class Flag:
    """A suspected defect in one segment; ``start``/``end`` index the target text (None = absence).
    ``fix``: the text the span should read, where the correction is mechanical (、 for ，, ー for a
    kanji 一 in katakana); a reviewer applies it with one click, never the checks themselves."""

    code: str
    category: str
    severity: str
    start: int | None
    end: int | None
    message: str
    fix: str | None = None

    def as_json(self, fixes: bool = False) -> dict:
        out = {
            "code": self.code,
            "category": self.category,
            "severity": self.severity,
            "start": self.start,
            "end": self.end,
            "message": self.message,
        }
        if fixes and self.fix is not None:
            out["fix"] = self.fix
        return out
