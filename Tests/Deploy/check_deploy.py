#!/usr/bin/env python3
"""The deployment kit (deploy/) for real, on loopback. Debian's nginx runs the kit's site
file — its placeholders filled as an administrator would (the server's name, a self-signed
certificate this test makes, free ports) and one line added for the test, `proxy_bind
127.0.0.3`, so that nginx reaches sangkien from another address than the browser's — in
front of `sangkien serve --contests DIR --trusted-proxy 127.0.0.3` holding two contests
(hanoi-2026 online, hanoi-2025 at the desk). Chromium goes through it: plain HTTP sent to
HTTPS, an entrant's 20 MB dossier file uploaded in one contest, a judge's sheet submitted in
the other, the folder's home listing both as the browser's own, cookies Secure; the audit
log records the browser's address, not nginx's; a forged X-Forwarded-For sent to nginx, or
to sangkien directly, changes nothing. Then deploy/sangkien-backup copies
every contest of a folder, rotates old days away, and a copy restored into an empty folder
passes `audit check-publication` on its published files.
Usage: check_deploy.py PATH-TO-SANGKIEN SCREENSHOT-DIR"""
import json
import os
import socket
import sqlite3
import ssl
import subprocess
import sys
import time
import urllib.error
import urllib.request

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Support"))
from web_contest import (ROOT, Checks, Contest, axe_findings, entrant_with_submissions,  # noqa: E402
                         sign_in_with_code, stop)

binary = os.path.abspath(sys.argv[1])
shots = os.path.abspath(sys.argv[2])
os.makedirs(shots, exist_ok=True)
# Two editions in one folder: this year's online, last year's at the desk.
contest = Contest(binary, "sangkien-deploy-", intake=True, contest_id="hanoi-2026")
run = contest.run
work = contest.work
last_year = Contest(binary, "", contest_id="hanoi-2025", work=work)
check = Checks()
PROXY = "127.0.0.3"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url, context=None):
    for _ in range(100):
        try:
            urllib.request.urlopen(url, timeout=1, context=context)
            return True
        except Exception:
            time.sleep(0.1)
    return False


def sign_ins(edition=contest):
    """Every session opened, oldest first: (login, address) as the audit log has them."""
    database = sqlite3.connect(edition.env["SANGKIEN_DB"])
    rows = database.execute(
        "SELECT after FROM audit WHERE action = 'access.sign-in' ORDER BY id").fetchall()
    database.close()
    return [(json.loads(r[0])["login"], json.loads(r[0])["address"]) for r in rows]


# A self-signed certificate for localhost, where Let's Encrypt's would be.
key, cert = os.path.join(work, "key.pem"), os.path.join(work, "cert.pem")
subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                "-subj", "/CN=localhost", "-keyout", key, "-out", cert],
               check=True, capture_output=True)

app_port, http_port, https_port = free_port(), free_port(), free_port()
server = subprocess.Popen([binary, "serve", "--contests", work, "--port", str(app_port),
                           "--trusted-proxy", PROXY], env=contest.env, stderr=subprocess.DEVNULL)
direct = f"http://127.0.0.1:{app_port}/c/hanoi-2026"
check("sangkien answers on its port", wait_for(direct + "/api/openapi.json"))

with open(os.path.join(ROOT, "deploy", "nginx", "sangkien.conf"), encoding="utf-8") as f:
    site = f.read()
site = (site.replace("/etc/letsencrypt/live/SERVER_NAME/fullchain.pem", cert)
        .replace("/etc/letsencrypt/live/SERVER_NAME/privkey.pem", key)
        .replace("SERVER_NAME", "localhost")
        .replace("server 127.0.0.1:8080;", f"server 127.0.0.1:{app_port};")
        .replace("listen 80;", f"listen 127.0.0.1:{http_port};").replace("    listen [::]:80;\n", "")
        .replace("listen 443 ssl http2;", f"listen 127.0.0.1:{https_port} ssl http2;")
        .replace("    listen [::]:443 ssl http2;\n", "")
        .replace("root /var/www/html;", f"root {work};")
        .replace("proxy_pass http://sangkien;", f"proxy_pass http://sangkien;\n        proxy_bind {PROXY};"))
directives = "\n".join(line for line in site.splitlines() if not line.strip().startswith("#"))
check("every placeholder of the site file is filled", "SERVER_NAME" not in directives
      and "/etc/letsencrypt" not in directives and "8080" not in directives, directives[:300])
for folder in ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]:
    os.makedirs(os.path.join(work, folder), exist_ok=True)
