#!/usr/bin/env python3
"""The secretariat's desk in a real browser (headless Chromium, selenium): sign in with a
one-time code, set a password, land on the round's progress; upload an entries file with two
errors and see both with their lines, upload the corrected file and confirm it; run the
assignment from its preview; while the progress page stays open,
judges submit sheets (through the command line, as another desk would) and the page shows
them within five seconds without a reload; the reminder list printed to A4 PDF (Chromium's
own print) names who is late with what; the register found without accents; the ranking's
flags explained. Then an organiser closes the round, advances from the preview, publishes
and downloads ranking.html; with the final round scored, decides the tie for the first prize
the two entries with full marks leave to the jury. A judge guessing the progress page's address is refused. Screenshots at
1280 and 390 px and the reminders' PDF go to the folder given (not committed).
Usage: staff_flow.py PATH-TO-SANGKIEN SCREENSHOT-DIR"""
import base64
import csv
import io
import json
import os
import subprocess
import sys
import time

from selenium.webdriver.common.by import By
from selenium.webdriver.common.print_page_options import PrintOptions
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Support"))
from web_contest import Checks, Contest, SECRETARIAT, chromium, sign_in_with_code, stop  # noqa: E402

binary = os.path.abspath(sys.argv[1])
shots = os.path.abspath(sys.argv[2])
os.makedirs(shots, exist_ok=True)
contest = Contest(binary, "sangkien-staff-browser-")
run = contest.run
check = Checks()


pairs = [line.split(",") for line in run("assign", "export").lstrip("\ufeff").splitlines()[1:]]
mine = [p[2] for p in pairs if p[1] == "gk01"]
points = ["novelty=20", "feasibility=15", "time=8", "cost=8", "steps=8", "replicability=10",
          "presentation=8"]
staff_code = run("access", "invite", SECRETARIAT).strip().splitlines()[-1]
ORGANISER = "Ban tổ chức (minh hoạ)"
run("staff", "add", ORGANISER, "--role", "organiser", "--as", "root")
organiser_code = run("access", "invite", ORGANISER).strip().splitlines()[-1]
HEADER = "code,title,category,entrant_kind,authors,unit,field,received_by,received_on,summary,contact\n"
ROWS = [
    ",Tiếp nhận hồ sơ qua Zalo,sáng kiến,cá nhân,Lê Văn Mới,UBND phường Dịch Vọng,Hộ tịch,Tổ thư ký,2019-10-01,Nhận hồ sơ qua Zalo OA.,0900000001",
    ",Trả kết quả tại nhà,giải pháp,tập thể,Trần Thị Hai,UBND quận Ba Đình,Đất đai,Tổ thư ký,2019-10-02,Bưu điện trả kết quả.,0900000002",
]
bad_file = os.path.join(contest.work, "dot-2.csv")
with open(bad_file, "w", encoding="utf-8") as f:
    f.write(HEADER + ROWS[0].replace("sáng kiến,", "thơ,") + "\n" + ROWS[1].replace("2019-10-02", "31/31/2019") + "\n")
late_file = os.path.join(contest.work, "dot-3-muon.csv")
with open(late_file, "w", encoding="utf-8") as f:
    f.write(HEADER + ",Hẹn giờ trả kết quả qua tin nhắn,sáng kiến,cá nhân,Phạm Thu Muộn,UBND phường Kim Mã,"
            "Hộ tịch,Tổ thư ký,2019-12-02,Nhắn tin hẹn giờ trả kết quả.,0900000009\n")
good_file = os.path.join(contest.work, "dot-2-sua.csv")
with open(good_file, "w", encoding="utf-8") as f:
    f.write(HEADER + "\n".join(ROWS) + "\n")
judge_code = run("access", "invite", "gk02").strip().splitlines()[-1]
server, base = contest.serve()

driver = chromium()
wait = WebDriverWait(driver, 10)


def sign_in(login, code, password):
    sign_in_with_code(driver, base, login, code, password)


def wait_text(text, seconds=10):
    """Whether `text` appears on the page within `seconds` (a click's answer, not the page the
    click was on: waiting for an element the old page also has races the navigation)."""
    try:
        WebDriverWait(driver, seconds).until(lambda d: text in d.page_source)
        return True
    except Exception:
        return False


def submitted(judge):
    cells = driver.find_elements(By.CSS_SELECTOR, f'tr[data-judge="{judge}"] [data-submitted]')
    return cells[0].text if cells else None


