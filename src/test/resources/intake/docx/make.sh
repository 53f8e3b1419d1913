#!/bin/sh
# Regenerates the DOCX test files from their sources (pandoc 2.17, LibreOffice 7.4, Python 3).
set -e
cd "$(dirname "$0")"
pandoc -f markdown -t docx -o meeting-summary.docx meeting-summary.md
pandoc -f markdown -t docx -o meeting-summary-zh.docx meeting-summary-zh.md
printf '' | pandoc -f markdown -t docx -o no-text.docx
soffice --headless --convert-to docx:"MS Word 2007 XML" merged-cells.html
python3 zip_bomb.py bomb.docx
head -c 6000 meeting-summary.docx > truncated.docx
