from __future__ import annotations

from rest_framework import serializers

from alignment.diff import diff
from alignment.types import CATEGORIES, SEVERITIES, SEVERITY_WEIGHTS
from workbench.flag_labels import category_label, explanation, severity_label
from workbench.models import (
    Comment,
    Document,
    Flag,
    ImportJob,
    Project,
    Revision,
    Role,
    Segment,
    SegmentState,
)
from workbench.selectors.confidence import flag_confidence
from workbench.selectors.flags import alike_open_flags
from workbench.selectors.history import against_current
from workbench.selectors.projects import LINK_FILTERS
from workbench.services.segments import MAX_TARGET_CHARS


class ProjectSerializer(serializers.ModelSerializer):
    flag_threshold = serializers.FloatField(
        min_value=0,
        max_value=1,
        help_text="automatic flags whose confidence is below this are hidden from the review page's "
        "default view and left out of the MQM estimate and the QA report (PATCH: managers)",
    )

    class Meta:
        model = Project
        fields = ["id", "name", "slug", "description", "flag_threshold", "created_at"]
        read_only_fields = ["id", "name", "slug", "description", "created_at"]


class DocumentSerializer(serializers.ModelSerializer):
    class Meta:
        model = Document
        fields = [
            "id",
            "project",
            "name",
            "title",
            "lang",
            "encoding",
            "origin",
            "translator",
            "source",
            "pair_score",
            "coverage",
            "created_at",
        ]


class DocumentSourceSerializer(serializers.Serializer):
    source = serializers.IntegerField(
        allow_null=True, help_text="id of a Chinese document of the project; null: no source"
    )


class FlagSerializer(serializers.ModelSerializer):
    fix = serializers.SerializerMethodField(
        help_text="what the span should read (POST /api/flags/<id>/fix/ applies it); null if no mechanical fix"
    )
    category_label = serializers.SerializerMethodField(
        help_text="the category's name in the request's language"
    )
    severity_label = serializers.SerializerMethodField(
        help_text="the severity's name in the request's language"
    )
    explanation = serializers.SerializerMethodField(
        help_text="what the flag's check looks for, in Japanese when the request's language is; empty otherwise"
    )
    confidence = serializers.SerializerMethodField(
        help_text="how often its check's flags were right, cross-validated on the benchmarks (0-1); "
        "null for a reviewer's flag"
    )

    class Meta:
        model = Flag
        fields = [
            "id",
            "code",
            "category",
            "severity",
            "start",
            "end",
            "message",
            "category_label",
            "severity_label",
            "explanation",
            "confidence",
            "fix",
            "status",
            "origin",
            "on_source",
            "dismiss_reason",
        ]

    def get_fix(self, flag: Flag) -> str | None:
        return flag.fix if flag.has_fix else None

    def get_category_label(self, flag: Flag) -> str:
        return category_label(flag.category)

    def get_severity_label(self, flag: Flag) -> str:
        return severity_label(flag.severity)

    def get_explanation(self, flag: Flag) -> str:
        return explanation(flag.code)

    def get_confidence(self, flag: Flag) -> float | None:
        return flag_confidence(flag)


class SegmentSerializer(serializers.ModelSerializer):
    flags = FlagSerializer(many=True, read_only=True)
    penalty = serializers.SerializerMethodField(
        help_text="MQM penalty of the open flags (minor 1, major 5, critical 25)"
    )

    class Meta:
        model = Segment
        fields = [
            "id",
            "document",
            "index",
            "source_text",
            "target_text",
            "mt_text",
            "state",
            "version",
            "link_type",
            "confidence",
            "kind",
            "source_sentences",
            "target_sentences",
            "updated_at",
            "flags",
            "penalty",
        ]
        read_only_fields = fields

    def get_penalty(self, segment: Segment) -> int:
        return sum(
            SEVERITY_WEIGHTS.get(f.severity, 0) for f in segment.flags.all() if f.status == Flag.Status.OPEN
        )

    def to_representation(self, segment: Segment) -> dict:
        """The declared fields, built directly.

        Reviewers page through 2,000-segment documents 50 rows at a time; DRF's field-by-field walk
        was most of an API page's cost. The declaration above stays the contract (and the OpenAPI
        schema); a test checks this gives exactly what the generic path gives.
        """
        flags = list(segment.flags.all())
        return {
            "id": segment.pk,
            "document": segment.document_id,
            "index": segment.index,
            "source_text": segment.source_text,
            "target_text": segment.target_text,
            "mt_text": segment.mt_text,
            "state": segment.state,
            "version": segment.version,
            "link_type": segment.link_type,
            "confidence": segment.confidence,
            "kind": segment.kind,
            "source_sentences": segment.source_sentences,
            "target_sentences": segment.target_sentences,
            "updated_at": _DATETIME.to_representation(segment.updated_at),
            "flags": [
                {
                    "id": f.pk,
                    "code": f.code,
                    "category": f.category,
                    "severity": f.severity,
                    "start": f.start,
                    "end": f.end,
                    "message": f.message,
                    "category_label": category_label(f.category),
                    "severity_label": severity_label(f.severity),
                    "explanation": explanation(f.code),
                    "confidence": flag_confidence(f),
                    "fix": f.fix if f.has_fix else None,
                    "status": f.status,
                    "origin": f.origin,
                    "on_source": f.on_source,
                    "dismiss_reason": f.dismiss_reason,
                }
                for f in flags
            ],
            "penalty": sum(
                SEVERITY_WEIGHTS.get(f.severity, 0) for f in flags if f.status == Flag.Status.OPEN
            ),
        }

    def generic_representation(self, segment: Segment) -> dict:
        """DRF's own field-by-field output, the reference for to_representation (tests)."""
        return super().to_representation(segment)


