"""Shapes of the quality, memory and termbase answers, for the OpenAPI schema and its clients."""

from __future__ import annotations

from rest_framework import serializers

from workbench.models import Term, TranslationUnit
from workbench.services import exports


class TermSerializer(serializers.ModelSerializer):
    """A termbase entry; as a request body it is validated whole (text fields as text, without the
    NUL characters or lone surrogates PostgreSQL refuses, the model's lengths)."""

    forbidden = serializers.ListField(
        child=serializers.CharField(max_length=200),
        required=False,
        help_text="target variants that must not appear",
    )

    class Meta:
        model = Term
        fields = ["id", "source", "target", "forbidden", "note"]
        extra_kwargs = {"note": {"required": False}}


class IgnoreSerializer(serializers.Serializer):
    reason = serializers.CharField(max_length=2000, help_text="why the check is wrong on this text")


class SuggestionSerializer(serializers.Serializer):
    source_text = serializers.CharField()
    target_text = serializers.CharField()
    match = serializers.IntegerField(help_text="similarity of the sources, 75-100 (%)")
    origin = serializers.ChoiceField(choices=TranslationUnit.Origin.choices)
    document_name = serializers.CharField()


class SpanField(serializers.ListField):
    child = serializers.IntegerField()
    min_length = 2
    max_length = 2


class ConcordanceUnitSerializer(SuggestionSerializer):
    match = None
    source_spans = serializers.ListField(child=SpanField(), help_text="[start, end) of the query")
    target_spans = serializers.ListField(child=SpanField())
    reviewer = serializers.CharField()


class ConcordanceTermSerializer(serializers.Serializer):
    source = serializers.CharField()
    target = serializers.CharField()
    forbidden = serializers.ListField(child=serializers.CharField())
    note = serializers.CharField()


class ConcordanceSerializer(serializers.Serializer):
    terms = ConcordanceTermSerializer(many=True)
    units = ConcordanceUnitSerializer(many=True)


class ConcordanceQuerySerializer(serializers.Serializer):
    q = serializers.CharField(max_length=200, required=False, allow_blank=True)


class ExportQuerySerializer(serializers.Serializer):
    format = serializers.ChoiceField(choices=list(exports.WRITERS), required=False)
    since = serializers.DateTimeField(
        required=False, help_text="approved at or after (ISO date or date-time)"
    )
    until = serializers.DateTimeField(
        required=False, help_text="approved at or before (ISO date or date-time)"
    )
    document = serializers.IntegerField(required=False, help_text="only this document's rows")
    min_score = serializers.FloatField(required=False, help_text="only rows aligned at least this well")


class TermsExportQuerySerializer(serializers.Serializer):
    format = serializers.ChoiceField(choices=["csv", "tbx"], required=False)


class UnitsImportedSerializer(serializers.Serializer):
    units = serializers.IntegerField(help_text="translation units imported")


class TermsImportedSerializer(serializers.Serializer):
    terms = serializers.IntegerField(help_text="terms imported or updated")
