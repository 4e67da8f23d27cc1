#!/usr/bin/env bash
# Make the seed corpora fuzz/corpus/<target>/ from the example site (content/, locales/,
# themes/), the test fixtures (tests/fixtures/) and `disclose init`'s files (src/init/).
# The corpora are not committed; run this once before fuzzing. Safe to re-run: files are
# named by their SHA-1, so seeds are added, never duplicated.
set -euo pipefail
fuzz="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$fuzz")"
corpus="$fuzz/corpus"
cd "$repo"

add() { # add TARGET FILE...: copy each file into the target's corpus
  local target="$1"; shift
  mkdir -p "$corpus/$target"
  local f
  for f in "$@"; do
    [ -f "$f" ] || continue
    cp "$f" "$corpus/$target/$(sha1sum < "$f" | cut -c1-40)"
  done
}

sites=(tests/fixtures/rules/pass content tests/fixtures/seeds/nb tests/fixtures/seeds/sv)

# site_toml: every site.toml.
mapfile -t site_tomls < <(find content tests/fixtures src/init -name site.toml | sort)
add site_toml "${site_tomls[@]}"

# facts_toml: every facts.toml.
mapfile -t facts < <(find content tests/fixtures src/init -name facts.toml | sort)
add facts_toml "${facts[@]}"

# langfile: every language file of every notice version, and init's.
mapfile -t langs < <(find content/notices tests/fixtures src/init -name '*.md' \
  ! -name README.md | sort)
add langfile "${langs[@]}"

# locale: the built-in locales, each as the site's nb.ftl, and a small override.
add locale locales/*.ftl
tmp="$(mktemp)"
trap 'rm -f "$tmp"' EXIT
printf 'site-title = Personvern\nsection-rights = Dine { $count } rettigheter\n' > "$tmp"
add locale "$tmp"

# site: files joined by 0xFF in the target's order: site.toml, facts.toml, nb.md, sv.md,
# locales/nb.ftl, themes/default/notice.html. For each version of each site: the site alone,
# with the nb locale, and with the locale and the notice template.
join_ff() { # join_ff OUT FILE...: the files' bytes joined by one 0xFF byte each
  local out="$1"; shift
  : > "$out"
  local first=1 f
  for f in "$@"; do
    [ $first = 1 ] || printf '\xff' >> "$out"
    first=0
    if [ -f "$f" ]; then cat "$f" >> "$out"; fi
  done
}
for site in "${sites[@]}"; do
  [ -f "$site/content/site.toml" ] || continue
  for v in "$site"/content/notices/*/*/; do
    v="${v%/}"
    [ -f "$v/facts.toml" ] || continue
    nb="$v/nb.md"; sv="$v/sv.md"
    # A one-language site has only one of them: use it for both, the site will complain.
    [ -f "$nb" ] || nb="$sv"; [ -f "$sv" ] || sv="$nb"
    join_ff "$tmp" "$site/content/site.toml" "$v/facts.toml" "$nb" "$sv"
    add site "$tmp"
    join_ff "$tmp" "$site/content/site.toml" "$v/facts.toml" "$nb" "$sv" locales/nb.ftl
    add site "$tmp"
    join_ff "$tmp" "$site/content/site.toml" "$v/facts.toml" "$nb" "$sv" locales/nb.ftl \
      themes/default/notice.html
    add site "$tmp"
  done
done

for t in site_toml facts_toml langfile locale site; do
  printf '%-11s %3d seeds\n' "$t" "$(find "$corpus/$t" -type f | wc -l)"
done