conf = os.path.join(work, "nginx.conf")
with open(conf, "w", encoding="utf-8") as f:
    f.write(f"""worker_processes 1;
pid {work}/nginx.pid;
error_log {work}/nginx-error.log;
events {{ worker_connections 128; }}
http {{
    access_log {work}/nginx-access.log;
    client_body_temp_path {work}/client_body;
    proxy_temp_path {work}/proxy;
    fastcgi_temp_path {work}/fastcgi;
    uwsgi_temp_path {work}/uwsgi;
    scgi_temp_path {work}/scgi;
    include /etc/nginx/mime.types;
{site}
}}
""")
tested = subprocess.run(["nginx", "-t", "-c", conf, "-p", work], capture_output=True, text=True)
check("nginx -t accepts the kit's site file", tested.returncode == 0, tested.stderr)
subprocess.run(["nginx", "-c", conf, "-p", work], check=True)
site_root = f"https://localhost:{https_port}"
base, last_base = site_root + "/c/hanoi-2026", site_root + "/c/hanoi-2025"
insecure = ssl.create_default_context()
insecure.check_hostname = False
insecure.verify_mode = ssl.CERT_NONE
check("nginx answers over HTTPS", wait_for(base + "/api/openapi.json", insecure))


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


try:
    urllib.request.build_opener(NoRedirect).open(f"http://127.0.0.1:{http_port}/sign-in", timeout=5)
    moved = None
except urllib.error.HTTPError as error:
    moved = (error.code, error.headers.get("Location"))
check("plain HTTP is sent to HTTPS", moved is not None and moved[0] == 301
      and moved[1].startswith("https://"), moved)

# An entrant (signed up straight at sangkien) with a draft; a 20 MB PDF to upload.
password = "mat-khau-trien-khai-10"
entrant_with_submissions(direct, contest, "lan.deploy@example.vn", password)
big = os.path.join(work, "ho-so-20mb.pdf")
with open(big, "wb") as f:
    f.write(b"%PDF-1.4\n% 20 MB dossier (minh hoa)\n")
    f.write(b"%" + b"x" * (20 * 1024 * 1024 - 64) + b"\n")
    f.write(b"%%EOF\n")
judge_code = last_year.run("access", "invite", "gk01").strip().splitlines()[-1]

from selenium import webdriver  # noqa: E402

# Chromium as web_contest.chromium() makes it, told to accept the test's own certificate.
options = webdriver.ChromeOptions()
options.add_experimental_option("prefs", {"intl.accept_languages": "vi"})
for flag in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--lang=vi",
             "--ignore-certificate-errors"]:
    options.add_argument(flag)
driver = webdriver.Chrome(options=options,
                          service=webdriver.ChromeService(executable_path="/usr/bin/chromedriver"))
wait = WebDriverWait(driver, 60)
try:
    driver.set_window_size(1280, 900)
    driver.get(base + "/sign-in")
    # The entrant uploads the 20 MB file through nginx.
    driver.find_element(By.ID, "login").send_keys("lan.deploy@example.vn")
    driver.find_element(By.ID, "password").send_keys(password)
    driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    wait.until(lambda d: "/submissions" in d.current_url)
    cookie = next((c for c in driver.get_cookies() if c["name"] == "sk_session_hanoi-2026"), None)
    check("through HTTPS the session cookie is Secure (X-Forwarded-Proto believed)",
          cookie is not None and cookie.get("secure") is True, cookie)
    driver.get(base + "/submissions/1")
    driver.find_element(By.ID, "file").send_keys(big)
    started = time.time()
    driver.find_element(By.XPATH, "//button[normalize-space()='Tải tệp lên']").click()
    wait.until(lambda d: "ho-so-20mb.pdf" in d.page_source)
    check("a 20 MB dossier file goes through nginx", "ho-so-20mb.pdf" in driver.page_source,
          driver.page_source[:400])
    print(f"     (20 MB through nginx in {time.time() - started:.1f} s)")
    driver.save_screenshot(os.path.join(shots, "deploy-upload-1280.png"))
    # In the same browser, a judge of last year's contest signs in there with their code,
    # sets a password, submits a sheet: the entrant's session of this year's stays.
    sign_in_with_code(driver, last_base, "gk01", judge_code, "mat-khau-giam-khao-trien-khai",
                      timeout=60)
    wait.until(lambda d: "/worklist" in d.current_url)
    driver.find_element(By.CSS_SELECTOR, "ul.worklist a.code").click()
    wait.until(ec.presence_of_element_located((By.ID, "p-novelty")))
    for leaf, value in {"novelty": "20", "feasibility": "15", "time": "8", "cost": "8",
                        "steps": "8", "replicability": "10", "presentation": "8"}.items():
        field = driver.find_element(By.ID, "p-" + leaf)
        field.clear()
        field.send_keys(value)
    driver.find_element(By.CSS_SELECTOR, "button[value=submit]").click()
    wait.until(lambda d: "Đã nộp" in d.page_source)
    check("a judge's sheet is submitted through nginx", "Đã nộp" in driver.page_source)
    check("the sheet's pages stay under their contest's address",
          driver.current_url.startswith(last_base + "/"), driver.current_url)
    driver.save_screenshot(os.path.join(shots, "deploy-sheet-1280.png"))
    driver.get(site_root + "/")
    home = driver.find_element(By.ID, "main").text
    check("the folder's home lists the contest taking entries and both of the browser's own",
          "Cuộc thi bạn đang đăng nhập" in home and home.count("Cuộc thi Tìm kiếm") == 3
          and home.count("năm 2026") == 2 and home.count("năm 2025") == 1
          and not driver.find_elements(By.CSS_SELECTOR, "header nav")
          and "(giám khảo)" in home and "(người dự thi)" in home, home)
    driver.save_screenshot(os.path.join(shots, "deploy-home-1280.png"))
    # The folder's home under axe-core, at a desk's width and a phone's.
    from axe_selenium_python import Axe  # noqa: E402
    axe = Axe(driver)
    for width in (1280, 390):
        driver.set_window_size(width, 900)
        driver.get(site_root + "/")
        error, bad = axe_findings(driver, axe)
        wide = driver.execute_script("return document.documentElement.scrollWidth")
        check(f"the folder's home at {width} px: axe finds nothing serious, nothing wider than the screen",
              not error and not bad and wide <= width, (error, bad, wide))
        driver.save_screenshot(os.path.join(shots, f"deploy-home-{width}.png"))
    driver.set_window_size(1280, 900)
    recorded = dict(sign_ins())
    judged = dict(sign_ins(last_year))
    check("the audit log records the browser's address, not nginx's",
          judged.get("gk01") == "127.0.0.1" and recorded.get("lan.deploy@example.vn") == "127.0.0.1",
          (recorded, judged))
