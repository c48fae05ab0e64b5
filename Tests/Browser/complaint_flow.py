#!/usr/bin/env python3
"""A complaint from filing to the superseding publication, in a real browser (headless
Chromium, selenium). The preliminary round is scored and published from the command line
(another desk); a complaint about the entry ranked just below the cut is filed and accepted
there. Then the secretariat, on /complaints, gives it its re-markers; a re-marker finds it
under "Phúc khảo" on their worklist, sees the entry without the earlier marks, and submits
the sheet from the page (the second re-marker's paper sheet is entered at the command line);
the organiser, on the complaint's page, chooses "amend", previews the ranking before and
after (the entry moving up, the others down), confirms; the round published again names
the complaint and carries bien-ban-phuc-khao.docx and quyet-dinh-dieu-chinh.docx, and the
old files are said to be superseded by it. A judge guessing the complaint's address is
refused. Screenshots at 1280 and 390 px go to the folder given (not committed).
Usage: complaint_flow.py PATH-TO-SANGKIEN SCREENSHOT-DIR"""
import csv
import os
import sys

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Support"))
from web_contest import ROOT, Checks, Contest, SECRETARIAT, chromium, sign_in_with_code, stop  # noqa: E402

binary = os.path.abspath(sys.argv[1])
shots = os.path.abspath(sys.argv[2])
os.makedirs(shots, exist_ok=True)
contest = Contest(binary, "sangkien-complaint-browser-", intake=True)
run = contest.run
check = Checks()
ORGANISER = "Ban tổ chức (minh hoạ)"
run("staff", "add", ORGANISER, "--role", "organiser", "--as", "root")

# The preliminary round scored from the demo's sheets (only the assigned pairs), published.
assigned = {(p[1], p[2]) for p in
            (line.split(",") for line in run("assign", "export").lstrip("\ufeff").splitlines()[1:])}
scored = os.path.join(contest.work, "so-khao.csv")
with open(os.path.join(ROOT, "Seeds", "demo", "scores.csv"), encoding="utf-8") as source, \
        open(scored, "w", encoding="utf-8", newline="") as target:
    reader = csv.reader(source)
    writer = csv.writer(target)
    writer.writerow(next(reader))
    for row in reader:
        if (row[1], row[2]) in assigned:
            writer.writerow(["so-khao"] + row[1:])
run("score", "import", scored)
run("publish", "--round", "so-khao", "--out", os.path.join(contest.work, "cong-bo-1"),
    "--as", ORGANISER)
ranking = run("rank", "--round", "so-khao", "--format", "csv", "--as", ORGANISER)
rows = list(csv.DictReader(ranking.lstrip("\ufeff").splitlines()))
code = next(r["code"] for r in rows if r["rank"] == "21")
old_rank = 21
run("complaint", "add", code, "--text", "Đề nghị phúc khảo tiêu chí hiệu quả (minh hoạ)")
run("complaint", "accept", "1")

staff_code = run("access", "invite", SECRETARIAT).strip().splitlines()[-1]
organiser_code = run("access", "invite", ORGANISER).strip().splitlines()[-1]
server, base = contest.serve()
driver = chromium()
wait = WebDriverWait(driver, 10)


def sign_in(login, code, password):
    sign_in_with_code(driver, base, login, code, password)


def sign_out():
    driver.get(base + "/contest")
    driver.find_element(By.CSS_SELECTOR, "header button.link").click()
    wait.until(ec.presence_of_element_located((By.ID, "login")))


def wait_text(text, seconds=10):
    try:
        WebDriverWait(driver, seconds).until(lambda d: text in d.page_source)
        return True
    except Exception:
        return False


FULL = {"novelty": "24", "feasibility": "19", "time": "9", "cost": "9", "steps": "9",
        "replicability": "14", "presentation": "9"}

