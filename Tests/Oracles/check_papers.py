#!/usr/bin/env python3
"""The jury's papers read back by independent programs. `sangkien demo` publishes the final
round; python-docx reads bien-ban.docx and quyet-dinh.docx (their text, tables, fonts, A4
margins and the footer with the publication's code), openpyxl reads bang-tong-hop.xlsx, and
every number is checked against the published ranking.json: each judge's total, the score,
the rank, the prize, the annex's amounts and their total. LibreOffice headless converts each
paper to PDF without error and pdftoppm renders the pages to PNG (in the folder given, to
look at). Usage: check_papers.py PATH-TO-SANGKIEN PNG-DIR. One line per check; non-zero
exit if any fails."""
import json
import os
import re
import subprocess
import sys
import tempfile

import docx
import openpyxl

binary = os.path.abspath(sys.argv[1])
shots = os.path.abspath(sys.argv[2])
os.makedirs(shots, exist_ok=True)
work = tempfile.mkdtemp(prefix="sangkien-papers-")
failures = 0


def check(name, condition, detail=""):
    global failures
    print(("ok   " if condition else "FAIL ") + name + ("" if condition else f": {detail}"))
    if not condition:
        failures += 1


subprocess.run([binary, "demo", "--out", "d"], cwd=work, check=True, capture_output=True,
               env=dict(os.environ, SANGKIEN_LANG="vi"))
out = os.path.join(work, "d", "ket-qua")
ranking = json.load(open(os.path.join(out, "ranking.json"), encoding="utf-8"))
publication = ranking["publication"]
entries = {e["code"]: e for e in ranking["entries"]}
prized = [e for e in ranking["entries"] if e["prize"]]


def money(text):
    return int(text.replace(".", "")) if text else 0


# The summary: every entry, every judge's total, the score, rank and prize.
book = openpyxl.load_workbook(os.path.join(out, "bang-tong-hop.xlsx"))
sheet = book.active
rows = [[c.value for c in row] for row in sheet.iter_rows()]
header_index = next(i for i, r in enumerate(rows) if r and r[0] == "STT")
header = rows[header_index]
check("the summary names its contest and says what it is",
      any(r[0] == "BẢNG TỔNG HỢP ĐIỂM" for r in rows[:header_index]))
data = [r for r in rows[header_index + 1:] if isinstance(r[0], (int, float))]
check("the summary lists every entry of the round", len(data) == len(entries),
      f"{len(data)} rows, {len(entries)} entries")
col = {name: i for i, name in enumerate(header)}
# The summary heads the judges' columns with their names, as the jury signs; the judge list
# says whose login each name is.
listed = subprocess.run([binary, "judge", "list", "--format", "csv"], check=True, capture_output=True,
                        text=True, env=dict(os.environ, SANGKIEN_DB=os.path.join(work, "d", "sangkien.sqlite"),
                                            SANGKIEN_ACTOR="Tổ thư ký (minh hoạ)")).stdout
login_of = {row.split(",")[1]: row.split(",")[0] for row in listed.lstrip("\ufeff").splitlines()[1:]}
check("the summary heads the judges' columns with their names, not their logins",
      not any(h and re.fullmatch(r"gk\d+", str(h)) for h in header)
      and sum(1 for h in header if h in login_of) == len(login_of), header)
judges = [h for h in header if h in login_of]
mismatches = []
for r in data:
    e = entries.get(r[col["Mã"]])
    if e is None:
        mismatches.append(f"unknown {r[col['Mã']]}")
        continue
    for judge in judges:
        value = r[col[judge]]
        want = e["judge_totals"].get(login_of[judge])
        if want is None:
            if value not in (None, "") and "không tính" not in str(value):
                mismatches.append(f"{e['code']} {judge}: {value} but no sheet")
        elif not isinstance(value, (int, float)) or abs(float(value) - float(want)) > 1e-9:
            mismatches.append(f"{e['code']} {judge}: {value} ≠ {want}")
    if e["score"] is not None and abs(float(r[col["Điểm tổng hợp"]]) - float(e["score"])) > 1e-9:
        mismatches.append(f"{e['code']} score {r[col['Điểm tổng hợp']]} ≠ {e['score']}")
    if (r[col["Hạng"]] if isinstance(r[col["Hạng"]], (int, float)) else None) != e["rank"]:
        mismatches.append(f"{e['code']} rank {r[col['Hạng']]} ≠ {e['rank']}")
    if (r[col["Giải"]] or None) != e["prize"]:
        mismatches.append(f"{e['code']} prize {r[col['Giải']]} ≠ {e['prize']}")