finally:
    driver.quit()


def sign_in_at(url, login, headers):
    code = run("access", "invite", login).strip().splitlines()[-1]
    request = urllib.request.Request(
        url + "/api/v1/sign-in", data=json.dumps({"login": login, "code": code}).encode(),
        method="POST", headers={"Content-Type": "application/json", **headers})
    try:
        with urllib.request.urlopen(request, timeout=10, context=insecure if url == base else None):
            pass
    except urllib.error.HTTPError as error:
        check(f"{login} signs in at {url}", False, f"{error.code} {error.read()[:300]!r}")


forged = {"X-Forwarded-For": "203.0.113.9", "X-Forwarded-Proto": "https"}
sign_in_at(base, "gk02", forged)
sign_in_at(direct, "gk03", forged)
recorded = dict(sign_ins())
check("a forged X-Forwarded-For sent to nginx is replaced by the real address",
      recorded.get("gk02") == "127.0.0.1", recorded.get("gk02"))
check("a forged X-Forwarded-For sent to sangkien directly is ignored",
      recorded.get("gk03") == "127.0.0.1", recorded.get("gk03"))
subprocess.run(["nginx", "-c", conf, "-p", work, "-s", "quit"], check=False)
stop(server)

# Nightly copies of every contest in a folder, with rotation; one restored elsewhere.
data, backups = os.path.join(work, "contests"), os.path.join(work, "backups")
os.makedirs(data)
subprocess.run([binary, "demo", "--out", os.path.join(work, "demo")], env=dict(
    contest.env, SANGKIEN_DB=""), check=True, capture_output=True, cwd=ROOT)
os.rename(os.path.join(work, "demo", "sangkien.sqlite"), os.path.join(data, "hanoi-2019.sqlite"))
os.symlink(contest.env["SANGKIEN_DB"], os.path.join(data, "truc-tuyen.sqlite"))
# The copies are recorded under one member of each contest's secretariat.
run("staff", "add", "Tổ thư ký (minh hoạ)", "--role", "secretariat")
old = os.path.join(backups, "2019-01-01")
os.makedirs(old)
stale = time.time() - 40 * 86400
os.utime(old, (stale, stale))
done = subprocess.run([os.path.join(ROOT, "deploy", "sangkien-backup")], capture_output=True, text=True,
                      env=dict(os.environ, SANGKIEN_BIN=binary, SANGKIEN_DATA=data,
                               SANGKIEN_BACKUPS=backups, SANGKIEN_KEEP_DAYS="14",
                               SANGKIEN_ACTOR="Tổ thư ký (minh hoạ)", SANGKIEN_LANG="vi"))
check("the nightly copy takes every contest", done.returncode == 0
      and "2 contest(s) copied" in done.stdout, done.stdout + done.stderr)
days = sorted(os.listdir(backups))
check("days older than the kept ones are removed", days == [time.strftime("%Y-%m-%d")], days)
today = os.path.join(backups, days[-1])
check("one copy per contest", sorted(os.listdir(today)) == ["hanoi-2019.sqlite", "truc-tuyen.sqlite"],
      os.listdir(today))
fresh = os.path.join(work, "may-moi")
os.makedirs(fresh)
restored = subprocess.run([binary, "restore", os.path.join(today, "hanoi-2019.sqlite"),
                           "--db", os.path.join(fresh, "sangkien.sqlite"),
                           "--as", "Tổ thư ký (minh hoạ)"], capture_output=True, text=True)
check("a copy restores into an empty folder", restored.returncode == 0, restored.stderr)
checked = subprocess.run([binary, "audit", "check-publication", os.path.join(work, "demo", "ket-qua"),
                          "--db", os.path.join(fresh, "sangkien.sqlite"),
                          "--as", "Tổ thư ký (minh hoạ)"], capture_output=True, text=True)
check("the restored contest passes check-publication on its published files",
      checked.returncode == 0, checked.stdout[-400:] + checked.stderr)
check.finish("deployment")
