#!/usr/bin/env python3
"""What the server's mail sender costs the judges: judge saves (PUT of a sheet's draft, as the
page's autosave sends it) timed from one client while the outbox is empty, then while
5,000 queued messages go out to a loopback relay (aiosmtpd) through `sangkien serve`'s own
sender; prints p50/p95/p99 of each and the sender's throughput. A measurement, not a test
(timings never gate Tests/run). Usage: measure_mail_interference.py PATH-TO-SANGKIEN [N]"""
import json
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor

from aiosmtpd.controller import Controller

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Support"))
from web_contest import Contest  # noqa: E402

binary = os.path.abspath(sys.argv[1])
count = int(sys.argv[2]) if len(sys.argv) > 2 else 5000
contest = Contest(binary, "sangkien-mail-bench-")


class Box:
    def __init__(self):
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        return "250 OK"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


box = Box()
smtp_port = free_port()
relay = Controller(box, hostname="127.0.0.1", port=smtp_port)
relay.start()
env = dict(contest.env, SANGKIEN_BASE_URL="https://chamdiem.example.org")
for judge in ["gk01", "gk02", "gk03", "gk04"]:
    subprocess.run([binary, "judge", "update", judge, "--email", f"{judge}@example.org"], env=env,
                   check=True, capture_output=True)
started = time.time()
with ThreadPoolExecutor(max_workers=4) as pool:
    list(pool.map(lambda i: subprocess.run(
        [binary, "access", "invite", ["gk01", "gk02", "gk03", "gk04"][i % 4], "--mail"], env=env,
        check=True, capture_output=True), range(count)))
print(f"{count} messages queued in {time.time() - started:.1f} s")
code = subprocess.run([binary, "access", "invite", "gk05"], env=env, check=True,
                      capture_output=True, text=True).stdout.strip().splitlines()[-1]


def serve(with_relay):
    port = free_port()
    server_env = dict(env, SANGKIEN_MAIL_EVERY="0.05")
    if with_relay:
        server_env.update(SANGKIEN_SMTP_URL=f"smtp://127.0.0.1:{smtp_port}",
                          SANGKIEN_MAIL_FROM="bantochuc@example.org")
    server = subprocess.Popen([binary, "serve", "--port", str(port)], env=server_env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/api/openapi.json", timeout=1)
            break
        except Exception:
            time.sleep(0.1)
    return server, base


def call(base, path, body=None, cookie=None, csrf=None, method=None):
    headers = {"Content-Type": "application/json"}
    if cookie:
        headers["Cookie"] = cookie
    if csrf:
        headers["X-CSRF-Token"] = csrf
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(base + path, data=data, headers=headers,
                                     method=method or ("POST" if data else "GET"))
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.headers.get("Set-Cookie", ""), json.loads(response.read())


def saves(base, cookie, csrf, entry, seconds, stop=lambda: False):
    times, version, value = [], None, 0
    _, sheet = call(base, f"/api/v1/rounds/so-khao/sheets/{entry}", cookie=cookie)
    version = sheet["version"]
    end = time.time() + seconds
    while time.time() < end and not stop():
        value = (value + 1) % 20
        started = time.perf_counter()
        _, answer = call(base, f"/api/v1/rounds/so-khao/sheets/{entry}",
                         {"points": {"novelty": value}, "comment": "", "submit": False,
                          "version": version}, cookie=cookie, csrf=csrf, method="PUT")
        times.append((time.perf_counter() - started) * 1000)
        version = answer["version"]
    return times


def quantiles(times):
    ordered = sorted(times)
    pick = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))]
    return f"n={len(times)} p50 {statistics.median(times):.1f} ms, p95 {pick(0.95):.1f} ms, p99 {pick(0.99):.1f} ms"


def judge_session(base):
    cookie, me = call(base, "/api/v1/sign-in", {"login": "gk05", "code": code})
    session = cookie.split(";")[0]
    call(base, "/api/v1/password", {"new_password": "mat-khau-do-thoi-gian"}, cookie=session,
         csrf=me["csrf"])
    _, worklist = call(base, "/api/v1/rounds/so-khao/worklist", cookie=session)
    return session, me["csrf"], worklist["entries"][0]["code"]


try:
    server, base = serve(with_relay=False)
    session, csrf, entry = judge_session(base)
    quiet = saves(base, session, csrf, entry, 15)
    server.terminate()
    server.wait(timeout=15)
    server, base = serve(with_relay=True)
    cookie, me = call(base, "/api/v1/sign-in", {"login": "gk05", "password": "mat-khau-do-thoi-gian"})
    session = cookie.split(";")[0]
    started = time.time()
    busy = saves(base, session, me["csrf"], entry, 120, stop=lambda: box.count >= count)
    while box.count < count and time.time() - started < 600:
        time.sleep(0.1)
    sent_in = time.time() - started
    server.terminate()
    server.wait(timeout=15)
    print(f"judge saves, outbox empty:          {quantiles(quiet)}")
    print(f"judge saves, while {count} go out: {quantiles(busy)}")
    print(f"{box.count} messages delivered in {sent_in:.1f} s ({box.count / sent_in:.0f} messages/s)")
finally:
    relay.stop()
