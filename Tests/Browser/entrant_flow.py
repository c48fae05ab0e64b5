#!/usr/bin/env python3
"""An entrant's whole journey in a real browser (headless Chromium at a phone's 390 px, driven
by selenium), with the mail read back from a real SMTP server on loopback (aiosmtpd 1.4.6):
the public call; sign up; the six-digit code read from the mail; verify; sign in; fill the
form; attach a PDF (for the judges) and a photo; submit; the receipt (page and mail) lists
both files with their SHA-256. The secretariat asks for a supplement (`entry request`): the
entrant is mailed, sees the request and adds a file; the secretariat validates (`entry
validate`): the file for the judges becomes blind, the entrant is mailed. The round is
scored and published: the entrant sees the result on their page and gets it by mail, files a
complaint from the page, and hears by mail that the secretariat accepted it.
No page is wider than the phone. Screenshots at 390 and 1280 px go to the folder given.
Usage: entrant_flow.py PATH-TO-SANGKIEN SCREENSHOT-DIR. One line per check; non-zero exit if
any fails."""
import datetime
import email
import email.policy
import hashlib
import os
import socket
import struct
import subprocess
import sys
import time
import zlib

from aiosmtpd.controller import Controller
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import Select, WebDriverWait

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Support"))
from web_contest import Checks, Contest, chromium, stop  # noqa: E402

binary = os.path.abspath(sys.argv[1])
shots = os.path.abspath(sys.argv[2])
os.makedirs(shots, exist_ok=True)
contest = Contest(binary, "sangkien-entrant-", intake=True, assign=False)
work, run = contest.work, contest.run
ORGANISER = "Ban Tổ Chức (minh hoạ)"
run("staff", "add", ORGANISER, "--role", "organiser")
check = Checks()
EMAIL = "tran.thi.lan@example.vn"


class Mailbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(email.message_from_bytes(envelope.content, policy=email.policy.default))
        return "250 OK"

    def wait(self, kind_words, timeout=15):
        """The first message to the entrant whose subject holds `kind_words`."""
        deadline = time.time() + timeout
        while time.time() < deadline:
            for message in self.messages:
                if EMAIL in message["To"] and kind_words in message["Subject"]:
                    return message
            time.sleep(0.1)
        return None


