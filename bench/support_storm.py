#!/usr/bin/env python3
"""Support storm: 200 participants sign in, each fires 50 identical support
requests at once, then withdraws and supports again a few times. Reports
supports/s and checks in the database that no support was lost or duplicated."""
import concurrent.futures, http.cookiejar, re, subprocess, sys, time, urllib.parse, urllib.request

BASE, PG, PROPOSAL = sys.argv[1], sys.argv[2], int(sys.argv[3])
PEOPLE, SAME_CLICKS, CYCLES = 200, 50, 3

def client():
    jar = http.cookiejar.CookieJar()
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect())

class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None

def csrf(opener, path):
    html = opener.open(BASE + path).read().decode()
    return re.search(r'name="_csrf" value="([^"]+)"', html).group(1)

def post(opener, path, data):
    try:
        return opener.open(BASE + path, urllib.parse.urlencode(data).encode()).status
    except urllib.error.HTTPError as e:
        return e.code

def sign_in(n):
    opener = client()
    token = csrf(opener, "/login")
    post(opener, "/login", {"_csrf": token, "email": f"bench{n}@example.org", "password": "bench-password-123"})
    return opener, csrf(opener, f"/proposals/{PROPOSAL}")

def sql(query):
    return subprocess.run(["psql", PG, "-tAc", query], capture_output=True, text=True, check=True).stdout.strip()

sql(f"delete from proposal_support where proposal_id = {PROPOSAL}")
with concurrent.futures.ThreadPoolExecutor(max_workers=32) as pool:
    sessions = list(pool.map(sign_in, range(1, PEOPLE + 1)))

operations = 0
start = time.time()
with concurrent.futures.ThreadPoolExecutor(max_workers=64) as pool:
    futures = [pool.submit(post, o, f"/proposals/{PROPOSAL}/support", {"_csrf": t})
               for o, t in sessions for _ in range(SAME_CLICKS)]
    operations += len([f for f in futures if f.result() in (302, 200, 422)])
    for _ in range(CYCLES):
        futures = [pool.submit(post, o, f"/proposals/{PROPOSAL}/withdraw-support", {"_csrf": t}) for o, t in sessions]
        operations += len([f for f in futures if f.result() in (302, 200, 422)])
        futures = [pool.submit(post, o, f"/proposals/{PROPOSAL}/support", {"_csrf": t}) for o, t in sessions]
        operations += len([f for f in futures if f.result() in (302, 200, 422)])
elapsed = time.time() - start

rows = int(sql(f"select count(*) from proposal_support where proposal_id = {PROPOSAL}"))
counter = int(sql(f"select support_count from proposal where id = {PROPOSAL}"))
duplicates = int(sql(f"select count(*) - count(distinct account_id) from proposal_support where proposal_id = {PROPOSAL}"))
print(f"RESULT operations={operations} seconds={elapsed:.1f} per_second={operations / elapsed:.0f} "
      f"expected={PEOPLE} rows={rows} counter={counter} lost={PEOPLE - rows} duplicated={duplicates} "
      f"counter_drift={counter - rows}")
