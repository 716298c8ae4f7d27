"""What the three conversion scripts share: quoting texts for YAML and writing (or checking) the catalog.

Each script builds the catalog's text and hands it to write_or_check(); run a script with --check
to verify that the checked-in catalog is exactly what the script produces from its sources.
"""
import json
import sys
from pathlib import Path

MODULE = Path(__file__).resolve().parent.parent


def text(value):
    """A free text (title, description) as a YAML double-quoted scalar (JSON strings are valid YAML 1.2)."""
    return json.dumps(value, ensure_ascii=False)


def message(value):
    """A message template: braces are literal in every source here, so they are doubled ({{ and }})."""
    return text(value.replace("{", "{{").replace("}", "}}"))


def write_or_check(path, content, argv=None):
    """Writes the file at path (relative to the module), or with --check exits 1 when it differs from content."""
    args = sys.argv[1:] if argv is None else argv
    target = MODULE / path
    if "--check" in args:
        current = target.read_text(encoding="utf-8") if target.exists() else None
        if current != content:
            print(f"{target} is not what {Path(sys.argv[0]).name} produces; run it without --check", file=sys.stderr)
            sys.exit(1)
        print(f"{target.name}: up to date")
        return
    target.write_text(content, encoding="utf-8", newline="\n")
    print(f"wrote {target}")