_DATETIME = serializers.DateTimeField()


class SegmentEditSerializer(serializers.Serializer):
    target_text = serializers.CharField(allow_blank=True, max_length=MAX_TARGET_CHARS, trim_whitespace=False)
    version = serializers.IntegerField(min_value=1)


class VersionSerializer(serializers.Serializer):
    version = serializers.IntegerField(min_value=1)


class RevertSerializer(VersionSerializer):
    revision = serializers.IntegerField()


class SplitSerializer(VersionSerializer):
    source_at = serializers.IntegerField(
        min_value=0, required=False, help_text="split before this Chinese sentence"
    )
    target_at = serializers.IntegerField(
        min_value=0, required=False, help_text="split before this Japanese sentence"
    )
    side = serializers.ChoiceField(
        choices=["source", "target"], required=False, help_text="split at a caret in this side's text"
    )
    offset = serializers.IntegerField(
        min_value=0, required=False, help_text="the caret's character offset in that side's text"
    )

    def validate(self, data: dict) -> dict:
        by_caret, by_sentence = {"side", "offset"} & data.keys(), {"source_at", "target_at"} & data.keys()
        if sorted(map(len, (by_caret, by_sentence))) == [0, 2]:
            return data
        raise serializers.ValidationError("give either source_at and target_at, or side and offset")


class LinkSerializer(VersionSerializer):
    source_sentence = serializers.IntegerField(min_value=0, help_text="a Chinese sentence of this row")
    target_sentence = serializers.IntegerField(
        min_value=0, help_text="a Japanese sentence of a row up to LINK_WINDOW rows away"
    )


class DismissSerializer(serializers.Serializer):
    reason = serializers.CharField(max_length=2000)


class DismissedFlagSerializer(FlagSerializer):
    alike = serializers.SerializerMethodField(
        help_text="open flags of the same check on the same text left in the document "
        "(POST /api/flags/<id>/dismiss-alike/ dismisses them with this one)"
    )

    class Meta(FlagSerializer.Meta):
        fields = [*FlagSerializer.Meta.fields, "alike"]

    def get_alike(self, flag) -> int:
        return len(alike_open_flags(flag))


class DismissedAlikeSerializer(serializers.Serializer):
    dismissed = serializers.IntegerField(help_text="flags dismissed, this one included")


class IssueSerializer(serializers.Serializer):
    category = serializers.ChoiceField(choices=list(CATEGORIES))
    severity = serializers.ChoiceField(choices=list(SEVERITIES))
    message = serializers.CharField(max_length=2000, required=False, allow_blank=True, default="")
    start = serializers.IntegerField(required=False, allow_null=True, default=None)
    end = serializers.IntegerField(required=False, allow_null=True, default=None)
    on_source = serializers.BooleanField(
        required=False, default=False, help_text="the span is on the Chinese (an omission)"
    )
    suggestion = serializers.CharField(
        max_length=200,
        required=False,
        allow_null=True,
        allow_blank=True,
        default=None,
        trim_whitespace=False,
        help_text="the suggested correction of the span",
    )


class ApproveSerializer(serializers.Serializer):
    version = serializers.IntegerField(min_value=1)
    acknowledged = serializers.BooleanField(
        required=False,
        default=False,
        help_text="approve although the row has open major or critical flags (projects that warn)",
    )


