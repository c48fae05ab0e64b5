#!/usr/bin/env python3
"""A judge's day in a real browser (headless Chromium, driven by selenium): sign in with a
one-time code, set a password, open an entry, choose a band, type 7,5, see the live total,
wait for the draft to be saved, reload and find it, submit, see the worklist's progress move;
a second judge opening the first judge's sheet is refused. Screenshots at 1280 and 390 px go
to the folder given (not committed). Usage: judge_flow.py PATH-TO-SANGKIEN SCREENSHOT-DIR
Prints one line per check and exits non-zero if any fails."""
import os
import subprocess
import sys

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import Select, WebDriverWait

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Support"))
from web_contest import Checks, Contest, chromium, stop  # noqa: E402

binary = os.path.abspath(sys.argv[1])
shots = os.path.abspath(sys.argv[2])
os.makedirs(shots, exist_ok=True)
contest = Contest(binary, "sangkien-browser-")
work, env, run = contest.work, contest.env, contest.run
check = Checks()


pairs = [line.split(",") for line in run("assign", "export").lstrip("\ufeff").splitlines()[1:]]
mine = [p[2] for p in pairs if p[1] == "gk01"]
entry = mine[0]
pdf = os.path.join(work, "thuyet-minh.pdf")
with open(pdf, "wb") as f:
    f.write(b"%PDF-1.4\n% ban thuyet minh\n%%EOF\n")
run("entry", "attach", entry, pdf, "--blind")
code1 = run("access", "invite", "gk01").strip().splitlines()[-1]
code2 = run("access", "invite", "gk02").strip().splitlines()[-1]

server, base = contest.serve(stderr=subprocess.PIPE)

