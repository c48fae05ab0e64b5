#!/usr/bin/env python3
"""Independent readers of the workbooks sangkien writes: openpyxl checks values, types, the
frozen bold header and date cells; LibreOffice headless converts each to CSV, and the values
must be those of sangkien's own CSV export. A judge's score workbook is checked for its data
validation, protection and hidden stamp sheet, filled in by openpyxl with good and bad values
and imported, and re-saved by LibreOffice and imported. Usage: check_workbooks.py
PATH-TO-SANGKIEN. Prints one line per check and exits non-zero if any fails."""
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


# A judge's score workbook, on a contest whose preliminary round is open and assigned.
root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
live = ["--db", os.path.join(work, "live.sqlite"), "--as", "Thư ký (minh hoạ)"]
run("init", "--contest", os.path.join(root, "Seeds", "hanoi-2019", "contest.yaml"),
    "--db", os.path.join(work, "live.sqlite"), "--as", "root")
run("staff", "add", "Thư ký (minh hoạ)", "--role", "secretariat", "--db", os.path.join(work, "live.sqlite"),
    "--as", "root")
run("entry", "import", os.path.join(root, "Seeds", "demo", "entries.csv"), *live)
run("judge", "import", os.path.join(root, "Seeds", "demo", "judges.csv"), *live)
run("entry", "validate", "--all-received", *live)
run("assign", "run", *live)
run("score", "sheet", "--judge", "gk01", "--format", "xlsx", "--out", "gk01.xlsx", *live)
blank = list(csv.reader(io.StringIO(
    run("score", "sheet", "--judge", "gk01", "--format", "csv", *live).lstrip("\ufeff"))))
codes = [r[2] for r in blank[1:]]
leaves = ["novelty", "feasibility", "time", "cost", "steps", "replicability", "presentation"]
maxima = [25, 20, 10, 10, 10, 15, 10]

wb = openpyxl.load_workbook(os.path.join(work, "gk01.xlsx"))
form, stamp = wb.worksheets[0], wb["sangkien"]
check("score workbook: the stamp sheet is hidden", stamp.sheet_state == "hidden", stamp.sheet_state)
values = {r[0]: r[1] for r in stamp.iter_rows(values_only=True)}
check("score workbook: the stamp names contest, round, judge and rubric",
      values.get("format") == "sangkien-score-workbook/1" and values.get("contest") == "hanoi-cchc-2019"
      and values.get("round") == "so-khao" and values.get("judge") == "gk01"
      and values.get("rubric") == "cchc-2019" and len(values.get("rubric_sha256") or "") == 64, values)
check("score workbook: sheets cannot be shown or added", bool(wb.security and wb.security.lockStructure))
check("score workbook: the form is protected", form.protection.sheet is True)
header_row = next(r for r in range(1, 21) if form.cell(r, 2).value == "Entry")
first = header_row + 1
header = [c.value for c in form[header_row]]
check("score workbook: the header names each criterion with its maximum",
      header[5:12] == [f"{n} (max {m})" for n, m in zip(
          ["Tính mới, sáng tạo", "Tính khả thi", "Giảm thời gian giải quyết thủ tục",
           "Giảm chi phí cho người dân, doanh nghiệp", "Giảm hồ sơ, bước thực hiện, số lần đi lại",
           "Khả năng nhân rộng", "Chất lượng hồ sơ, trình bày"], maxima)], header[5:12])
check("score workbook: one row per entry assigned",
      [form.cell(first + i, 2).value for i in range(len(codes))] == codes
      and form.cell(first + len(codes), 2).value is None)
check("score workbook: the header is frozen", form.freeze_panes == f"A{first}", form.freeze_panes)
locked = [form.cell(first, c).protection.locked for c in range(1, 17)]
check("score workbook: only the points and the comment are open",
      locked == [True] * 5 + [False] * 7 + [True, False, True, True], locked)
rules = form.data_validations.dataValidation
last = first + len(codes) - 1
by_column = {str(v.sqref): v for v in rules}
check("score workbook: one validation per criterion over every entry's row",
      sorted(by_column) == sorted(f"{chr(70 + i)}{first}:{chr(70 + i)}{last}" for i in range(7)),
      sorted(by_column))
novelty = by_column.get(f"F{first}:F{last}")
check("score workbook: a number from 0 to the maximum, on the step",
      novelty is not None and novelty.type == "custom" and novelty.showErrorMessage
      and f"F{first}<=25" in novelty.formula1 and f"F{first}/0.5" in novelty.formula1,
      novelty and novelty.formula1)
check("score workbook: the input message lists the bands",
      novelty is not None and novelty.showInputMessage and "Hoàn toàn mới" in (novelty.prompt or "")
      and len(novelty.prompt) <= 255, novelty and novelty.prompt)
