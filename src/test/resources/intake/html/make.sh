#!/bin/sh
# Regenerates the generated HTML test files from their sources (pandoc 2.17, iconv, Python 3).
# news-release.html and no-main-text.html are written by hand.
set -e
cd "$(dirname "$0")"
pandoc -s -t html5 -o meeting-summary.html ../docx/meeting-summary.md
pandoc -s -t html5 -o meeting-summary-zh.html ../docx/meeting-summary-zh.md
iconv -f UTF-8 -t BIG5 news-release-zh.source.txt > news-release-zh.html
python3 -c "print('<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Deep</title></head><body><main>' + '<div>'*600 + '<p>Too deep to read.</p>' + '</div>'*600 + '</main></body></html>')" > deeply-nested.html