class RevisionSerializer(serializers.ModelSerializer):
    """``diff``: what the change did to the text, as ``[op, text]`` runs (``alignment.diff``); null
    where the text stayed as it was (approvals, flags, comments). ``to_current``: the text this
    change left turned into the row's current text, the same runs (only ``equal`` runs when they
    read the same); null where the entry recorded no text of the row, or outside a row's history
    (the context's ``segment``). ``before_to_current``: the same for the text the change found,
    given where the change altered the text (``diff`` not null): on the oldest such entry, the
    text as imported against the current one."""

    user = serializers.CharField(source="user.username", default=None)
    diff = serializers.SerializerMethodField()
    to_current = serializers.SerializerMethodField()
    before_to_current = serializers.SerializerMethodField()

    class Meta:
        model = Revision
        fields = [
            "id",
            "action",
            "user",
            "before",
            "after",
            "diff",
            "to_current",
            "before_to_current",
            "created_at",
        ]

    def get_to_current(self, revision: Revision) -> list[tuple[str, str]] | None:
        segment = self.context.get("segment")
        return None if segment is None else against_current(revision, segment.target_text)

    def get_before_to_current(self, revision: Revision) -> list[tuple[str, str]] | None:
        segment = self.context.get("segment")
        if segment is None or self.get_diff(revision) is None:
            return None
        return against_current(revision, segment.target_text, side="before")

    def get_diff(self, revision: Revision) -> list[tuple[str, str]] | None:
        old, new = revision.before.get("target_text"), revision.after.get("target_text")
        if not isinstance(old, str) or not isinstance(new, str) or old == new:
            return None
        return diff(old, new)


class CommentSerializer(serializers.ModelSerializer):
    author = serializers.CharField(source="author.username", default=None, read_only=True)

    class Meta:
        model = Comment
        fields = ["id", "author", "body", "resolved", "created_at"]
        read_only_fields = ["id", "author", "resolved", "created_at"]


class ImportJobSerializer(serializers.ModelSerializer):
    class Meta:
        model = ImportJob
        fields = ["id", "project", "status", "progress", "message", "result", "created_at", "finished_at"]


class MemberSerializer(serializers.Serializer):
    username = serializers.CharField(max_length=150)
    role = serializers.ChoiceField(choices=[Role.MANAGER, Role.REVIEWER, Role.TRANSLATOR])


class FixCountsSerializer(serializers.Serializer):
    fixable = serializers.DictField(
        child=serializers.IntegerField(), help_text="the fixes a batch would apply, by check code"
    )
    total = serializers.IntegerField()


class ApplyFixesSerializer(serializers.Serializer):
    codes = serializers.ListField(
        child=serializers.CharField(max_length=60),
        required=False,
        help_text="these checks' fixes (default: punctuation, typography and grammar, which change only form)",
    )


class FindSerializer(serializers.Serializer):
    find = serializers.CharField(max_length=500, trim_whitespace=False)


class ReplaceSerializer(FindSerializer):
    replace = serializers.CharField(max_length=500, allow_blank=True, trim_whitespace=False)


class ReplaceableSerializer(serializers.Serializer):
    rows = serializers.IntegerField(help_text="unapproved rows whose translation holds the text")
    occurrences = serializers.IntegerField()


class ReplacedSerializer(serializers.Serializer):
    changed = serializers.IntegerField(help_text="rows changed, each with a 'replace' revision")


class RowFiltersSerializer(serializers.Serializer):
    """The review page's filters (as ``GET /api/documents/<id>/segments/`` takes them)."""

    state = serializers.ChoiceField(choices=SegmentState.choices, required=False, allow_blank=True)
    category = serializers.CharField(max_length=40, required=False, allow_blank=True)
    severity = serializers.CharField(max_length=20, required=False, allow_blank=True)
    max_confidence = serializers.FloatField(required=False, allow_null=True, min_value=0, max_value=1)
    q = serializers.CharField(max_length=500, required=False, allow_blank=True, trim_whitespace=True)
    link = serializers.ChoiceField(choices=list(LINK_FILTERS), required=False, allow_blank=True)
    min_flag_confidence = serializers.FloatField(
        required=False,
        allow_null=True,
        min_value=0,
        max_value=1,
        help_text="leave out the automatic flags whose confidence is below this (default: every flag; "
        "the review page hides those below the project's flag_threshold)",
    )


class ApprovableSerializer(serializers.Serializer):
    approvable = serializers.IntegerField(
        help_text="rows within the filters with a translation, no open flag at or above the project's "
        "flag_threshold, neither approved nor rejected"
    )


class ApprovedRowsSerializer(serializers.Serializer):
    approved = serializers.IntegerField(help_text="rows approved, each with an 'approve' revision")


class AppliedFixesSerializer(serializers.Serializer):
    changed = serializers.IntegerField(help_text="rows changed, each with a 'fix' revision")