check("every judge's total, score, rank and prize as the ranking has them", not mismatches,
      mismatches[:5])
check("the summary is set in Times New Roman", sheet["A1"].font.name == "Times New Roman",
      sheet["A1"].font.name)
check("not shrunk to one page: printed at full size, the header and first columns repeated",
      not sheet.sheet_properties.pageSetUpPr or not sheet.sheet_properties.pageSetUpPr.fitToPage,
      sheet.sheet_properties.pageSetUpPr)
check("the header row and the STT and Mã columns repeat on every printed page",
      (sheet.print_title_rows or "").replace("$", "") == f"{header_index + 1}:{header_index + 1}"
      and (sheet.print_title_cols or "").replace("$", "") == "A:B",
      (sheet.print_title_rows, sheet.print_title_cols))
check("printed on A4 landscape", sheet.page_setup.paperSize in (9, "9")
      and sheet.page_setup.orientation == "landscape",
      (sheet.page_setup.paperSize, sheet.page_setup.orientation))
check("the summary carries the publication's code",
      any(r[0] and f"Mã công bố {publication}" in str(r[0]) for r in rows[header_index + 1:]))


def text_of(document):
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.append(" | ".join(cell.text for cell in row.cells))
    return "\n".join(parts)


def check_layout(name, document, code=None):
    code = code or publication
    section = document.sections[0]
    check(f"{name}: A4 with the decree's margins",
          abs(section.page_width.mm - 210) < 1 and abs(section.page_height.mm - 297) < 1
          and abs(section.left_margin.mm - 30) < 1 and abs(section.right_margin.mm - 15) < 1
          and abs(section.top_margin.mm - 20) < 1 and abs(section.bottom_margin.mm - 20) < 1,
          (section.page_width.mm, section.left_margin.mm, section.right_margin.mm))
    style = document.styles["Normal"]
    fonts = {r.font.name for p in document.paragraphs for r in p.runs if r.text.strip()}
    check(f"{name}: Times New Roman throughout", fonts == {"Times New Roman"}, fonts)
    check(f"{name}: 13–14 pt body", style.font.size is not None and 13 <= style.font.size.pt <= 14,
          style.font.size)
    footer = "\n".join(p.text for p in section.footer.paragraphs)
    check(f"{name}: the footer carries the publication's code", f"Mã công bố {code}" in footer,
          footer)
    heading = document.tables[0]
    left = "\n".join(row.cells[0].text for row in heading.rows)
    right = "\n".join(row.cells[1].text for row in heading.rows)
    check(f"{name}: the national title and motto beside the issuer, the number left blank",
          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in right and "Độc lập - Tự do - Hạnh phúc" in right
          and "Hà Nội, ngày" in right and "Số:" in left and "BAN TỔ CHỨC" in left, (left, right))


minutes = docx.Document(os.path.join(out, "bien-ban.docx"))
text = text_of(minutes)
check_layout("the minutes", minutes)
for needed in ["BIÊN BẢN", "Họp Ban Giám khảo", "Thành phần", "Xung đột lợi ích",
               "Nguyên tắc chấm và xếp hạng", "Kết quả chấm", "Chênh lệch điểm và cách xử lý",
               "đồng điểm", "(Ký, ghi rõ họ tên)", "34/KH-UBND", "88/QĐ-BTC"]:
    check(f"the minutes say '{needed}'", needed in text)
result_rows = [row for table in minutes.tables[1:] for row in table.rows
               if re.fullmatch(r"SK-\d{4}", row.cells[1].text.strip())]


def same_score(cell, score):
    if score is None:
        return cell.strip() == "–"
    return abs(float(cell.replace(".", "").replace(",", ".")) - float(score)) < 1e-9


wrong = [(row.cells[1].text, row.cells[3].text) for row in result_rows
         if not same_score(row.cells[3].text, entries[row.cells[1].text.strip()]["score"])]
check("the minutes' results: every entry, each with its score", len(result_rows) == len(entries)
      and not wrong, (len(result_rows), wrong[:3]))

decision = docx.Document(os.path.join(out, "quyet-dinh.docx"))
text = text_of(decision)
check_layout("the decision", decision)
for needed in ["QUYẾT ĐỊNH", "Điều 1.", "Điều 2.", "Điều 3.", "Căn cứ", "DANH SÁCH",
               "Nơi nhận:", "Bằng chữ:"]:
    check(f"the decision says '{needed}'", needed in text)
