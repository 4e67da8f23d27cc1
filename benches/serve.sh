#!/usr/bin/env bash
# Edit-to-page latency of `disclose serve`: how long from saving a notice's sv.md until the
# served page has the new text.
#
#   benches/serve.sh [runs]        (default 20)
#
# On two sites: the example (content/, with a draft of private-persons made for the edit, since
# its published versions are locked) and the generated 1,000-notice bench site
# (examples/gen_site.rs, as benches/run.sh makes it). For each, starts `disclose serve` (release)
# on a free port, then `runs` times: writes sv.md with a new sentence and polls the page over
# HTTP (every 2 ms) until the sentence is there. Prints each site's median, min and max. It
# measures the whole path a writer sees: the file-system event, the watcher's debounce (15 ms),
# the rebuild and the first request that has the page. Not a test: run it on a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
work=${BENCH_DIR:-target/bench}
cargo build --release --quiet
cargo build --release --quiet --example gen_site
disclose=target/release/disclose
if [ ! -d "$work/site-1000/content" ]; then
  target/release/examples/gen_site 1000 "$work/site-1000" "$work/hugo-1000" >/dev/null
fi
example=$work/serve-example
rm -rf "$example"
mkdir -p "$example"
cp -r content "$example/"
"$disclose" --root "$example" version new private-persons >/dev/null
python3 - "$runs" "$disclose" "$example" "$work/site-1000" <<'PY'
import os, re, statistics, subprocess, sys, threading, time, urllib.request, urllib.error

runs, disclose, sites = int(sys.argv[1]), sys.argv[2], sys.argv[3:]

def newest_sv(site):
    """The sv.md of the newest version of the first notice, and its page's path."""
    notices = os.path.join(site, "content", "notices")
    notice = os.path.join(notices, sorted(os.listdir(notices))[0])
    version = sorted(os.listdir(notice), key=lambda v: [int(p) for p in v.split(".")])[-1]
    sv = os.path.join(notice, version, "sv.md")
    slug = re.search(r'^slug\s*=\s*"([^"]+)"', open(sv, encoding="utf-8").read(), re.M).group(1)
    return sv, f"/sv/{slug}/{version}/"

def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        return e.read().decode("utf-8", "replace")

def bench(site):
    if "private-persons" in os.listdir(os.path.join(site, "content", "notices")):
        sv = os.path.join(site, "content/notices/private-persons/1.1/sv.md")
        page = "/sv/integritetspolicy-privatpersoner/1.1/"
    else:
        sv, page = newest_sv(site)
    proc = subprocess.Popen([disclose, "serve", "--port", "0", "--root", site],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    log = []
    threading.Thread(target=lambda: log.extend(proc.stderr), daemon=True).start()
    try:
        url = None
        for line in proc.stdout:
            m = re.search(r"http://\S+", line)
            if m:
                url = m.group(0).rstrip("/")
                break
        if url is None:
            sys.exit(f"serve did not start on {site}:\n{''.join(log)}")
        original = open(sv, encoding="utf-8").read()
        if "<html" not in fetch(url + page):
            sys.exit(f"{url}{page} is not a page")
        times = []
        for i in range(runs):
            marker = f"Endret i forhåndsvisningen, gang {i}."
            started = time.perf_counter()
            with open(sv, "w", encoding="utf-8") as f:
                f.write(original + f"\n{marker}\n")
            while marker not in fetch(url + page):
                if time.perf_counter() - started > 10:
                    sys.exit(f"the edit did not show within 10 s:\n{''.join(log[-30:])}")
                time.sleep(0.002)
            times.append((time.perf_counter() - started) * 1000)
            time.sleep(0.3)
        with open(sv, "w", encoding="utf-8") as f:
            f.write(original)
        rebuilt = [l.strip() for l in log if "rebuilt" in l]
        return times, rebuilt[-1] if rebuilt else ""
    finally:
        proc.terminate()
        proc.wait()

for site in sites:
    times, last = bench(site)
    print(f"{site}: edit to page, {runs} runs: median {statistics.median(times):.1f} ms "
          f"(min {min(times):.1f}, max {max(times):.1f}); serve said: {last}")
PY
