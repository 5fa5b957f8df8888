"""A reader in its own process, like a BI tool or the DuckDB shell: it opens the warehouse read-only, keeps it
open, and answers one SQL statement per line of input with one JSON line (rows, or the error)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import duckdb


def main(db: str) -> None:
    con = duckdb.connect(db, read_only=True)
    print("ready", flush=True)
    for line in sys.stdin:
        try:
            result = {"rows": con.execute(line).fetchall()}
        except duckdb.Error as exc:
            result = {"error": str(exc)}
        print(json.dumps(result, default=str), flush=True)


class Reader:
    """Drive a reader process from a test."""

    def __init__(self, db: Path):
        self.proc = subprocess.Popen(
            [sys.executable, __file__, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        assert self.proc.stdout is not None and self.proc.stdout.readline().strip() == "ready"

    def ask(self, sql: str) -> dict[str, object]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(sql.replace("\n", " ") + "\n")
        self.proc.stdin.flush()
        return json.loads(self.proc.stdout.readline())

    def close(self) -> None:
        if self.proc.stdin:
            self.proc.stdin.close()
        self.proc.wait(timeout=30)


if __name__ == "__main__":
    main(sys.argv[1])