try:
    driver.set_window_size(1280, 900)
    sign_in(SECRETARIAT, staff_code, "mat-khau-cua-to-thu-ky")
    wait.until(ec.presence_of_element_located((By.ID, "live")))
    check("the secretariat lands on the round's progress", "/progress" in driver.current_url,
          driver.current_url)
    # Uploads: both problems with their lines, nothing written; corrected, then confirmed.
    entries_before = len(run("entry", "list", "--format", "csv").splitlines())
    driver.get(base + "/uploads")
    driver.find_element(By.ID, "file-entries").send_keys(bad_file)
    driver.find_element(By.CSS_SELECTOR, "form[action='/uploads/entries'] button").click()
    wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, "table.problems")))
    page = driver.page_source
    check("the upload's two problems are shown with their lines",
          "dòng 2" in page and "dòng 3" in page and "/confirm" not in page)
    check("nothing was written", len(run("entry", "list", "--format", "csv").splitlines()) == entries_before)
    driver.save_screenshot(os.path.join(shots, "staff-upload-problems-1280.png"))
    driver.get(base + "/uploads")
    driver.find_element(By.ID, "file-entries").send_keys(good_file)
    driver.find_element(By.CSS_SELECTOR, "form[action='/uploads/entries'] button").click()
    wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, "form[action='/uploads/entries/confirm']")))
    check("the corrected file is previewed", "Sẽ thêm 2 sáng kiến" in driver.page_source)
    driver.find_element(By.CSS_SELECTOR, "form[action='/uploads/entries/confirm'] button").click()
    check("and written on confirmation", wait_text("Đã thêm 2 sáng kiến")
          and len(run("entry", "list", "--format", "csv").splitlines()) == entries_before + 2)
    # A late entry: the check offers what its message asks for (late, with a reason).
    driver.get(base + "/uploads")
    driver.find_element(By.ID, "file-entries").send_keys(late_file)
    driver.find_element(By.CSS_SELECTOR, "form[action='/uploads/entries'] button").click()
    wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, "form[action='/uploads/entries/recheck']")))
    check("the late entry's check offers to accept it late", "chọn nhận muộn" in driver.page_source
          and driver.find_elements(By.NAME, "late"))
    driver.find_element(By.NAME, "late").click()
    driver.find_element(By.ID, "upload-reason").send_keys("Gửi bưu điện ngày 14/11/2019, dấu bưu điện còn hạn")
    driver.save_screenshot(os.path.join(shots, "staff-upload-choices-1280.png"))
    driver.set_window_size(390, 844)
    driver.save_screenshot(os.path.join(shots, "staff-upload-choices-390.png"))
    driver.set_window_size(1280, 900)
    driver.find_element(By.CSS_SELECTOR, "form[action='/uploads/entries/recheck'] button").click()
    wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, "form[action='/uploads/entries/confirm']")))
    driver.find_element(By.CSS_SELECTOR, "form[action='/uploads/entries/confirm'] button").click()
    check("accepted late with its reason", wait_text("Đã thêm 1 sáng kiến")
          and "dấu bưu điện còn hạn" in run("entry", "list", "--format", "csv"))
    # The assignment from its preview.
    driver.get(base + "/jury/assign?round=so-khao")
    check("the assignment's preview shows the loads", wait_text("Khớp lĩnh vực"))
    driver.save_screenshot(os.path.join(shots, "staff-assign-preview-1280.png"))
    driver.find_element(By.CSS_SELECTOR, "form[action='/jury/assign'] button").click()
    check("the assignment is written", wait_text("phân công vòng Sơ khảo"))
    pairs = [line.split(",") for line in run("assign", "export").lstrip("\ufeff").splitlines()[1:]]
    mine = [p[2] for p in pairs if p[1] == "gk01"]
    driver.get(base + "/progress")
    wait.until(ec.presence_of_element_located((By.ID, "live")))
    check("every judge has a line", len(driver.find_elements(By.CSS_SELECTOR, "tr[data-judge]")) == 9)
    check("gk01 has submitted nothing yet", submitted("gk01") == "0", submitted("gk01"))
    driver.execute_script("window.notReloaded = true;")
    run("score", "enter", "--judge", "gk01", "--entry", mine[0], *points, "--as", "gk01")
    run("score", "enter", "--judge", "gk01", "--entry", mine[1], *points, "--as", "gk01")
    started = time.time()
    WebDriverWait(driver, 6).until(lambda d: submitted("gk01") == "2")
    seconds = time.time() - started
    check("the page shows the two new sheets within 5 s, without reloading",
          seconds <= 5 and driver.execute_script("return window.notReloaded === true;"),
          f"{seconds:.1f} s")
    driver.save_screenshot(os.path.join(shots, "staff-progress-1280.png"))
    driver.set_window_size(390, 844)
    driver.save_screenshot(os.path.join(shots, "staff-progress-390.png"))
    driver.set_window_size(1280, 900)
    driver.find_element(By.PARTIAL_LINK_TEXT, "Danh sách nhắc").click()
    wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, "table.paper-table")))
    page = driver.page_source
    check("the reminder list names gk01 with an entry still to do", "gk01" in page and mine[2] in page)
    check("and not an entry gk01 has submitted",
          f"<span class=\"code\">{mine[0]}</span>" not in page.split("gk01")[1].split("</tr>")[0])
    print_options = PrintOptions()
    print_options.page_width = 21.0
    print_options.page_height = 29.7
    pdf = os.path.join(shots, "staff-reminders-a4.pdf")
    with open(pdf, "wb") as f:
        f.write(base64.b64decode(driver.print_page(print_options)))
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    check("the reminders print to A4", "(A4)" in info, info)
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", pdf,
                    os.path.join(shots, "staff-reminders-a4")], check=False)
    driver.get(base + "/entries?q=uy+ban+nhan+dan+cau+giay")
    rows = driver.find_elements(By.CSS_SELECTOR, "tbody tr")
    check("the register finds UBND quận Cầu Giấy typed without accents or abbreviation",
          rows and all("Cầu Giấy" in r.text for r in rows), [r.text for r in rows])
    driver.save_screenshot(os.path.join(shots, "staff-register-1280.png"))
    driver.find_element(By.CSS_SELECTOR, "tbody tr a").click()
    wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, "dl.fields")))
    check("an entry's page shows its history, in words", "nhập sáng kiến từ tệp" in driver.page_source
          and "entry.import" not in driver.page_source)
    driver.get(base + "/ranking?round=so-khao")
    check("the ranking lists the scored entries", mine[0] in driver.page_source)
    driver.save_screenshot(os.path.join(shots, "staff-ranking-1280.png"))
    # Every judge's sheets in, through a file, as the secretariat would.
    leaves = ["novelty", "feasibility", "time", "cost", "steps", "replicability", "presentation"]
    tops = [25, 20, 10, 10, 10, 15, 10]
    scored = os.path.join(contest.work, "diem.csv")
    with open(scored, "w", encoding="utf-8") as f:
        f.write("round,judge,entry," + ",".join(leaves) + ",comment\n")
        for index, (round_id, judge, code) in enumerate(pairs):
            if judge == "gk01" and code in mine[:2]:
                continue
            values = [str(max(1, top - (index * (k + 3)) % (top // 2 + 1))) for k, top in enumerate(tops)]
            f.write(f"so-khao,{judge},{code}," + ",".join(values) + ",\n")
    run("score", "import", scored)
    # The organiser: close the round, advance from the preview, publish, download.
    driver.get(base + "/progress")
    driver.find_element(By.CSS_SELECTOR, "header button.link").click()
    wait.until(ec.presence_of_element_located((By.ID, "login")))
    sign_in(ORGANISER, organiser_code, "mat-khau-ban-to-chuc")
    driver.get(base + "/rounds")
    try:
        wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, "section.round")))
    except Exception:
        print(driver.current_url, driver.page_source[:1500])
        raise
    driver.find_element(By.CSS_SELECTOR, "form[action='/rounds/so-khao/state'] button").click()
    check("the organiser closes the round", wait_text("Đã đóng vòng Sơ khảo"))
    driver.find_element(By.PARTIAL_LINK_TEXT, "Xem trước danh sách vào vòng").click()
    wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, "form[action='/rounds/so-khao/advance'][method=post]")))
    check("the preview lists who advances", "Vào vòng sau (20)" in driver.page_source, driver.page_source[:500])
    driver.save_screenshot(os.path.join(shots, "organiser-advance-1280.png"))
    driver.find_element(By.CSS_SELECTOR, "form[action='/rounds/so-khao/advance'][method=post] button").click()
    # The notice of the rounds page (the preview's button says nearly the same).
    check("and advances them", wait_text('role="status">20 sáng kiến vào vòng Chung khảo.'))
    driver.find_element(By.CSS_SELECTOR, "section.round form[action='/publish'] button").click()
    check("the round is published", wait_text("Đã công bố vòng Sơ khảo"))
    link = driver.find_element(By.PARTIAL_LINK_TEXT, "ranking.html").get_attribute("href")
    driver.save_screenshot(os.path.join(shots, "organiser-rounds-1280.png"))
    # The contest's settings, read-only, key by key as the contest file names them.
    driver.find_element(By.CSS_SELECTOR, "a[href='/settings']").click()
    check("the contest settings are shown, the closed round's too",
          wait_text("rounds[so-khao].judges_per_entry") and "đã đóng" in driver.page_source
          and "<form" not in driver.page_source.split("<main", 1)[-1])
    driver.save_screenshot(os.path.join(shots, "organiser-settings-1280.png"))
    driver.set_window_size(390, 844)
    driver.save_screenshot(os.path.join(shots, "organiser-settings-390.png"))
    driver.set_window_size(1280, 900)
    driver.back()
    # The final round scored by every judge (a file, as the secretariat would), two individual
    # entries with full marks from all: tied for the one first prize, past every tie-break.
    final = json.loads(run("score", "progress", "--round", "chung-khao", "--format", "json"))
    kinds = {row["code"]: row["entrant_kind"] for row in
             csv.DictReader(io.StringIO(run("entry", "list", "--format", "csv").lstrip("\ufeff")))}
    shortlisted = [e["entry"] for e in final["entries"]]
    tied = [c for c in shortlisted if kinds.get(c) in ("individual", "cá nhân")][:2]
    check("two individual entries reach the final", len(tied) == 2, kinds)
    final_scores = os.path.join(contest.work, "chung-khao.csv")
    with open(final_scores, "w", encoding="utf-8") as f:
        f.write("round,judge,entry," + ",".join(leaves) + ",comment\n")
        # Each entry's sheets are due from the judges the progress lists (conflicts left out).
        for e_index, line in enumerate(final["entries"]):
            code = line["entry"]
            for j_index, judge in enumerate(line["missing"]):
                values = tops if code in tied else [
                    max(1, top - 2 - (j_index + e_index * (k + 2)) % (top // 2)) for k, top in enumerate(tops)]
                f.write(f"chung-khao,{judge},{code}," + ",".join(map(str, values)) + ",\n")
    run("score", "import", final_scores)
    driver.get(base + "/prizes")
    wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, "form[action='/prizes/decide']")))
    pending = driver.find_element(By.CSS_SELECTOR, "form[action='/prizes/decide']")
    check("the tie for the first prize waits for the jury, both entries offered",
          "Ban giám khảo quyết định" in pending.text and all(c in pending.text for c in tied),
          pending.text)
    driver.save_screenshot(os.path.join(shots, "organiser-prizes-tie-1280.png"))
    pending.find_element(By.CSS_SELECTOR, f"input[name='award.{tied[1]}']").click()
    pending.find_element(By.TAG_NAME, "textarea").send_keys("Biểu quyết của Ban giám khảo: 5/9")
    pending.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    check("the jury's decision is recorded", wait_text("Đã ghi quyết định"))
    check("and the prize goes to the entry chosen, with the reason",
          tied[1] in driver.page_source and "Biểu quyết của Ban giám khảo: 5/9" in driver.page_source)
    decided = run("audit", "log", "--format", "csv")
    check("the decision is in the audit log", "prizes.decide" in decided)
    # The link saves the file; what it fetches (with this session's cookie) is the page.
    html = driver.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) { return r.text(); })"
        ".then(done, function (e) { done('failed: ' + e); });", link)
    check("ranking.html downloads, the published ranking", "<html" in html and mine[2] in html,
          html[:300])
    # Sign out; a judge guessing the address is refused.
    driver.get(base + "/rounds")
    driver.get(base + "/progress")
    driver.find_element(By.CSS_SELECTOR, "header button.link").click()
    wait.until(ec.presence_of_element_located((By.ID, "login")))
    sign_in("gk02", judge_code, "mat-khau-rieng-so-2")
    wait.until(ec.presence_of_element_located((By.ID, "progress")))
    driver.get(base + "/progress")
    check("a judge is refused the progress page",
          "tr data-judge" not in driver.page_source and "gk01" not in driver.page_source,
          driver.page_source[:400])
    driver.get(base + "/ranking")
    check("a judge is refused the ranking", mine[0] not in driver.page_source)
finally:
    driver.quit()
    stop(server)
check.finish("staff browser")
