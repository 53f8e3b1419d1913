#!/usr/bin/env python3
"""Turns a report fixture (NAME.md) into Markdown that pandoc renders faithfully.

Only markup changes; the words of the report stay as they are:

* runs of tab-separated lines (tables pasted from PDF, blank lines between rows allowed, as the
  extractor's TableFinder allows) become pipe tables, the first row as header; rows that are empty
  or only dashes (stray table rules) are dropped; a '|' in a cell is escaped;
* tab lines that are table-of-contents lines ("title .....<TAB>9") become one paragraph each, the
  tab a space (pandoc would otherwise run them together into one paragraph);
* a line that starts with its own enumerator ((1), （一）, 一、, 3.2.1, 1., A.) right below a line of
  text starts a new paragraph, as it does in the text the extractor reads (Markdown would run the
  two lines together into one paragraph);
* <sup>x</sup> becomes pandoc's ^x^ (a real superscript in DOCX too);
* raw HTML <table> fragments are kept for the HTML target (pandoc copies them into the page, with
  their rowspans); for the DOCX target, whose writer drops raw HTML, they become pipe tables with
  rowspan/colspan cells repeated, as the extractor's HtmlTableReader reads them.

HTML comments stay: pandoc keeps them as comments in HTML (not shown, so not in the PDF) and drops
them from DOCX.

Usage: prep.py --target html|docx IN.md > OUT.md
"""
import argparse
import re
import sys
from html.parser import HTMLParser

TOC = re.compile(r"(?:\.{4,}|…{2,}|·{4,})\s*\d{1,4}\s*$")
SEPARATOR_CELL = re.compile(r"^[-:= ]*$")
SUP = re.compile(r"<sup>\s*([^<\s]+)\s*</sup>")
LIST_ITEM = re.compile(r"^\s*(?:\d{1,9}[.)]|[-*+])\s")
# a line that starts with its own enumerator: （1） (1) （一） 一、 3.2.1<ideographic space> 1. A.
ENUMERATED = re.compile(r"^\s*(?:[（(][0-9一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、"
                        r"|\d{1,2}(?:\.\d{1,2})+[\u3000 ]|\d{1,2}[.．、][\u3000 ]|[A-Z][.．][\u3000 ])")


def is_tab_line(line):
    return "\t" in line


def is_text(line):
    t = line.strip()
    return bool(t) and not t.startswith(("#", "|", "<", ">", "---", "***"))


def sup(text):
    return SUP.sub(lambda m: "^" + m.group(1) + "^", text)


def pipe_row(cells):
    return "| " + " | ".join(sup(c).replace("|", "\\|") for c in cells) + " |"


def pipe_table(rows):
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    out = [pipe_row(rows[0]), "|" + "---|" * width]
    out.extend(pipe_row(r) for r in rows[1:])
    return out


def tab_cells(line):
    cells = [c.strip() for c in line.split("\t")]
    while len(cells) > 1 and cells[-1] == "":
        cells.pop()
    return cells


def is_separator(cells):
    return all(SEPARATOR_CELL.match(c) for c in cells)


class TableGrid(HTMLParser):
    """Reads an HTML table fragment into a grid, spans repeated (like HtmlTableReader)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.rows = []
        self.carried = {}
        self.cell = None
        self.span = (1, 1)
        self.r = -1
        self.c = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "tr":
            self.r += 1
            self.c = 0
            self.rows.append([])
        elif tag in ("td", "th"):
            self.fill_carried()
            self.cell = []
            self.span = (int(a.get("rowspan", "1") or 1), int(a.get("colspan", "1") or 1))

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cell is not None:
            text = " ".join("".join(self.cell).split())
            rowspan, colspan = self.span
            for _ in range(colspan):
                self.rows[self.r].append(text)
                for down in range(1, rowspan):
                    self.carried[(self.r + down, self.c)] = text
                self.c += 1
            self.cell = None
        elif tag == "tr":
            self.fill_carried()

    def fill_carried(self):
        while (self.r, self.c) in self.carried:
            self.rows[self.r].append(self.carried.pop((self.r, self.c)))
            self.c += 1

    def handle_data(self, data):
        if self.cell is not None:
            self.cell.append(data)


def html_table_to_pipe(fragment):
    grid = TableGrid()
    grid.feed(fragment)
    grid.close()
    rows = [r for r in grid.rows if r]
    return pipe_table(rows) if rows else []


def convert(lines, target):
    out = []
    i = 0
    in_comment = False
    n = len(lines)
    while i < n:
        line = lines[i]
        if in_comment or line.lstrip().startswith("<!--"):
            in_comment = "-->" not in line
            out.append(line)
            i += 1
            continue
        if "<table" in line.lower():
            j = i
            while j < n and "</table>" not in lines[j].lower():
                j += 1
            block = lines[i:j + 1]
            i = j + 1
            if target == "html":
                out.extend(block)
            else:
                out.append("")
                out.extend(html_table_to_pipe("\n".join(block)))
                out.append("")
            continue
        if is_tab_line(line) and TOC.search(line):
            out.append(sup(" ".join(line.split("\t")).rstrip()))
            out.append("")
            i += 1
            continue
        if is_tab_line(line):
            rows = []
            j = i
            while j < n:
                if is_tab_line(lines[j]) and not TOC.search(lines[j]):
                    cells = tab_cells(lines[j])
                    if not is_separator(cells):
                        rows.append(cells)
                    j += 1
                    continue
                # blank lines between rows belong to the table when a row follows within 3 lines
                k = j
                while k < n and k <= j + 3 and lines[k].strip() == "":
                    k += 1
                if k > j and k < n and k <= j + 3 and is_tab_line(lines[k]) and not TOC.search(lines[k]):
                    j = k
                    continue
                break
            i = j
            if rows:
                if out and out[-1].strip():
                    out.append("")
                out.extend(pipe_table(rows))
                out.append("")
            continue
        if ENUMERATED.match(line) and out and is_text(out[-1]) and not (LIST_ITEM.match(line) and LIST_ITEM.match(out[-1])):
            out.append("")
        out.append(sup(line))
        i += 1
    return out


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--target", choices=["html", "docx"], required=True)
    p.add_argument("input")
    args = p.parse_args()
    with open(args.input, encoding="utf-8") as f:
        lines = f.read().split("\n")
    sys.stdout.write("\n".join(convert(lines, args.target)))


if __name__ == "__main__":
    main()
