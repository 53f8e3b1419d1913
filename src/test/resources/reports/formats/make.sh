#!/bin/sh
# Regenerates NAME.html, NAME.docx and NAME.pdf here for every report fixture ../NAME.md that has
# an expected-facts file ../NAME.expected.tsv. Needs python3, pandoc and chromium (with the Noto CJK
# fonts); see README.md. Usage: sh make.sh [NAME ...]   (default: every fixture)
set -eu
cd "$(dirname "$0")"
HERE=$(pwd)
FROM=markdown-smart-fancy_lists+east_asian_line_breaks
CHROMIUM=${CHROMIUM:-chromium}
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1727740800}   # fixed dates inside the DOCX
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

if [ $# -gt 0 ]; then names="$*"; else
  names=$(for md in ../*.md; do n=$(basename "$md" .md); [ -f "../$n.expected.tsv" ] && echo "$n"; done)
fi
for name in $names; do
  md="../$name.md"
  case "$name" in *.zh) lang=zh-Hant ;; *) lang=en ;; esac
  set -- --css style.css
  case "$name" in
    desg-chair-summary-sample.en) set -- "$@" --css columns.css ;;   # two columns of text
    desg-summary-record-sample.en) set -- "$@" --css narrow.css ;;   # narrow page: table cells wrap
  esac
  python3 prep.py --target html "$md" > "$tmp/$name.html.md"
  python3 prep.py --target docx "$md" > "$tmp/$name.docx.md"
  pandoc -f "$FROM" -t html5 -s --metadata pagetitle="$name" --metadata lang="$lang" "$@" \
      -o "$name.html" "$tmp/$name.html.md"
  pandoc -f "$FROM" -t docx --metadata lang="$lang" -o "$name.docx" "$tmp/$name.docx.md"
  "$CHROMIUM" --headless --no-sandbox --disable-gpu --user-data-dir="$tmp/profile" \
      --no-pdf-header-footer --print-to-pdf="$HERE/$name.pdf" "file://$HERE/$name.html" \
      > "$tmp/chromium.log" 2>&1 || { cat "$tmp/chromium.log" >&2; exit 1; }
  echo "$name: html docx pdf"
done