total = form.cell(first, 13).value
check("score workbook: a total formula", isinstance(total, str) and total.startswith("=")
      and f"SUM(F{first}:L{first})" in total, total)


def fill(path, out, rows):
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    for offset, row in rows.items():
        for i, value in enumerate(row):
            sheet.cell(first + offset, 6 + i, value)
        sheet.cell(first + offset, 14, f"Nhận xét {offset + 1}")
    book.save(out)


good = [20, 15, 8, 8, 8, 10, 8]
fill(os.path.join(work, "gk01.xlsx"), os.path.join(work, "filled.xlsx"), {
    0: good, 1: good, 2: [16.5] + good[1:],
    3: [26] + good[1:], 4: [20, 7.3] + good[2:], 5: [20, 15, "tám"] + good[3:]})
refused = subprocess.run([binary, "score", "import", "filled.xlsx", *live], cwd=work, env=env,
                         capture_output=True, text=True)
named = [f"Score sheet!F{first + 3}", f"Score sheet!G{first + 4}", f"Score sheet!H{first + 5}"]
check("score workbook: over the maximum, off the step and text are refused by cell",
      refused.returncode != 0 and all(f"filled.xlsx:{cell}:" in refused.stderr for cell in named)
      and refused.stderr.count(": error:") == 3, refused.stderr)
check("score workbook: nothing is written while any value is wrong",
      run("score", "list", "--format", "csv", *live).strip().count("\n") == 0)
fill(os.path.join(work, "filled.xlsx"), os.path.join(work, "fixed.xlsx"),
     {3: [25] + good[1:], 4: [20, 7.5] + good[2:], 5: [20, 15, 8] + good[3:]})
landed = subprocess.run([binary, "score", "import", "fixed.xlsx", *live], cwd=work, env=env,
                        capture_output=True, text=True)
check("score workbook: corrected, the six sheets land and the blank rows wait",
      landed.returncode == 0 and "Imported 6 new sheets" in landed.stdout
      and f"{len(codes) - 6} entries not scored yet" in landed.stdout, landed.stdout + landed.stderr)
listed = list(csv.reader(io.StringIO(run("score", "list", "--format", "csv", *live).lstrip("\ufeff"))))
novelty_column = listed[0].index("novelty")
check("score workbook: the points stored are those typed",
      sorted(r[novelty_column] for r in listed[1:]) == sorted(["20", "20", "16.5", "25", "20", "20"]),
      [r[novelty_column] for r in listed[1:]])
other = subprocess.run([binary, "score", "import", "fixed.xlsx", "--round", "chung-khao", *live],
                       cwd=work, env=env, capture_output=True, text=True)
check("score workbook: refused for another round, saying which",
      other.returncode != 0 and "made for round 'so-khao', not round 'chung-khao'" in other.stderr,
      other.stderr)

if shutil.which("soffice"):
    out = os.path.join(work, "lo-sheet")
    result = subprocess.run(
        ["soffice", "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true",
         "--outdir", out, os.path.join(work, "gk01.xlsx")], capture_output=True, text=True, timeout=180)
    produced = os.listdir(out) if os.path.isdir(out) else []
    check("LibreOffice converts the score workbook", result.returncode == 0 and produced, result.stderr)
    if produced:
        with open(os.path.join(out, produced[0]), encoding="utf-8") as f:
            rows = list(csv.reader(f))
        check("LibreOffice reads the score workbook's entries",
              [r[1] for r in rows[first - 1:first - 1 + len(codes)]] == codes, rows[first - 1:first + 1])
    # Opened and saved again in LibreOffice, as a judge at a LibreOffice desk would.
    resaved = os.path.join(work, "lo-resaved")
    result = subprocess.run(
        ["soffice", "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", resaved,
         os.path.join(work, "gk01.xlsx")], capture_output=True, text=True, timeout=180)
    path = os.path.join(resaved, "gk01.xlsx")
    check("LibreOffice saves the score workbook again", result.returncode == 0 and os.path.exists(path),
          result.stderr)
    if os.path.exists(path):
        book = openpyxl.load_workbook(path)
        check("LibreOffice keeps the stamp hidden and the form protected",
              book["sangkien"].sheet_state == "hidden" and book.worksheets[0].protection.sheet)
        check("LibreOffice keeps the validations",
              len(book.worksheets[0].data_validations.dataValidation) == 7)
        fill(path, os.path.join(work, "lo-filled.xlsx"), {6: good})
        landed = subprocess.run([binary, "score", "import", "lo-filled.xlsx", *live], cwd=work, env=env,
                                capture_output=True, text=True)
        check("a workbook saved by LibreOffice imports: the filled row lands, the blank ones wait",
              landed.returncode == 0 and "Imported 1 new sheets" in landed.stdout, landed.stdout + landed.stderr)

shutil.rmtree(work)
print(f"workbook oracles: {failures} failed")
sys.exit(1 if failures else 0)
