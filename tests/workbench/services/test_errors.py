"""Errors mapped once: services raise ``ApplicationError``s, one DRF handler turns them into answers."""

from __future__ import annotations

import pytest
from django.core.exceptions import ObjectDoesNotExist

from workbench.api.errors import exception_handler
from workbench.permissions import PermissionDenied
from workbench.services.errors import Conflict, InvalidInput, NotAllowed, NotFound, Unavailable
from workbench.services.projects import create_project


@pytest.mark.parametrize(
    ("error", "status"),
    [
        (InvalidInput("a comment of my own is empty"), 400),
        (NotAllowed("only a manager may"), 403),
        (NotFound("row 7 no longer exists"), 404),
        (Unavailable("the task queue is down"), 503),
    ],
)
def test_each_application_error_answers_its_status_with_its_message(error, status):
    response = exception_handler(error, {})
    assert response.status_code == status
    assert response.data == {"detail": error.message}


def test_a_non_member_is_told_not_found_and_a_member_lacking_the_role_forbidden():
    assert exception_handler(PermissionDenied("review", member=False), {}).status_code == 404
    forbidden = exception_handler(PermissionDenied("review", member=True), {})
    assert forbidden.status_code == 403 and forbidden.data["detail"].endswith("to review")


def test_a_conflict_on_something_else_than_a_segment_still_answers_409():
    response = exception_handler(Conflict(current=None), {})
    assert response.status_code == 409 and "current" not in response.data


def test_an_object_gone_between_lookup_and_write_is_404():
    assert exception_handler(ObjectDoesNotExist("gone meanwhile"), {}).status_code == 404


def test_creating_a_project_without_the_right_is_refused_with_a_message(users):
    # PermissionDenied was raised with one argument where it takes two: a TypeError, a 500.
    with pytest.raises(NotAllowed, match="add project"):
        create_project(user=users["translator"], name="Mine")
