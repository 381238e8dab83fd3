from django.apps import AppConfig
from django.contrib.auth import get_user_model
from django.db.models.signals import pre_save


class WorkbenchConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "workbench"
    verbose_name = "zh→ja review workbench"

    def ready(self) -> None:
        # Services queue tasks by name (services/scheduling.py): every process that may queue one
        # must know them, not only the worker, which discovers them itself.
        import workbench.tasks  # noqa: F401, PLC0415  needs the app registry ready
        from workbench.services.tokens import revoke_token_on_password_change  # noqa: PLC0415  imports models: needs the app registry ready

        # A new password deletes the API token obtained with the old one.
        pre_save.connect(revoke_token_on_password_change, sender=get_user_model())
