"""Texts the review page's JavaScript shows, translated on the server.

The page hands them to the script as JSON (json_script) so the JS stays plain, needs no catalogue
request, and every UI string still lives in the one .po file the translators maintain.
"""

from __future__ import annotations

from django.utils.translation import gettext as _


def _history_actions() -> dict[str, str]:
    """The history's names for what a revision did (``Revision.action``)."""
    return {
        "action_edit": _("edited"),
        "action_fix": _("fixed"),
        "action_replace": _("replaced"),
        "action_revert": _("reverted"),
        "action_import": _("imported from a file"),
        "action_approve": _("approved"),
        "action_reject": _("rejected"),
        "action_merge": _("merged"),
        "action_split": _("split"),
        "action_unlink": _("unlinked"),
        "action_comment": _("commented"),
        "action_issue": _("logged an error"),
        "action_dismiss-flag": _("dismissed a flag"),
        "action_reopen-flag": _("reopened a flag"),
        "action_confirm-flag": _("confirmed a flag"),
        "action_link": _("linked two sentences"),
        "action_undo-link": _("undid a link"),
        "action_undo-split": _("undid a split"),
        "action_undo-merge": _("undid a merge"),
        "undo_link": _("undo"),
    }


def review_js_strings() -> dict[str, str]:
    return {
        **_history_actions(),
        "bilingual_result": _("%(updated)s rows updated, %(unchanged)s unchanged, %(conflicts)s conflicts."),
        "bilingual_reload": _("Reload to see the updated rows"),
        "bilingual_row": _("row"),
        "terms_label": _("Termbase entries for this row"),
        "term_used": _("The translation uses the termbase's Japanese"),
        "term_missing": _(
            "The translation does not use the termbase's Japanese, or writes a form it forbids"
        ),
        "revert_title": _("Restore the text as it was before this change (recorded as a new change)"),
        "saved": _("Saved."),
        "approved": _("Approved."),
        "rejected": _("Rejected."),
        "reverted": _("Reverted."),
        "dismissed": _("Flag dismissed."),
        "reopened": _("Flag reopened."),
        "confirmed_done": _("Flag confirmed: it counts as a reviewer error."),
        "error_logged": _("Error logged."),
        "no_more_rows": _("No such row further on this page."),
        "link_source": _("1. The Chinese sentence"),
        "link_target": _("2. The Japanese sentence that renders it"),
        "row": _("row"),
        "fixed": _("Fixed and saved."),
        "fix_all_confirm": _(
            "Apply the punctuation and typography fixes of this document's unapproved rows? Each changed row "
            "is saved with a history entry and can be reverted."
        ),
        "fixed_rows": _("%(n)s rows fixed; reloading…"),
        "approve_all_confirm": _(
            "Approve the %(n)s rows shown without open flags? Each is recorded in its history and can be "
            "sent back to review by an edit."
        ),
        "approved_rows": _("%(n)s rows approved; reloading…"),
        "dismiss_alike_confirm": _(
            "The same check flags the same text in %(n)s more places of this document. Dismiss them too, "
            "with the same reason?"
        ),
        "dismissed_alike": _("%(n)s flags dismissed; reloading…"),
        "replace_count": _("%(n)s occurrences in %(rows)s unapproved rows"),
        "replace_confirm": _(
            "Replace “%(find)s” by “%(replace)s” in every unapproved row of this document? Each changed row "
            "goes back to review with a history entry and can be reverted."
        ),
        "replaced_rows": _("%(n)s rows changed"),
        "concordance_none": _("Nothing approved or in the termbase holds this text yet."),
        "concordance_term": _("termbase"),
        "concordance_forbidden": _("not:"),
        "fix_editing": _("Save or cancel your edit of this row first."),
        "fix_gone": _("The flag changed meanwhile; the row now shows the current text."),
        "conflict": _("Conflict: someone else saved this segment first. Nothing was overwritten."),
        "row_gone": _(
            "This row no longer exists: someone merged it or aligned the document anew. Your text "
            "stays in the editor: copy it, then reload the page."
        ),
        "error": _("Error"),
        "save": _("Save (Ctrl+Enter)"),
        "cancel": _("Cancel (Esc)"),
        "editor_label": _("Japanese text"),
        "revert": _("revert"),
        "system": _("system"),
        "no_history": _("No changes yet."),
        "comment_label": _("Your comment"),
        "comment": _("Add comment"),
        "no_comments": _("No comments yet."),
        "no_suggestions": _("No earlier approved translation is similar enough."),
        "suggestion_hint": _("Click a suggestion to put it in the editor."),
        "split_source": _("Split the source before sentence"),
        "split_target": _("Split the target before sentence"),
        "split": _("Split"),
        "split_at_caret": _("Split at the caret"),
        "split_at_caret_hint": _(
            "Click in this row's Chinese or Japanese text where it should be split, then split."
        ),
        "undo_alignment": _("undo"),
        "undo_gone": _("The rows of this change were changed since: undo those changes first."),
        "compare_current": _("compare with current"),
        "compare_title": _("Show what changed from this version to the row's text now"),
        "compare_label": _("This version → current:"),
        "same_as_current": _("Same as the current text."),
        "as_imported": _("The text before these changes"),
        "reloading": _("Alignment changed; reloading…"),
        "close": _("Close"),
    }


def qa_js_strings() -> dict[str, str]:
    """The QA report's script: what it says after a fix, an edit or a dismissal."""
    return {
        "fixed": _("Fixed and saved."),
        "saved": _("Saved."),
        "dismissed": _("Flag dismissed."),
        "ignored": _("Dismissed everywhere in the project."),
        "rechecked": _("This row was changed and checked again: reload to see its flags now."),
        "reason_needed": _("Say why the flag is wrong."),
        "conflict": _("Someone else changed this row meanwhile; reload to see their text."),
        "error": _("Error"),
        "save": _("Save"),
        "cancel": _("Cancel"),
        "editor_label": _("Japanese text"),
    }


def import_js_strings() -> dict[str, str]:
    return {
        "uploading": _("Uploading…"),
        "pending": _("Waiting for a worker…"),
        "running": _("Pairing, aligning and checking…"),
        "succeeded": _("Import finished; reloading the document list…"),
        "failed": _("Import failed:"),
        "error": _("Error"),
    }
