#!/usr/bin/env python3
"""Mail through a real SMTP server on loopback: aiosmtpd 1.4.6 (PyPI, pinned), started here on
free ports, once plain and once requiring STARTTLS with a self-signed certificate this test
makes (openssl). An invitation queued by `access invite --mail` is delivered by `mail send`
and read back from the server: recipient, the subject's Vietnamese as RFC 2047 UTF-8 words,
the code and the sign-in link in both bodies. The relay down: five attempts, then "failed"
with the relay's answer in `mail list --failed`; `mail retry` and the message goes once the
relay is back. `sangkien serve` delivers by itself (its sender is a service of the server)
and stops on SIGTERM. Usage: check_mail.py PATH-TO-SANGKIEN. One line per check; non-zero
exit if any fails."""
import email
import email.header
import email.policy
import os
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import time

from aiosmtpd.controller import Controller

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Support"))
from web_contest import Checks, Contest  # noqa: E402

binary = os.path.abspath(sys.argv[1])
check = Checks()
contest = Contest(binary, "sangkien-mail-")
work = contest.work


class Mailbox:
    """What the relay took: each message's envelope and bytes."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        return "250 Message accepted for delivery"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def relay(tls=False):
    box = Mailbox()
    port = free_port()
    options = {}
    if tls:
        key, cert = os.path.join(work, "key.pem"), os.path.join(work, "cert.pem")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key,
                        "-out", cert, "-days", "1", "-subj", "/CN=127.0.0.1"], check=True,
                       capture_output=True)
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(cert, key)
        options = {"tls_context": context, "require_starttls": True}
    controller = Controller(box, hostname="127.0.0.1", port=port, **options)
    controller.start()
    return controller, box, port


def sangkien(*arguments, smtp=None, check_status=True, **extra):
    env = dict(contest.env, SANGKIEN_MAIL_FROM="Ban tổ chức cuộc thi <bantochuc@example.org>",
               SANGKIEN_BASE_URL="https://chamdiem.example.org", SANGKIEN_MAIL_BACKOFF_SCALE="0",
               **extra)
    if smtp:
        env["SANGKIEN_SMTP_URL"] = smtp
    done = subprocess.run([binary, *arguments], env=env, capture_output=True, text=True)
    if check_status and done.returncode != 0:
        raise SystemExit(f"{arguments}: {done.returncode} {done.stderr}")
    return done


def read(raw):
    return email.message_from_bytes(raw, policy=email.policy.default)


for judge in ["gk01", "gk02", "gk03", "gk04"]:
    sangkien("judge", "update", judge, "--email", f"{judge}@example.org")

plain, plain_box, plain_port = relay()
tls, tls_box, tls_port = relay(tls=True)
try:
    # 1. An invitation, queued with its code, delivered through the plain relay.
    invited = sangkien("access", "invite", "gk01", "--mail")
    code = invited.stdout.strip().splitlines()[-1]
    check("the invitation is queued", "gk01@example.org" in invited.stdout, invited.stdout)
    listed = sangkien("mail", "list").stdout
    check("mail list shows it waiting, never its code", "đang chờ gửi" in listed and code not in listed,
          listed)
    without = sangkien("mail", "send", check_status=False)
    check("without a relay, mail send says so and the message stays queued",
          without.returncode != 0 and "SANGKIEN_SMTP_URL" in without.stderr, without.stderr)
    sent = sangkien("mail", "send", smtp=f"smtp://127.0.0.1:{plain_port}")
    check("mail send delivers it", "Đã gửi 1 thư" in sent.stdout, sent.stdout + sent.stderr)
    check("the relay took one message", len(plain_box.messages) == 1, len(plain_box.messages))
    sender, recipients, raw = plain_box.messages[0]
    message = read(raw)
    check("to the judge's address, from the configured sender",
          recipients == ["gk01@example.org"] and sender == "bantochuc@example.org",
          (sender, recipients))
    check("the subject's Vietnamese travels as RFC 2047 UTF-8 words",
          b"Subject: =?UTF-8?B?" in raw and "Mã đăng nhập trang chấm điểm" in str(message["Subject"]),
          message["Subject"])
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    check("the code and the sign-in link in the text", code in text
          and "https://chamdiem.example.org/sign-in" in text, text[:300])
    check("and in the HTML, with nothing loaded from outside", code in html
          and "<img" not in html and "https://chamdiem.example.org/sign-in" in html)
    delivered = sangkien("mail", "list", "--format", "csv").stdout
    check("mail list says delivered", ",delivered," in delivered, delivered)
    again = sangkien("mail", "send", smtp=f"smtp://127.0.0.1:{plain_port}")
    check("a second pass sends nothing again", len(plain_box.messages) == 1
          and "Đã gửi 0 thư" in again.stdout, again.stdout)

    # 2. The relay down: five attempts, then failed with its answer; sent again when back.
    sangkien("access", "invite", "gk02", "--mail")
    dead = f"smtp://127.0.0.1:{free_port()}"
    for _ in range(5):
        sangkien("mail", "send", smtp=dead)
    failed = sangkien("mail", "list", "--failed", "--format", "csv").stdout
    rows = [line for line in failed.splitlines()[1:] if line]
    check("after five attempts the message is failed, the relay's answer kept",
          len(rows) == 1 and ",failed,5," in rows[0] and "onnect" in rows[0], failed)
    number = rows[0].lstrip("\ufeff").split(",")[0] if rows else "0"
    sangkien("mail", "retry", number)
    back = sangkien("mail", "send", smtp=f"smtp://127.0.0.1:{plain_port}")
    check("sent again once the relay is back", len(plain_box.messages) == 2
          and plain_box.messages[1][1] == ["gk02@example.org"], back.stdout + back.stderr)

    # 3. STARTTLS required.
    sangkien("access", "invite", "gk03", "--mail")
    secure = sangkien("mail", "send", smtp=f"smtp://127.0.0.1:{tls_port}?starttls=required&verify=false")
    check("delivered over STARTTLS to a relay that requires it",
          len(tls_box.messages) == 1 and tls_box.messages[0][1] == ["gk03@example.org"],
          secure.stdout + secure.stderr)

    # 4. The server's own sender, stopping with it.
    env = dict(contest.env, SANGKIEN_SMTP_URL=f"smtp://127.0.0.1:{plain_port}",
               SANGKIEN_MAIL_FROM="bantochuc@example.org", SANGKIEN_MAIL_EVERY="0.2")
    server = subprocess.Popen([binary, "serve", "--port", str(free_port())], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    time.sleep(1.5)
    sangkien("access", "invite", "gk04", "--mail")
    deadline = time.time() + 15
    while time.time() < deadline and len(plain_box.messages) < 3:
        time.sleep(0.1)
    check("sangkien serve delivers what another process queued", len(plain_box.messages) == 3
          and plain_box.messages[2][1] == ["gk04@example.org"], len(plain_box.messages))
    server.send_signal(signal.SIGTERM)
    try:
        server.wait(timeout=15)
    except subprocess.TimeoutExpired:
        server.kill()
    check("and stops on SIGTERM, its sender with it", server.returncode == 0, server.returncode)
    # 5. 500 queued, the server killed (SIGKILL) while it sends, started again: every message
    #    arrives; one sent twice only if the relay took it and the answer was lost (it comes
    #    again, with the same Message-ID, once its lease ends).
    before = len(plain_box.messages)
    from concurrent.futures import ThreadPoolExecutor

    def invite(index):
        return sangkien("access", "invite", ["gk01", "gk02", "gk03", "gk04"][index % 4], "--mail")

    started = time.time()
    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(invite, range(500)))
    queued_in = time.time() - started
    env = dict(contest.env, SANGKIEN_SMTP_URL=f"smtp://127.0.0.1:{plain_port}",
               SANGKIEN_MAIL_FROM="bantochuc@example.org", SANGKIEN_MAIL_EVERY="0.05",
               SANGKIEN_MAIL_LEASE="2")
    port = free_port()
    server = subprocess.Popen([binary, "serve", "--port", str(port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    started = time.time()
    while time.time() - started < 20 and len(plain_box.messages) - before < 150:
        time.sleep(0.01)
    server.send_signal(signal.SIGKILL)
    server.wait(timeout=10)
    at_kill = len(plain_box.messages) - before
    check("the server was killed while sending", 0 < at_kill < 500, at_kill)
    started = time.time()
    server = subprocess.Popen([binary, "serve", "--port", str(port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while time.time() - started < 60 and len({read(m[2])["Message-ID"] for m in plain_box.messages[before:]}) < 500:
        time.sleep(0.05)
    elapsed = time.time() - started
    server.send_signal(signal.SIGTERM)
    server.wait(timeout=15)
    ids = [read(m[2])["Message-ID"] for m in plain_box.messages[before:]]
    twice = len(ids) - len(set(ids))
    check("after the restart all 500 arrived", len(set(ids)) == 500, len(set(ids)))
    check("at most the one in flight at the kill arrived twice, with its Message-ID", twice <= 1,
          twice)
    rest = 500 - at_kill
    print(f"     figures: 500 invitations queued by 4 processes in {queued_in:.1f} s; "
          f"{rest} delivered after the restart in {elapsed:.1f} s "
          f"({rest / max(elapsed, 0.001):.0f} messages/s to the loopback relay)")
    # 6. Every other kind, through the relay and read back: a reminder (a scoring deadline
    #    tomorrow, set by contest update), an assignment moved, a conflict a judge declares.
    import datetime
    import json as jsonlib
    import re as regex
    import urllib.request
    hanoi = datetime.timezone(datetime.timedelta(hours=7))
    tomorrow = (datetime.datetime.now(hanoi) + datetime.timedelta(days=1)).date().isoformat()
    seeds = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "Seeds")
    text = open(os.path.join(seeds, "hanoi-2019", "contest.yaml"), encoding="utf-8").read()
    rubrics = os.path.abspath(os.path.join(seeds, "..", "Rubrics")) + "/"
    text = text.replace("../../Rubrics/", rubrics).replace(
        "advance: {top: 20, min_score: 50}\n",
        f"advance: {{top: 20, min_score: 50}}\n    scoring_deadline: \"{tomorrow} 17:00\"\n", 1)
    updated = os.path.join(work, "contest-deadline.yaml")
    open(updated, "w", encoding="utf-8").write(text)
    sangkien("contest", "update", updated)
    before = len(plain_box.messages)
    sent = sangkien("mail", "send", smtp=f"smtp://127.0.0.1:{plain_port}")
    reminders = [read(m[2]) for m in plain_box.messages[before:]]
    check("a reminder the day before the deadline, one to each judge with an address",
          len(reminders) == 4 and all("Nhắc chấm điểm vòng Sơ khảo" in str(r["Subject"])
                                      and f"17:00 {tomorrow[8:10]}/{tomorrow[5:7]}" in r.get_body(("plain",)).get_content()
                                      for r in reminders), sent.stdout + sent.stderr)
    pairs = [line.split(",") for line in sangkien("assign", "export").stdout.lstrip("\ufeff").splitlines()[1:]]
    mine = [p[2] for p in pairs if p[1] == "gk01"]
    theirs = {p[2] for p in pairs if p[1] == "gk02"}
    moved = next(code for code in mine if code not in theirs)
    sangkien("assign", "move", moved, "--from", "gk01", "--to", "gk02")
    before = len(plain_box.messages)
    sangkien("mail", "send", smtp=f"smtp://127.0.0.1:{plain_port}")
    changes = {m[1][0]: read(m[2]) for m in plain_box.messages[before:]}
    check("an assignment moved tells both judges",
          set(changes) == {"gk01@example.org", "gk02@example.org"}
          and moved in changes["gk01@example.org"].get_body(("plain",)).get_content()
          and "Thay đổi phân công" in str(changes["gk02@example.org"]["Subject"]), sorted(changes))
    sangkien("staff", "add", "Thư ký Nhận Thư", "--role", "secretariat", "--email",
             "thuky@example.org")
    code = sangkien("access", "invite", "gk03").stdout.strip().splitlines()[-1]
    port = free_port()
    server = subprocess.Popen([binary, "serve", "--port", str(port), "--base-url",
                               "https://chamdiem.example.org"], env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/api/openapi.json", timeout=1)
            break
        except Exception:
            time.sleep(0.1)

    def api(path, body, cookie=None, csrf=None):
        headers = {"Content-Type": "application/json"}
        if cookie:
            headers["Cookie"] = cookie
        if csrf:
            headers["X-CSRF-Token"] = csrf
        request = urllib.request.Request(base + path, data=jsonlib.dumps(body).encode(),
                                         headers=headers, method="POST")
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.headers.get("Set-Cookie", ""), jsonlib.loads(response.read())

    cookie, me = api("/api/v1/sign-in", {"login": "gk03", "code": code})
    session = cookie.split(";")[0]
    api("/api/v1/password", {"new_password": "mat-khau-cua-gk-ba"}, session, me["csrf"])
    declared = next(p[2] for p in pairs if p[1] == "gk03")
    before = len(plain_box.messages)
    api(f"/api/v1/rounds/so-khao/conflicts/{declared}", {"reason": "Người nhà của tác giả"},
        session, me["csrf"])
    deadline = time.time() + 15
    while time.time() < deadline and len(plain_box.messages) == before:
        time.sleep(0.1)
    server.send_signal(signal.SIGTERM)
    server.wait(timeout=15)
    told = [read(m[2]) for m in plain_box.messages[before:] if m[1] == ["thuky@example.org"]]
    body = told[0].get_body(("plain",)).get_content() if told else ""
    check("a judge's conflict reaches the secretariat, with the link to the progress page",
          len(told) == 1 and declared in str(told[0]["Subject"]) and "Người nhà của tác giả" in body
          and "https://chamdiem.example.org/progress?round=so-khao#conflicts" in body,
          body[:400])
    verify = sangkien("audit", "verify", check_status=False)
    check("audit verify replays the outbox's records", verify.returncode == 0, verify.stdout + verify.stderr)
finally:
    plain.stop()
    tls.stop()
check.finish("mail")
