"""A measurement, not a test: a judge's draft saves (API, one after another) while the
secretariat's 19 MB score file (253,596 rows over the demo's pairs) is checked on
/uploads/scores. Prints how long the check took and the saves' median and worst latency.
Usage: python3 Tests/API/measure_upload_stall.py PATH-TO-SANGKIEN"""
import json, os, sys, threading, time, urllib.request, uuid, http.cookiejar, re
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Support"))
from web_contest import Contest, SECRETARIAT
binary = sys.argv[1]
c = Contest(binary, "stall-")
pairs = [l.split(",") for l in c.run("assign", "export").lstrip("\ufeff").splitlines()[1:]]
rows = ["round,judge,entry,novelty,feasibility,time,cost,steps,replicability,presentation,comment"]
size = 0
i = 0
while size < 19 * 2**20:
    r, j, e = pairs[i % len(pairs)][:3]
    line = f"{r},{j},{e},20,15,8,8,8,10,8,Nhận xét số {i} cho sáng kiến"
    rows.append(line); size += len(line.encode()) + 1; i += 1
path = os.path.join(c.work, "big.csv")
open(path, "w", encoding="utf-8").write("\n".join(rows) + "\n")
staff_code = c.run("access", "invite", SECRETARIAT).strip().splitlines()[-1]
judge = [p for p in pairs if p[1] == "gk01"][0]
code = c.run("access", "invite", "gk01").strip().splitlines()[-1]
server, base = c.serve()
def api(path, body, cookie=None, csrf=None):
    h = {"Content-Type": "application/json"}
    if cookie: h["Cookie"] = cookie
    if csrf: h["X-CSRF-Token"] = csrf
    req = urllib.request.Request(base + path, data=json.dumps(body).encode(), headers=h, method="PUT" if "sheets" in path else "POST")
    with urllib.request.urlopen(req) as r:
        return r.headers.get("Set-Cookie"), json.loads(r.read())
ck, me = api("/api/v1/sign-in", {"login": "gk01", "code": code})
jcookie = ck.split(";")[0]; jcsrf = me["csrf"]
api("/api/v1/password", {"new_password": "mat-khau-rieng-so-1"}, jcookie, jcsrf)
sk, sme = api("/api/v1/sign-in", {"login": SECRETARIAT, "code": staff_code})
scookie = sk.split(";")[0]; scsrf = sme["csrf"]
api("/api/v1/password", {"new_password": "mat-khau-cua-to-thu-ky"}, scookie, scsrf)
def upload():
    boundary = "----b" + uuid.uuid4().hex
    data = open(path, "rb").read()
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{scsrf}\r\n"
            f"--{boundary}\r\nContent-Disposition: form-data; name=\"round\"\r\n\r\nso-khao\r\n"
            f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n\r\n").encode() + data + f"\r\n--{boundary}--\r\n".encode()
    req = urllib.request.Request(base + "/uploads/scores", data=body, headers={"Cookie": scookie, "Content-Type": f"multipart/form-data; boundary={boundary}"}, method="POST")
    t = time.time()
    try:
        urllib.request.urlopen(req).read()
    except urllib.error.HTTPError as e:
        e.read()
    return time.time() - t
latencies = []
done = threading.Event()
def saves():
    version = 0
    n = 0
    while not done.is_set():
        t = time.time()
        _, sheet = api(f"/api/v1/rounds/so-khao/sheets/{judge[2]}", {"points": {"novelty": str(10 + n % 5)}, "comment": "", "version": version, "submit": False}, jcookie, jcsrf)
        latencies.append(time.time() - t); version = sheet["version"]; n += 1
th = threading.Thread(target=saves); th.start()
time.sleep(1)
before = len(latencies)
took = upload()
done.set(); th.join()
during = latencies[before:]
print(f"file {size/2**20:.1f} MB, {len(rows)-1} rows; the check took {took:.1f} s")
print(f"judge saves during it: {len(during)}, median {sorted(during)[len(during)//2]*1000:.0f} ms, max {max(during)*1000:.0f} ms")
server.terminate()