try:
    driver.set_window_size(1280, 900)
    # The secretariat gives the complaint its re-markers from its page.
    sign_in(SECRETARIAT, staff_code, "mat-khau-cua-to-thu-ky")
    driver.get(base + "/complaints")
    check("the complaints' list shows the accepted complaint", code in driver.page_source
          and "#1" in driver.page_source, driver.page_source[-2500:])
    driver.find_element(By.LINK_TEXT, "#1").click()
    wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, "form[action$='/remark']")))
    driver.find_element(By.CSS_SELECTOR, "form[action$='/remark'] button").click()
    check("the re-markers are given and named", wait_text("Đã giao chấm phúc khảo cho"),
          driver.page_source[:600])
    remarkers = [cell.text for cell in
                 driver.find_elements(By.CSS_SELECTOR, "table tbody tr td.code")]
    check("two re-markers listed", len(remarkers) == 2, remarkers)
    driver.save_screenshot(os.path.join(shots, "complaint-remarkers-1280.png"))
    sign_out()

    # The first re-marker scores from their worklist's "Phúc khảo" section.
    judge_code = run("access", "invite", remarkers[0]).strip().splitlines()[-1]
    sign_in(remarkers[0], judge_code, "mat-khau-phuc-khao-1")
    driver.get(base + "/worklist")
    check("the worklist has a re-marking section", wait_text("Phúc khảo"), driver.page_source[:400])
    driver.find_element(By.CSS_SELECTOR, "section.remarks a.code").click()
    wait.until(ec.presence_of_element_located((By.ID, "p-novelty")))
    check("the re-marking sheet says whose complaint and hides the earlier marks",
          "Chấm phúc khảo (đơn khiếu nại số 1" in driver.page_source
          and "điểm đã chấm trước không hiển thị" in driver.page_source)
    check("nothing is filled in", driver.find_element(By.ID, "p-novelty").get_attribute("value") == "")
    for leaf, value in FULL.items():
        field = driver.find_element(By.ID, "p-" + leaf)
        field.clear()
        field.send_keys(value)
    driver.find_element(By.CSS_SELECTOR, "button[value=submit]").click()
    check("the re-marking sheet is submitted, and final", wait_text("không sửa được nữa"),
          driver.page_source[:600])
    driver.save_screenshot(os.path.join(shots, "complaint-remark-sheet-1280.png"))
    sign_out()
    # The second re-marker's paper sheet, entered by the secretariat.
    run("complaint", "remark", "1", "--judge", remarkers[1],
        *[f"{leaf}={value}" for leaf, value in FULL.items()])

    # A judge who guesses the complaint's page is refused.
    other = "gk09" if "gk09" not in remarkers else "gk08"
    other_code = run("access", "invite", other).strip().splitlines()[-1]
    sign_in(other, other_code, "mat-khau-giam-khao-khac")
    driver.get(base + "/complaints/1")
    check("a judge is refused the complaint's page", "Đề nghị phúc khảo" not in driver.page_source,
          driver.page_source[:400])
    sign_out()

    # The organiser decides from the page: preview before and after, then confirm.
    sign_in(ORGANISER, organiser_code, "mat-khau-ban-to-chuc")
    driver.get(base + "/complaints/1")
    wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, "form[action$='/decide']")))
    driver.find_element(By.CSS_SELECTOR, "input[name=outcome][value=amended]").click()
    driver.find_element(By.ID, "decide-reason").send_keys(
        "Hai giám khảo phúc khảo cùng chấm cao hơn (minh hoạ)")
    driver.find_element(By.CSS_SELECTOR, "form[action$='/decide'] button[type=submit]").click()
    check("the preview shows the ranking before and after", wait_text("Xếp hạng và giải trước và sau"),
          driver.page_source[:600])
    first_row = driver.find_elements(By.CSS_SELECTOR, "#preview tbody tr")[0]
    cells = [c.text for c in first_row.find_elements(By.TAG_NAME, "td")]
    check("the complained entry comes first, moving up from 21",
          cells[0] == code and cells[2].startswith(f"{old_rank} ·") and "đổi hạng" in cells[4],
          cells)
    check("others moving down are listed", len(driver.find_elements(
        By.CSS_SELECTOR, "#preview tbody tr")) > 1)
    check("nothing is decided by the preview",
          "đã giải quyết" not in run("complaint", "show", "1"))
    driver.save_screenshot(os.path.join(shots, "complaint-preview-1280.png"))
    driver.set_window_size(390, 844)
    driver.save_screenshot(os.path.join(shots, "complaint-preview-390.png"))
    width = driver.execute_script("return document.documentElement.scrollWidth")
    check("the preview fits a phone's width", width <= 390, width)
    driver.set_window_size(1280, 900)
    driver.find_element(By.CSS_SELECTOR, "#preview form button[type=submit]").click()
    check("the decision is confirmed", wait_text("Đã ghi quyết định"), driver.page_source[:600])
    driver.save_screenshot(os.path.join(shots, "complaint-decided-1280.png"))
    shown = run("complaint", "show", "1")
    check("the complaint is decided and amended", "đã giải quyết" in shown
          and "điều chỉnh kết quả" in shown, shown)

    # Published again: the complaint named, its papers added, the old files superseded.
    out2 = os.path.join(contest.work, "cong-bo-2")
    run("publish", "--round", "so-khao", "--out", out2, "--as", ORGANISER)
    names = set(os.listdir(out2))
    check("the new publication carries both papers",
          {"bien-ban-phuc-khao.docx", "quyet-dinh-dieu-chinh.docx"} <= names, names)
    old = run("audit", "check-publication",
                                  os.path.join(contest.work, "cong-bo-1"))
    check("the old files are superseded, naming the complaint",
          "đã bị thay thế bởi công bố" in old and "(khiếu nại số 1)" in old, old[:400])
finally:
    driver.quit()
    stop(server)

check.finish("complaint flow")
