import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_importing_the_library_loads_no_django_or_workbench():
    code = (
        "import pkgutil, importlib, sys, alignment\n"
        "for m in pkgutil.walk_packages(alignment.__path__, 'alignment.'):\n"
        "    if not m.name.endswith('__main__'): importlib.import_module(m.name)\n"
        "bad = sorted(n for n in sys.modules if n.split('.')[0] in {'django', 'celery', 'workbench', 'rest_framework'})\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
