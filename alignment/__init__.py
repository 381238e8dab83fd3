"""zh→ja alignment and translation-QA library.

Pure Python (plus OpenCC, sacrebleu, pypinyin, fugashi with UniDic and CC-CEDICT): it must never
import Django, Celery or the workbench, so that the command line, the benchmarks and the web application share one engine.
Plain dataclasses go in and out (see :mod:`alignment.types`).
"""

__version__ = "0.1.0"
