#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Validates ninjs documents against the IPTC ninjs JSON Schema (2020-12), formats included.

Usage: validate_ninjs.py SCHEMA FILE-OR-FOLDER...   Exit 0 when all are valid, 1 when one is not,
77 (CTest's skip code) when jsonschema or the schema file is missing.
"""
import datetime
import json
import pathlib
import re
import sys
import urllib.parse

try:
    import jsonschema
except ImportError:
    print("python3-jsonschema is not installed", file=sys.stderr)
    sys.exit(77)

RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
checker = jsonschema.Draft202012Validator.FORMAT_CHECKER


# jsonschema checks "date-time" and "uri" only when optional packages are present; these keep the
# check strict without them.
@checker.checks("date-time", raises=ValueError)
def is_date_time(value):
    if not isinstance(value, str):
        return True
    if not RFC3339.match(value):
        raise ValueError("not an RFC 3339 date-time")
    datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
    return True


@checker.checks("uri", raises=ValueError)
def is_uri(value):
    if not isinstance(value, str):
        return True
    parts = urllib.parse.urlsplit(value)
    if not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*$", parts.scheme) or any(c.isspace() for c in value):
        raise ValueError("not an absolute URI")
    return True


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    schema_path = pathlib.Path(argv[1])
    if not schema_path.exists():
        print(f"{schema_path}: not found", file=sys.stderr)
        return 77
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema, format_checker=checker)
    files = []
    for arg in argv[2:]:
        p = pathlib.Path(arg)
        files += sorted(p.glob("*.json")) if p.is_dir() else [p]
    if not files:
        print("no ninjs files given", file=sys.stderr)
        return 1
    failed = 0
    for f in files:
        doc = json.loads(f.read_text(encoding="utf-8"))
        for doc_item in doc if isinstance(doc, list) else [doc]:
            for error in validator.iter_errors(doc_item):
                failed += 1
                where = "/".join(str(p) for p in error.absolute_path)
                print(f"{f}: {where}: {error.message}", file=sys.stderr)
    print(f"{len(files)} file(s), {failed} error(s)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