driver = chromium()
wait = WebDriverWait(driver, 10)
try:
    driver.set_window_size(1280, 900)
    driver.get(base + "/")
    check("the sign-in page is Vietnamese", "Đăng nhập" in driver.title, driver.title)
    driver.save_screenshot(os.path.join(shots, "sign-in-1280.png"))
    driver.find_element(By.ID, "login").send_keys("gk01")
    driver.find_element(By.ID, "code").send_keys(code1.lower())
    driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    wait.until(ec.presence_of_element_located((By.ID, "new_password")))
    check("a code leads to setting a password", "/password" in driver.current_url, driver.current_url)
    driver.find_element(By.ID, "new_password").send_keys("mat-khau-rieng-so-1")
    driver.find_element(By.ID, "confirm").send_keys("mat-khau-rieng-so-1")
    driver.find_element(By.CSS_SELECTOR, "form.card button[type=submit]").click()
    wait.until(ec.presence_of_element_located((By.ID, "progress")))
    check("the worklist lists the judge's entries",
          len(driver.find_elements(By.CSS_SELECTOR, ".worklist > li")) == len(mine))
    check("the blind dossier file is offered", "thuyet-minh.pdf" in driver.page_source)
    driver.save_screenshot(os.path.join(shots, "worklist-1280.png"))
    driver.find_element(By.LINK_TEXT, entry).click()
    wait.until(ec.presence_of_element_located((By.ID, "p-novelty")))
    Select(driver.find_element(By.ID, "band-p-novelty")).select_by_index(2)
    novelty = driver.find_element(By.ID, "p-novelty")
    check("a band narrows the points (its top put in)", novelty.get_attribute("value") == "20,5",
          novelty.get_attribute("value"))
    novelty.clear()
    novelty.send_keys("7,5")
    total = driver.find_element(By.ID, "total")
    check("a value outside the band is marked", "invalid" in novelty.find_element(By.XPATH, "..").get_attribute("class"))
    said = driver.find_element(By.ID, "err-p-novelty").text
    check("and the reason is said under the field", "Ngoài mức đã chọn (13–20,5)" in said, said)
    Select(driver.find_element(By.ID, "band-p-novelty")).select_by_index(3)
    novelty.clear()
    novelty.send_keys("7,5")
    driver.find_element(By.ID, "p-time").send_keys("8")
    wait.until(lambda d: d.find_element(By.ID, "total").text.replace(".", ",") == "15,5")
    check("the total is live", total.text.replace(".", ",") == "15,5", total.text)
    wait.until(lambda d: d.find_element(By.ID, "saved").text == "đã lưu")
    check("the draft is saved as the judge types", driver.find_element(By.ID, "saved").text == "đã lưu")
    driver.save_screenshot(os.path.join(shots, "sheet-1280.png"))
    driver.refresh()
    wait.until(ec.presence_of_element_located((By.ID, "p-novelty")))
    check("after a reload the draft is there",
          driver.find_element(By.ID, "p-novelty").get_attribute("value") == "7,5"
          and driver.find_element(By.ID, "p-time").get_attribute("value") == "8")
    band = Select(driver.find_element(By.ID, "band-p-novelty")).first_selected_option.text
    check("and the band of 7,5 is shown, not '— chọn mức —'", band.startswith("5–12,5"), band)
    for leaf, value in [("feasibility", "15"), ("cost", "8"), ("steps", "8"),
                        ("replicability", "10"), ("presentation", "8")]:
        driver.find_element(By.ID, "p-" + leaf).send_keys(value)
    driver.find_element(By.ID, "comment").send_keys("Cách làm rõ ràng, có số liệu.")
    driver.find_element(By.CSS_SELECTOR, "button[value=submit]").click()
    wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, ".notice")))
    check("the sheet is submitted", "Đã nộp" in driver.page_source)
    nexts = driver.find_elements(By.PARTIAL_LINK_TEXT, "Chấm tiếp: " + mine[1])
    check("the next entry to score is offered", len(nexts) == 1, driver.find_element(By.TAG_NAME, "main").text[:300])
    listed = run("score", "list", "--format", "csv", "--judge", "gk01")
    check("the CLI sees the submitted sheet", entry in listed and "7.5" in listed, listed)
    driver.get(base + "/worklist")
    progress = driver.find_element(By.ID, "progress")
    check("the progress moved", progress.get_attribute("value") == "1", progress.get_attribute("value"))
    driver.set_window_size(390, 844)
    driver.save_screenshot(os.path.join(shots, "worklist-390.png"))
    driver.find_element(By.LINK_TEXT, mine[1]).click()
    wait.until(ec.presence_of_element_located((By.ID, "p-novelty")))
    driver.save_screenshot(os.path.join(shots, "sheet-390.png"))
    width = driver.execute_script("return document.documentElement.scrollWidth")
    check("the sheet fits 390 px without sideways scrolling", width <= 390, width)
    # The session runs out while the judge types: nothing typed is lost, and signing in
    # again returns to the sheet.
    driver.find_element(By.ID, "p-novelty").send_keys("9")
    driver.delete_cookie("sk_session")
    driver.find_element(By.ID, "p-feasibility").send_keys("12,5")
    driver.find_element(By.ID, "comment").send_keys("Nhận xét gõ khi phiên đã hết")
    driver.find_element(By.CSS_SELECTOR, "button[value=submit]").click()
    wait.until(ec.presence_of_element_located((By.ID, "login")))
    check("a submission without a session goes to sign in, with the way back",
          "next=%2Fsheets%2F" in driver.current_url, driver.current_url)
    driver.find_element(By.ID, "login").send_keys("gk01")
    driver.find_element(By.ID, "password").send_keys("mat-khau-rieng-so-1")
    driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    wait.until(ec.presence_of_element_located((By.ID, "p-novelty")))
    check("signed in again, the judge is back on the sheet", f"/sheets/so-khao/{mine[1]}" in driver.current_url,
          driver.current_url)
    check("what was typed is back, the comment too",
          driver.find_element(By.ID, "p-feasibility").get_attribute("value") == "12,5"
          and driver.find_element(By.ID, "p-novelty").get_attribute("value") == "9"
          and "gõ khi phiên đã hết" in driver.find_element(By.ID, "comment").get_attribute("value"),
          driver.find_element(By.ID, "p-feasibility").get_attribute("value"))
    check("and the page says so", "khôi phục" in driver.find_element(By.ID, "saved").text,
          driver.find_element(By.ID, "saved").text)
    wait.until(lambda d: d.find_element(By.ID, "saved").text == "đã lưu")
    listed = run("score", "list", "--format", "csv", "--judge", "gk01")
    driver.save_screenshot(os.path.join(shots, "sheet-restored-390.png"))
    # Sign out; the second judge may not open the first judge's sheet.
    driver.find_element(By.CSS_SELECTOR, "header button.link").click()
    wait.until(ec.presence_of_element_located((By.ID, "login")))
    driver.find_element(By.ID, "login").send_keys("gk02")
    driver.find_element(By.ID, "code").send_keys(code2)
    driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    wait.until(ec.presence_of_element_located((By.ID, "new_password")))
    driver.find_element(By.ID, "new_password").send_keys("mat-khau-rieng-so-2")
    driver.find_element(By.ID, "confirm").send_keys("mat-khau-rieng-so-2")
    driver.find_element(By.CSS_SELECTOR, "form.card button[type=submit]").click()
    wait.until(ec.presence_of_element_located((By.ID, "progress")))
    others = [p[2] for p in pairs if p[1] == "gk02"]
    foreign = next(e for e in mine if e not in others)
    driver.get(base + f"/sheets/so-khao/{foreign}")
    check("another judge's sheet is refused, naming why",
          "gk02" in driver.page_source and foreign in driver.page_source
          and "p-novelty" not in driver.page_source and "7,5" not in driver.page_source,
          driver.page_source[:600])
    driver.save_screenshot(os.path.join(shots, "refused-390.png"))
    verify = subprocess.run([binary, "audit", "verify"], env=env, capture_output=True, text=True)
    check("audit verify holds after the browser's changes", verify.returncode == 0, verify.stdout + verify.stderr)
finally:
    driver.quit()
    stop(server)
    log = server.stderr.read()
# A phone set to English on the Vietnamese page: the page's language decides.
english = chromium(lang="en")
server, base = contest.serve(stderr=subprocess.PIPE)
try:
    english.get(base + "/sign-in")
    english.find_element(By.ID, "login").send_keys("gk01")
    english.find_element(By.ID, "password").send_keys("mat-khau-rieng-so-1")
    english.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    WebDriverWait(english, 10).until(ec.presence_of_element_located((By.ID, "progress")))
    english.get(base + f"/sheets/so-khao/{mine[2]}")
    field = english.find_element(By.ID, "p-novelty")
    field.send_keys("30")
    said = english.find_element(By.ID, "err-p-novelty").text
    check("an English browser gets the Vietnamese page's words under a field", "Vượt quá điểm tối đa 25" in said, said)
    field.clear()
    field.send_keys("20")
    WebDriverWait(english, 10).until(lambda d: d.find_element(By.ID, "saved").text != "")
    WebDriverWait(english, 10).until(lambda d: "…" not in d.find_element(By.ID, "saved").text)
    check("and its saving status in Vietnamese", english.find_element(By.ID, "saved").text == "đã lưu",
          english.find_element(By.ID, "saved").text)
finally:
    english.quit()
    server.terminate()
    server.wait(timeout=10)
check("the server stopped on SIGTERM", server.returncode is not None)
check("the server logged one line per request", log.count(" ms\n") >= 10, log[-400:])
check("no code reached the log", code1 not in log and code1.lower() not in log)
check.finish("browser")
