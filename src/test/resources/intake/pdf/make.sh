#!/bin/sh
# Makes the PDF fixtures of PdfDocumentReaderTests from the HTML sources in this folder.
# Needs (Debian 12): apt-get install -y chromium fonts-noto-cjk fonts-droid-fallback qpdf ghostscript
# Run from this folder: sh make.sh
set -eu
here=$(pwd)
print() { chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$2" "file://$here/$1" 2>/dev/null; }

# tagged PDFs (Chromium tags what it prints)
print summary.html summary.pdf
print summary-zh.html summary-zh.pdf
print columns.html columns-tagged.pdf
print table-grid.html table-grid.pdf

# untagged PDFs: Ghostscript's pdfwrite re-writes the pages and drops the structure tree
gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=pdfwrite -o columns.pdf columns-tagged.pdf
gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=pdfwrite -o summary-untagged.pdf summary.pdf

# image only: a screenshot (PNG) of some text, printed on its own
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=800,240 --screenshot="$here/scan.png" "file://$here/scan-source.html" 2>/dev/null
print scanned.html scanned.pdf

# encrypted: with a user password (refused), with an owner password only (read)
qpdf --encrypt user owner 256 -- summary.pdf encrypted.pdf
qpdf --encrypt '' owner 256 -- summary.pdf owner-password.pdf

# truncated: the first half of a good PDF
head -c $(( $(stat -c %s summary.pdf) / 2 )) summary.pdf > truncated.pdf

# fonts without a Unicode map: Chromium draws Noto Sans CJK as Type 3 fonts; rename their
# /ToUnicode entries in qpdf's QDF form (same length, so offsets hold), then let qpdf rewrite it
print no-unicode-map.html no-unicode-map-src.pdf
qpdf --qdf --object-streams=disable no-unicode-map-src.pdf no-unicode-map-qdf.pdf
sed 's#/ToUnicode #/ToUnicodX #' no-unicode-map-qdf.pdf > no-unicode-map-qdf2.pdf
qpdf no-unicode-map-qdf2.pdf no-unicode-map.pdf
rm no-unicode-map-src.pdf no-unicode-map-qdf.pdf no-unicode-map-qdf2.pdf
ls -l *.pdf
