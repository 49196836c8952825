#!/usr/bin/env python3
"""Fails when a view model or a printed document shows a date or a time in a format of its own.

Every time a person reads is Asia/Shanghai, as 2026年12月7日 14:05 or 7 Dec 2026 14:05
(services/core/displaytime.h). The acceptance walk found UTC and +08:00 on one page, and
12/7/26 in English, because each page formatted its own times with the machine's zone.
Machine formats (ISO dates in JSON, file names, QR payloads, input fields) are not shown and
are allowed: the check looks for the shapes that only a person's display would use.
"""
import re
import sys
from pathlib import Path

root = Path(sys.argv[1])
# Shown text: the machine's local zone, a hand-made display format, or a locale's date format.
SHAPES = [
    (r"\.toLocalTime\s*\(", "the machine's zone (use DisplayTime, Asia/Shanghai)"),
    (r"toString\s*\([^;]*\"yyyy-MM-dd HH:mm", "a hand-made date and time (use DisplayTime::dateTime)"),
    (r"QLocale::(Short|Long|Narrow)Format", "the locale's own date format (use DisplayTime)"),
    (r"toOffsetFromUtc\s*\(\s*8", "a fixed offset (use DisplayTime::zone())"),
]
# Where people's text is made: the view models and the printed documents.
FOLDERS = ["app/viewmodels", "services/documents"]
problems = []
for folder in FOLDERS:
    for path in sorted((root / folder).rglob("*.cpp")):
        text = path.read_text(encoding="utf-8")
        for pattern, why in SHAPES:
            for match in re.finditer(pattern, text):
                line = text.count("\n", 0, match.start()) + 1
                problems.append(f"{path.relative_to(root)}:{line}: {why}")

if problems:
    print("Dates or times shown outside DisplayTime:")
    print("\n".join(problems))
    sys.exit(1)
print("every date and time shown goes through DisplayTime")
