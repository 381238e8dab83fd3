"""Projects and who belongs to them."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    """Roles are cumulative: a reviewer can do what a translator can, a manager what a reviewer can."""

    TRANSLATOR = "translator", _("Translator")
    REVIEWER = "reviewer", _("Reviewer")
    MANAGER = "manager", _("Manager")


ROLE_RANK: dict[str, int] = {Role.TRANSLATOR: 1, Role.REVIEWER: 2, Role.MANAGER: 3}


class ApprovalCheck(models.TextChoices):
    """What approving a row that still has an open major or critical flag does."""

    WARN = "warn", _("Warn and ask to confirm, fix or dismiss the flag")
    BLOCK = "block", _("Refuse until the flag is confirmed, fixed or dismissed")


def default_flag_threshold() -> float:
    """The shipped threshold: flags below it were right less than nine times in ten on the
    cross-validation folds (``alignment.checks.confidence.default_threshold``)."""
    from alignment.checks.confidence import default_threshold  # noqa: PLC0415  start-up: loads every check and the tagger

    return default_threshold()


class Project(models.Model):
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=100, unique=True)
    description = models.TextField(blank=True)
    # Which defect checks run: {"enabled": [codes] | null (= all), "ignored": [codes],
    # "severity_overrides": {code: severity}, "false_friends": {zh: [ja, ...]}}.
    check_config = models.JSONField(default=dict, blank=True)
    approval_check = models.CharField(
        max_length=10, choices=ApprovalCheck.choices, default=ApprovalCheck.WARN
    )
    # Automatic flags whose calibrated confidence is below this are hidden from the review page's
    # default view and left out of the MQM estimate and the QA report (still stored, still in the API).
    flag_threshold = models.FloatField(
        default=default_flag_threshold, validators=[MinValueValidator(0.0), MaxValueValidator(1.0)]
    )
    created_at = models.DateTimeField(auto_now_add=True)
    members = models.ManyToManyField(settings.AUTH_USER_MODEL, through="Membership", related_name="projects")

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Membership(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=20, choices=Role.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "project"], name="one_role_per_project")]

    def __str__(self) -> str:
        return f"{self.user} @ {self.project}: {self.role}"