def text(message):
    return message.get_body(("plain",)).get_content() if message else ""


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def png(path):
    """A small real PNG (a photo stand-in): 8×8 grey pixels."""
    rows = b"".join(b"\x00" + b"\x80" * 8 for _ in range(8))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 8, 8, 0, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def sha(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


box = Mailbox()
smtp_port = free_port()
controller = Controller(box, hostname="127.0.0.1", port=smtp_port)
controller.start()
env = dict(contest.env, SANGKIEN_SMTP_URL=f"smtp://127.0.0.1:{smtp_port}",
           SANGKIEN_MAIL_FROM="Ban tổ chức cuộc thi <bantochuc@example.org>",
           SANGKIEN_MAIL_EVERY="0.2", SANGKIEN_MAIL_BACKOFF_SCALE="0")
port = free_port()
base = f"http://127.0.0.1:{port}"
env["SANGKIEN_BASE_URL"] = base
server = subprocess.Popen([binary, "serve", "--port", str(port)], env=env,
                          stderr=subprocess.PIPE, text=True)
for _ in range(100):
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
        break
    except OSError:
        time.sleep(0.1)

pdf = os.path.join(work, "Thuyết minh sáng kiến.pdf")
with open(pdf, "wb") as f:
    f.write(b"%PDF-1.4\n% ban thuyet minh khong ghi ten tac gia\n%%EOF\n")
photo = os.path.join(work, "anh-mo-hinh.png")
png(photo)
more = os.path.join(work, "quyet-dinh-ap-dung.pdf")
with open(more, "wb") as f:
    f.write(b"%PDF-1.4\n% quyet dinh ap dung\n%%EOF\n")


def narrow(name):
    """The page at 390 px: nothing wider than the phone; a screenshot."""
    width = driver.execute_script("return document.documentElement.scrollWidth")
    check(f"{name}: no wider than a phone (390 px)", width <= 390, width)
    driver.save_screenshot(os.path.join(shots, f"entrant-{name}-390.png"))


driver = chromium()
wait = WebDriverWait(driver, 10)
try:
    driver.set_window_size(390, 844)
    driver.get(base + "/")
    check("anyone's home is the call", "/contest" in driver.current_url, driver.current_url)
    check("the call is Vietnamese and open", "Đang nhận hồ sơ trực tuyến" in driver.page_source)
    narrow("call")
    driver.find_element(By.LINK_TEXT, "Đăng ký tài khoản dự thi").click()
    wait.until(ec.presence_of_element_located((By.ID, "email")))
    narrow("sign-up")
    driver.find_element(By.ID, "email").send_keys(EMAIL)
    driver.find_element(By.ID, "name").send_keys("Trần Thị Lan")
    driver.find_element(By.ID, "phone").send_keys("0912 345 678")
    driver.find_element(By.ID, "password").send_keys("mat-khau-cua-lan-2025")
    driver.find_element(By.ID, "confirm").send_keys("mat-khau-cua-lan-2025")
    driver.find_element(By.CSS_SELECTOR, "form.card button[type=submit]").click()
    wait.until(ec.presence_of_element_located((By.ID, "code")))
    check("signing up leads to the code's page", "/verify" in driver.current_url, driver.current_url)
    mail = box.wait("Mã xác minh")
    check("the code arrives by mail, in Vietnamese", mail is not None)
    code = [line for line in text(mail).splitlines() if line.startswith("Mã xác minh:")]
    code = code[0].split(":")[1].strip() if code else ""
    check("a six-digit code", len(code) == 6 and code.isdigit(), code)
    driver.find_element(By.ID, "code").send_keys(code)
    driver.find_element(By.CSS_SELECTOR, "form.card button[type=submit]").click()
    # The next page, not the one still showing: verified, or the code's page with its error.
    wait.until(lambda d: "Đã xác minh" in d.page_source or "role=\"alert\"" in d.page_source)
    check("the address is verified", "Đã xác minh" in driver.page_source,
          driver.find_element(By.TAG_NAME, "main").text[:300])
    driver.get(base + "/sign-in?next=/submissions")
    driver.find_element(By.ID, "login").send_keys(EMAIL)
    driver.find_element(By.ID, "password").send_keys("mat-khau-cua-lan-2025")
    driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    wait.until(ec.url_contains("/submissions"))
    narrow("submissions")
    driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
    wait.until(ec.presence_of_element_located((By.ID, "title")))
    driver.find_element(By.ID, "title").send_keys("Tra cứu tình trạng hồ sơ đất đai bằng mã QR")
    Select(driver.find_element(By.ID, "category")).select_by_value("solution")
    Select(driver.find_element(By.ID, "entrant_kind")).select_by_value("individual")
    driver.find_element(By.ID, "unit").send_keys("UBND phường Dịch Vọng Hậu (minh hoạ)")
    driver.find_element(By.ID, "field").send_keys("Đất đai")
    driver.find_element(By.ID, "summary").send_keys("Người dân quét mã QR trên phiếu hẹn để biết hồ sơ đang ở bước nào.")
    driver.find_element(By.ID, "author-1").send_keys("Trần Thị Lan")
    narrow("draft")
    driver.find_element(By.XPATH, "//button[normalize-space()='Lưu']").click()
    wait.until(ec.url_contains("done=saved"))
    check("the draft is saved", "Đã lưu." in driver.page_source)
    driver.find_element(By.ID, "file").send_keys(pdf)
    driver.find_element(By.NAME, "for_judges").click()
    driver.find_element(By.XPATH, "//button[normalize-space()='Tải tệp lên']").click()
    wait.until(ec.url_contains("done=uploaded"))
    driver.find_element(By.ID, "file").send_keys(photo)
    driver.find_element(By.XPATH, "//button[normalize-space()='Tải tệp lên']").click()
    wait.until(lambda d: "anh-mo-hinh.png" in d.page_source)
    check("both files are in the draft, with their SHA-256",
          sha(pdf) in driver.page_source and sha(photo) in driver.page_source)
    narrow("files")
    driver.find_element(By.NAME, "declaration").click()
    driver.find_element(By.XPATH, "//button[normalize-space()='Nộp hồ sơ']").click()
    wait.until(ec.url_contains("done=submitted"))
    check("submitted: the entry has its code", "SK-0041" in driver.page_source, driver.title)
    narrow("submitted")
    driver.find_element(By.LINK_TEXT, "Giấy biên nhận").click()
    wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, ".paper")))
    page = driver.page_source
    check("the receipt lists both files with their SHA-256",
          "SK-0041" in page and sha(pdf) in page and sha(photo) in page)
    narrow("receipt")
    driver.set_window_size(1280, 900)
    driver.save_screenshot(os.path.join(shots, "entrant-receipt-1280.png"))
    driver.set_window_size(390, 844)
    receipt = box.wait("Biên nhận hồ sơ SK-0041")
    check("the receipt arrives by mail with both SHA-256",
          receipt is not None and sha(pdf) in text(receipt) and sha(photo) in text(receipt))
    check("the receipt's link leads to the submission",
          f"{base}/submissions/1" in text(receipt), text(receipt)[-300:])

    # The secretariat asks for a supplement.
    until = (datetime.date.today() + datetime.timedelta(days=7)).strftime("%d/%m/%Y")
    subprocess.run([binary, "entry", "request", "SK-0041", "--reason",
                    "Bổ sung quyết định áp dụng tại đơn vị", "--until", until],
                   env=env, check=True, capture_output=True)
    check("the request reaches the entrant by mail", box.wait("Yêu cầu bổ sung hồ sơ SK-0041") is not None)
    driver.get(base + "/submissions/1")
    check("the entrant sees the request and its day",
          "Bổ sung quyết định áp dụng tại đơn vị" in driver.page_source and until in driver.page_source)
    driver.find_element(By.ID, "file").send_keys(more)
    driver.find_element(By.XPATH, "//button[normalize-space()='Tải tệp lên']").click()
    wait.until(ec.url_contains("done=uploaded"))
    check("the supplement's file joins the entry", "quyet-dinh-ap-dung.pdf" in driver.page_source)
    narrow("supplement")
    listed = run("entry", "attachments", "SK-0041")
    check("the secretariat sees three files", listed.count(".p") >= 3, listed)

    # The secretariat validates: the file for the judges becomes blind; the entrant is told.
    subprocess.run([binary, "entry", "validate", "SK-0041"], env=env, check=True, capture_output=True)
    check("the acceptance reaches the entrant by mail", box.wait("Hồ sơ SK-0041: hợp lệ") is not None)
    driver.get(base + "/submissions/1")
    check("the entrant sees the status and the file confirmed for the judges",
          "hợp lệ" in driver.page_source and "đã xác nhận" in driver.page_source)

    # Judges score, the organisers publish: the entrant sees the result.
    run("assign", "run")
    pairs = [line.split(",") for line in run("assign", "export").lstrip("\ufeff").splitlines()[1:]]
    rows = ["round,judge,entry,novelty,feasibility,time,cost,steps,replicability,presentation,comment"]
    for n, (round_, judge, entry) in enumerate(p[:3] for p in pairs):
        rows.append(f"{round_},{judge},{entry},{15 + n % 10},15,8,8,8,10,8,")
    scores = os.path.join(work, "diem.csv")
    with open(scores, "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")
    run("score", "import", scores)
    out = os.path.join(work, "cong-bo")
    published = subprocess.run([binary, "publish", "--round", "so-khao", "--out", out, "--as", ORGANISER],
                               env=env, capture_output=True, text=True)
    check("the round is published", published.returncode == 0, published.stderr[-400:])
    driver.get(base + "/submissions/1")
    check("the entrant sees the result", "Kết quả" in driver.page_source and "#" in driver.page_source)
    narrow("result")
    check("the result reaches the entrant by mail", box.wait("Kết quả hồ sơ SK-0041") is not None)
    # A complaint about the result, from the entrant's page; the secretariat accepts it.
    driver.find_element(By.ID, "complaint-text").send_keys("Đề nghị phúc khảo: điểm tiêu chí hiệu quả thấp")
    driver.find_element(By.XPATH, "//button[normalize-space()='Gửi đơn khiếu nại']").click()
    wait.until(ec.url_contains("done=complained"))
    check("the complaint is filed and shown", "đã nhận" in driver.page_source
          and "điểm tiêu chí hiệu quả thấp" in driver.page_source)
    narrow("complaint")
    subprocess.run([binary, "complaint", "accept", "1"], env=env, check=True, capture_output=True)
    answer = box.wait("Đơn khiếu nại hồ sơ SK-0041: đã thụ lý")
    check("the acceptance of the complaint reaches the entrant by mail", answer is not None)
    driver.get(base + "/submissions/1")
    check("the entrant sees it accepted", "đã thụ lý" in driver.page_source)
    status = run("round", "status", "--round", "so-khao")
    check("the open complaint is on the round's status with its due day",
          "Khiếu nại đang chờ trả lời: 1" in status, status[-400:])
    driver.get(base + "/results")
    narrow("results")
    # Another entrant's address never reaches this entrant's submission.
    driver.get(base + "/submissions/2")
    check("a submission not theirs (or none) is not found",
          "không có hồ sơ số 2 của Ông/Bà" in driver.page_source, driver.page_source[-500:])
finally:
    driver.quit()
    stop(server)
    controller.stop()
check.finish("entrant journey")
