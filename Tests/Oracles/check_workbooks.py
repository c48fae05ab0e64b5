#!/usr/bin/env python3
"""Independent readers of the workbooks sangkien writes: openpyxl checks values, types, the
frozen bold header and date cells; LibreOffice headless converts each to CSV, and the values
must be those of sangkien's own CSV export. Usage: check_workbooks.py PATH-TO-SANGKIEN
Prints one line per check and exits non-zero if any fails."""
import csv
import datetime
import io
import os
import shutil
import subprocess
import sys
import tempfile

import openpyxl

binary = os.path.abspath(sys.argv[1])
work = tempfile.mkdtemp(prefix="sangkien-oracle-")
env = dict(os.environ, SANGKIEN_LANG="en")
failures = 0


def run(*arguments):
    return subprocess.run([binary, *arguments], cwd=work, env=env, check=True,
                          capture_output=True, text=True).stdout


def check(name, condition, detail=""):
    global failures
    print(("ok   " if condition else "FAIL ") + name + ("" if condition else f": {detail}"))
    if not condition:
        failures += 1


run("demo", "--out", "d")
db = ["--db", os.path.join(work, "d", "sangkien.sqlite"), "--as", "Ban tổ chức (minh hoạ)"]
run("entry", "export", "--format", "xlsx", "--out", "entries.xlsx", *db)
exported = list(csv.reader(io.StringIO(run("entry", "export", "--format", "csv", *db).lstrip("\ufeff"))))
run("rank", "--round", "chung-khao", "--format", "xlsx", "--out", "rank.xlsx", *db)
ranked = list(csv.reader(io.StringIO(
    run("rank", "--round", "chung-khao", "--format", "csv", *db).lstrip("\ufeff"))))

# openpyxl: the register.
wb = openpyxl.load_workbook(os.path.join(work, "entries.xlsx"))
ws = wb.worksheets[0]
check("entries: the header is frozen", ws.freeze_panes == "A2", ws.freeze_panes)
check("entries: the header is bold", all(c.font.b for c in ws[1] if c.value is not None))
header = [c.value for c in ws[1]]
check("entries: the header is the export's", header == exported[0], header)
received = header.index("received_on")
dates = [row[received] for row in ws.iter_rows(min_row=2)]
check("entries: received_on holds date cells",
      all(isinstance(c.value, datetime.datetime) for c in dates), [c.value for c in dates[:3]])
check("entries: shown dd/mm/yyyy", all(c.number_format == "dd/mm/yyyy" for c in dates))
values = [[("" if c.value is None else
            c.value.strftime("%Y-%m-%d") if isinstance(c.value, datetime.datetime) else str(c.value))
           for c in row] for row in ws.iter_rows(min_row=2, max_col=len(header))]
check("entries: every value is the CSV export's", values == exported[1:],
      next(((a, b) for a, b in zip(values, exported[1:]) if a != b), None))
width = ws.column_dimensions["B"].width
check("entries: the title column is wide enough to read", width and width >= 30, width)

# openpyxl: the ranking's numbers are numbers.
wb = openpyxl.load_workbook(os.path.join(work, "rank.xlsx"))
ws = wb.worksheets[0]
header = [c.value for c in ws[1]]
score = header.index("score")
cells = [row[score] for row in ws.iter_rows(min_row=2)]
check("ranking: scores are numbers", all(isinstance(c.value, (int, float)) for c in cells),
      [c.value for c in cells[:3]])
check("ranking: values are the CSV's",
      [f"{c.value:.2f}" for c in cells] == [row[score] for row in ranked[1:]])

# LibreOffice: opens each without error and reads the same values.
if shutil.which("soffice"):
    for name in ["entries.xlsx", "rank.xlsx"]:
        out = os.path.join(work, "lo-" + name)
        result = subprocess.run(
            ["soffice", "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true",
             "--outdir", out, os.path.join(work, name)], capture_output=True, text=True, timeout=180)
        produced = [f for f in os.listdir(out)] if os.path.isdir(out) else []
        check(f"LibreOffice converts {name}", result.returncode == 0 and produced, result.stderr)
        if produced:
            with open(os.path.join(out, produced[0]), encoding="utf-8") as f:
                rows = list(csv.reader(f))
            expected = exported if name == "entries.xlsx" else ranked
            check(f"LibreOffice reads {name}'s header", rows[0] == expected[0], rows[0])
            check(f"LibreOffice reads {name}'s rows", len(rows) == len(expected),
                  (len(rows), len(expected)))
            if name == "entries.xlsx":
                titles = [r[1] for r in rows[1:]]
                check("LibreOffice reads the Vietnamese titles", titles == [r[1] for r in exported[1:]])
                received = expected[0].index("received_on")
                check("LibreOffice shows the dates dd/mm/yyyy",
                      all(r[received] == datetime.date.fromisoformat(e[received]).strftime("%d/%m/%Y")
                          for r, e in zip(rows[1:], exported[1:])), rows[1][received])
else:
    check("LibreOffice (soffice) is installed", False, "apt-get install libreoffice-calc-nogui")

shutil.rmtree(work)
print(f"workbook oracles: {failures} failed")
sys.exit(1 if failures else 0)
