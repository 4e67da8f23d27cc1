#!/usr/bin/env bash
# Whole-command benchmark: `disclose build` and `disclose check` on a generated site of N
# notices × 3 versions × 4 languages, against Hugo building the same Markdown (one page per
# notice, version and language, minimal layout), timed in turn in the same session.
#
#   benches/run.sh [notices] [runs]        (default 1000 notices, 5 runs)
#
# Needs hyperfine and hugo (Debian: apt-get install hyperfine hugo). Prints the medians, the time
# per page and the ratio disclose/Hugo per page. On a shared machine, quote the ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
runs=${2:-5}
work=${BENCH_DIR:-target/bench}
for tool in hyperfine hugo; do
  command -v "$tool" >/dev/null || { echo "needs $tool: apt-get install -y $tool" >&2; exit 2; }
done
cargo build --release --quiet
cargo run --release --quiet --example gen_site -- "$n" "$work/site" "$work/hugo"
bin=target/release/disclose
"$bin" build --root "$work/site" >/dev/null 2>&1
hugo --quiet -s "$work/hugo" -d public >/dev/null
pages_d=$(find "$work/site/public" -name '*.html' | wc -l)
pages_h=$(find "$work/hugo/public" -name '*.html' | wc -l)
hyperfine --style basic --runs "$runs" --warmup 1 --export-json "$work/times.json" \
  -n disclose-build "$bin build --root $work/site" \
  -n disclose-check "$bin check --root $work/site" \
  -n hugo "hugo --quiet -s $work/hugo -d public" >/dev/null
python3 - "$work/times.json" "$pages_d" "$pages_h" <<'PY'
import json, sys
t = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
pd, ph = int(sys.argv[2]), int(sys.argv[3])
med = lambda k: t[k]["median"]
print(f"disclose build: {med('disclose-build'):.2f} s median for {pd} pages (+ as many notice.json): {med('disclose-build')/pd*1e3:.3f} ms/page")
print(f"disclose check: {med('disclose-check'):.2f} s median")
print(f"hugo:           {med('hugo'):.2f} s median for {ph} pages: {med('hugo')/ph*1e3:.3f} ms/page")
print(f"ratio per page, disclose/hugo: {(med('disclose-build')/pd)/(med('hugo')/ph):.2f}")
PY