annex = decision.tables[-1]
header = [c.text for c in annex.rows[0].cells]
check("the annex has STT, title, authors, unit, prize, amount",
      header[:5] == ["STT", "Tên sáng kiến, giải pháp, mô hình", "Tác giả", "Đơn vị", "Giải"]
      and header[5].startswith("Số tiền"), header)
lines = [row for row in annex.rows[1:] if row.cells[0].text.strip().isdigit()]
titles = {e["title"]: e for e in prized}
check("the annex lists every prize-winner once", sorted(r.cells[1].text for r in lines)
      == sorted(titles), (len(lines), len(prized)))
check("each with its prize", all(titles[r.cells[1].text]["prize"] == r.cells[4].text
                                 for r in lines if r.cells[1].text in titles))
# In the annex: group by group, then prize by prize as the contest lists them, then rank.
prize_order = ["Giải Nhất", "Giải Nhì", "Giải Ba", "Giải Khuyến khích"]
order = [(prize_order.index(r.cells[4].text), titles[r.cells[1].text]["rank"]) for r in lines
         if r.cells[1].text in titles]
groups_seen = [titles[r.cells[1].text]["entrant_kind"] == "individual" for r in lines]
check("the annex lists prizes in order (Giải Nhất first) within each group",
      all(a <= b for a, b, same in zip(order, order[1:], [x == y for x, y in zip(groups_seen, groups_seen[1:])]) if same),
      order)
amounts = [money(r.cells[5].text) for r in lines]
total_row = annex.rows[-1]
check("the total is the sum of the amounts", money(total_row.cells[5].text) == sum(amounts) > 0,
      (total_row.cells[5].text, sum(amounts)))
check("Article 2 says the same total in figures",
      re.sub(r"\D", "", re.search(r"Tổng số tiền thưởng: ([\d.]+)", text).group(1)) == str(sum(amounts)))

# A complaint about the preliminary round (the entry ranked just below the shortlist's cut),
# re-marked by two judges and amended; the round published again. Its two papers read
# against both publications' ranking.json.
db = os.path.join(work, "d", "sangkien.sqlite")
secretariat = ["--db", db, "--as", "Tổ thư ký (minh hoạ)"]
organiser = ["--db", db, "--as", "Ban tổ chức (minh hoạ)"]


def cli(*arguments):
    return subprocess.run([binary, *arguments], cwd=work, check=True, capture_output=True,
                          text=True, env=dict(os.environ, SANGKIEN_LANG="vi")).stdout


root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
with open(os.path.join(root, "Seeds", "hanoi-2019", "contest.yaml"), encoding="utf-8") as f:
    contest_text = f.read().replace("../../Rubrics/", os.path.join(root, "Rubrics") + "/")
with open(os.path.join(work, "contest.yaml"), "w", encoding="utf-8") as f:
    f.write(contest_text + "\ncomplaints: {days: 10, answer_days: 30, remarking_judges: 2}\n")
cli("contest", "update", os.path.join(work, "contest.yaml"), *secretariat)
first_out = os.path.join(work, "so-khao-1")
cli("publish", "--round", "so-khao", "--out", first_out, *organiser)
before = json.load(open(os.path.join(first_out, "ranking.json"), encoding="utf-8"))
before_entries = {e["code"]: e for e in before["entries"]}
complained = next(e for e in before["entries"] if e["rank"] == 21)["code"]
cli("complaint", "add", complained, "--text", "Đề nghị phúc khảo (minh hoạ)", *secretariat)
cli("complaint", "accept", "1", *secretariat)
cli("assign", "remark", "1", *secretariat)
remarkers = [line.split()[2].rstrip(":") for line in cli("complaint", "show", "1", *secretariat)
             .splitlines() if line.startswith("Phúc khảo")]
remark_points = [["novelty=22", "feasibility=18", "time=9", "cost=8", "steps=9",
                  "replicability=13", "presentation=9"],
                 ["novelty=21", "feasibility=17", "time=8.5", "cost=8", "steps=8.5",
                  "replicability=12", "presentation=8"]]
remark_totals = {judge: sum(float(p.split("=")[1]) for p in points)
                 for judge, points in zip(remarkers, remark_points)}
for judge, points in zip(remarkers, remark_points):
    cli("complaint", "remark", "1", "--judge", judge, *points, *secretariat)
cli("complaint", "decide", "1", "--outcome", "amended", "--reason", "Phúc khảo cao hơn (minh hoạ)",
    "--yes", *organiser)
