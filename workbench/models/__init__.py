"""Data model, one module per step of the data flow.

projects (who may do what) → documents (files, sentences, pairing) → segments (aligned rows)
→ review (flags, revisions, comments) → quality (scores) → memory (termbase, translation memory).
"""

from workbench.models.documents import Document, ImportFile, ImportJob, Sentence
from workbench.models.memory import Term, TranslationUnit
from workbench.models.projects import Membership, Project, Role
from workbench.models.quality import DocumentScore, ScoreSnapshot
from workbench.models.review import Comment, Flag, Revision
from workbench.models.segments import Segment, SegmentState

__all__ = [
    "Comment",
    "Document",
    "DocumentScore",
    "Flag",
    "ImportFile",
    "ImportJob",
    "Membership",
    "Project",
    "Revision",
    "Role",
    "ScoreSnapshot",
    "Segment",
    "SegmentState",
    "Sentence",
    "Term",
    "TranslationUnit",
]
