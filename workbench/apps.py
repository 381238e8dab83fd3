from django.apps import AppConfig


class WorkbenchConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "workbench"
    verbose_name = "zh→ja review workbench"

    def ready(self) -> None:
        # Services queue tasks by name (services/scheduling.py): every process that may queue one
        # must know them, not only the worker, which discovers them itself.
        import workbench.tasks  # noqa: F401