second_out = os.path.join(work, "so-khao-2")
cli("publish", "--round", "so-khao", "--out", second_out, *organiser)
after = json.load(open(os.path.join(second_out, "ranking.json"), encoding="utf-8"))
after_entries = {e["code"]: e for e in after["entries"]}


def place(entry):
    score = "–" if entry["score"] is None else f"{float(entry['score']):.2f}".replace(".", ",")
    return f"{entry['rank'] if entry['rank'] is not None else '–'} · {score} · {entry['prize'] or '–'}"


remark_minutes = docx.Document(os.path.join(second_out, "bien-ban-phuc-khao.docx"))
text = text_of(remark_minutes)
check_layout("the re-marking minutes", remark_minutes, after["publication"])
for needed in ["BIÊN BẢN", "Chấm phúc khảo và giải quyết khiếu nại", f"Đơn khiếu nại số 1 — hồ sơ {complained}",
               before["publication"], "Quyết định: Điều chỉnh kết quả", "(Ký, ghi rõ họ tên)"]:
    check(f"the re-marking minutes say '{needed}'", needed in text)
marks = {row.cells[2].text: row.cells[3].text for table in remark_minutes.tables
         for row in table.rows[1:] if len(row.cells) == 4}
check("the minutes list each re-marker with their total",
      {j: float(t.replace(",", ".")) for j, t in marks.items()} == remark_totals,
      (marks, remark_totals))
mean = sum(remark_totals.values()) / len(remark_totals)
check("the amended score is the mean of the re-marks, as the new ranking has it",
      abs(float(after_entries[complained]["score"]) - round(mean + 1e-9, 2)) < 1e-9
      and f"{mean:.2f}".replace(".", ",") in text, (after_entries[complained]["score"], mean))
check("the minutes give the place before and after, as the two rankings do",
      f"trước phúc khảo {place(before_entries[complained])}; sau {place(after_entries[complained])}"
      in text, (place(before_entries[complained]), place(after_entries[complained])))

amending = docx.Document(os.path.join(second_out, "quyet-dinh-dieu-chinh.docx"))
text = text_of(amending)
check_layout("the amending decision", amending, after["publication"])
for needed in ["QUYẾT ĐỊNH", "Về việc điều chỉnh kết quả", "Điều 1.", "Điều 2.", "Điều 3.",
               "DANH SÁCH", "Nơi nhận:", f"mã công bố {before['publication']}"]:
    check(f"the amending decision says '{needed}'", needed in text)
annex_rows = [row for row in amending.tables[-1].rows[1:] if row.cells[0].text.strip().isdigit()]
changed = {code for code in after_entries
           if code == complained or place(after_entries[code]) != place(before_entries[code])}
check("the annex lists every entry whose place changed, and only those",
      {r.cells[1].text for r in annex_rows} == changed and len(annex_rows) == len(changed),
      (len(annex_rows), len(changed)))
check("each row's before and after are the two rankings'",
      all(r.cells[3].text == place(before_entries[r.cells[1].text])
          and r.cells[4].text == place(after_entries[r.cells[1].text]) for r in annex_rows))
check("the complained entry's row names the complaint",
      any(r.cells[1].text == complained and r.cells[5].text == "Đơn khiếu nại số 1"
          for r in annex_rows))
check("Article 1 counts the rows", f"của {len(annex_rows)} sáng kiến" in text)

# LibreOffice converts each paper; every page rendered to look at.
for folder, name in [(out, "bang-tong-hop.xlsx"), (out, "bien-ban.docx"), (out, "quyet-dinh.docx"),
                     (second_out, "bien-ban-phuc-khao.docx"),
                     (second_out, "quyet-dinh-dieu-chinh.docx")]:
    converted = subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", work, os.path.join(folder, name)],
        capture_output=True, text=True, timeout=180,
        env=dict(os.environ, HOME=work))
    pdf = os.path.join(work, name.rsplit(".", 1)[0] + ".pdf")
    check(f"LibreOffice converts {name} to PDF", converted.returncode == 0 and os.path.exists(pdf),
          converted.stderr[-300:])
    if os.path.exists(pdf):
        info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
        pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
        check(f"{name}: {pages} page(s) of A4", "(A4)" in info or "595.3 x 841.9" in info
              or "841.9 x 595.3" in info, info)
        subprocess.run(["pdftoppm", "-png", "-r", "50", pdf,
                        os.path.join(shots, name.rsplit(".", 1)[0])], check=False)

print(f"papers: {failures} failed")
sys.exit(1 if failures else 0)
