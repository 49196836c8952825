#!/usr/bin/env python3
"""Fails when code outside services/storage/ opens a database file as a plain file.

SQLite's POSIX locks belong to the process: closing any descriptor of the database file (a QFile
that reads its header, a copy, a checksum) drops every lock the process's connections hold, and
another process may then checkpoint and delete the WAL under them (STYLE.md, SQLite specifics).
Only services/storage/ may touch the database file, and only through SQLite. QFileInfo (a stat,
no descriptor) is allowed.
"""
import re
import sys
from pathlib import Path

root = Path(sys.argv[1])
# Something that names a database file: the data folder's database, a Database's own path, or
# a literal *.sqlite name.
DATABASE = r"(databasePath\s*\(|(?:database|db|m_database)\s*(?:\.|->)\s*filePath\s*\(|\.sqlite[\"'-])"
# Ways of getting a descriptor of a file.
OPENERS = r"(\bQFile\b(?!Info)|\bQSaveFile\b|\bQFile::copy\b|\bQFile::rename\b|\bfopen\b|\bifstream\b|\bofstream\b|\bfstream\b|(?<![\w.>:])open\s*\(|\bQLockFile\b|\bQTemporaryFile\b)"
# A statement is checked as a whole (an opener on one line, the path on the next).
problems = []
for folder in ("app", "services"):
    for path in sorted((root / folder).rglob("*")):
        if path.suffix not in (".cpp", ".h") or "storage" in path.relative_to(root).parts[1:2]:
            continue
        text = path.read_text(encoding="utf-8")
        for statement in re.finditer(r"[^;{}]*;", text):
            chunk = statement.group(0)
            if re.search(OPENERS, chunk) and re.search(DATABASE, chunk):
                line = text.count("\n", 0, statement.start() + len(chunk) - len(chunk.lstrip())) + 1
                problems.append(f"{path.relative_to(root)}:{line}: {' '.join(chunk.split())[:160]}")

if problems:
    print("The database file is opened as a plain file outside services/storage/:")
    print("\n".join(problems))
    print("Ask the Database (services/storage/database.h) instead.")
    sys.exit(1)
print("no database file opened outside services/storage/")
