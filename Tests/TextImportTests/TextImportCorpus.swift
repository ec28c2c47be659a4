import Foundation
import LibXML
@testable import TextImport

/// Where the text import tests find their inputs, and the checks they share.
enum TextImportCorpus {
    /// The package root: three levels up from this file (Tests/TextImportTests/TextImportCorpus.swift).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// ../shared/lexuz beside the package, when present.
    static let lexuz: URL? = {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/lexuz")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }()

    /// The reason printed by tests that need ../shared and do not find it.
    static let lexuzMissing = "skipped: ../shared/lexuz is absent beside the package"

    /// The official Akoma Ntoso schema, compiled once.
    static let schema: XMLSchema? = {
        let path = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/akn/schema/akomantoso30.xsd").path
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return try? XMLSchema(path: path)
    }()

    /// A fixture written for these tests.
    static func fixture(_ name: String) throws -> String {
        let url = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent("Fixtures").appendingPathComponent(name)
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// A lex.uz file's text, or `nil` when ../shared/lexuz is absent.
    static func lexuzText(_ file: String) throws -> String? {
        guard let lexuz else { return nil }
        return try String(contentsOf: lexuz.appendingPathComponent(file), encoding: .utf8)
    }

    /// Every lex.uz act converted once, by file name (empty when ../shared/lexuz is absent).
    static let converted: [String: ImportedAct] = {
        var acts: [String: ImportedAct] = [:]
        for item in LexUZCase.all {
            guard let text = try? lexuzText(item.file),
                  let act = try? TextImporter().convert(text, workURI: item.uri, sourceName: "lexuz/" + item.file)
            else { continue }
            acts[item.file] = act
        }
        return acts
    }()

    /// Schema diagnostics of a document, as "line: message" strings (empty when valid).
    static func schemaErrors(_ xml: String, name: String) throws -> [String] {
        guard let schema else { return ["the official schema ../shared/akn/schema/akomantoso30.xsd is missing"] }
        let document = try XMLDocument(data: Data(xml.utf8), name: name)
        return schema.validate(document).map { "\($0.line): \($0.message)" }
    }

    // MARK: - Nothing lost

    private static let switchLines: Set<String> = ["РУС", "ENG", "ЎЗБ", "O’ZB", "O‘ZB", "OʻZB", "O‘ZB|РУС"]

    /// The lines of a lex.uz page that are the act's text: everything between the page header (which ends with
    /// the script switches and, for repealed acts, "Hujjat kuchini yo‘qotgan …") and the page footer (which
    /// starts with "Марказ ҳақида"), less the "Oldingi tahrirga qarang." links; whitespace runs are collapsed.
    static func normativeLines(of text: String) -> [String] {
        let lines = text.components(separatedBy: "\n")
            .map { $0.trimmingCharacters(in: CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{FEFF}"))) }
            .filter { !$0.isEmpty }
        var start = 0
        for (index, line) in lines.prefix(25).enumerated()
        where switchLines.contains(line) || line.hasPrefix("Hujjat kuchini") {
            start = index + 1
        }
        var end = lines.count
        if let footer = lines.indices.first(where: { $0 >= lines.count - 12 && lines[$0] == "Марказ ҳақида" }) {
            end = footer
        }
        guard start < end else { return [] }
        return lines[start..<end]
            .filter { $0.trimmingCharacters(in: CharacterSet(charactersIn: ".")) != "Oldingi tahrirga qarang" }
            .map(collapse)
    }

    /// Inline elements whose tags are removed without a space: they sit inside one line of text.
    private static let inlineElements: Set<String> = [
        "sup", "def", "remark", "date", "docType", "docTitle", "docNumber", "signature", "role", "person", "location",
    ]

    /// The text of a document outside `<meta>`: inline tags removed, other tags replaced by a space, entities
    /// decoded, whitespace runs collapsed.
    static func documentText(_ xml: String) -> String {
        var source = xml
        if let open = source.range(of: "<meta>"), let close = source.range(of: "</meta>") {
            source.removeSubrange(open.lowerBound..<close.upperBound)
        }
        var out = ""
        out.reserveCapacity(source.utf8.count)
        var index = source.startIndex
        while index < source.endIndex {
            let character = source[index]
            if character == "<", let close = source[index...].firstIndex(of: ">") {
                var name = source[source.index(after: index)..<close]
                if name.hasPrefix("/") { name = name.dropFirst() }
                let element = name.prefix { $0 != " " && $0 != "/" }
                if !inlineElements.contains(String(element)) { out.append(" ") }
                index = source.index(after: close)
            } else {
                out.append(character)
                index = source.index(after: index)
            }
        }
        let decoded = out.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
        return collapse(decoded)
    }

    /// Finds each line in the document text in order, each match standing between spaces. Returns the lines
    /// not found in order, and the words of the document text that no line accounts for.
    static func unaccounted(lines: [String], in text: String) -> (missing: [String], leftover: [String]) {
        let bytes = Array(text.utf8)
        var covered = [Bool](repeating: false, count: bytes.count)
        var position = 0
        var missing: [String] = []
        for line in lines {
            let needle = Array(line.utf8)
            guard let found = find(needle, in: bytes, from: position) else {
                missing.append(line)
                continue
            }
            for offset in found..<(found + needle.count) { covered[offset] = true }
            position = found + needle.count
        }
        var rest: [UInt8] = []
        for (offset, byte) in bytes.enumerated() { rest.append(covered[offset] ? 0x20 : byte) }
        let leftover = String(decoding: rest, as: UTF8.self).split(separator: " ").map(String.init)
        return (missing, leftover)
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        var position = start
        while position + needle.count <= haystack.count {
            if haystack[position] == needle[0],
               position == 0 || haystack[position - 1] == 0x20,
               position + needle.count == haystack.count || haystack[position + needle.count] == 0x20,
               haystack[position..<(position + needle.count)].elementsEqual(needle) {
                return position
            }
            position += 1
        }
        return nil
    }

    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\u{A0}" || $0 == "\r" })
            .joined(separator: " ")
    }
}

/// One act of ../shared/lexuz with the numbers found by reading it: articles are counted with inserted ones
/// (12¹, written "121-modda") and with those left only as a repeal note.
struct LexUZCase: Sendable, CustomStringConvertible {
    var file: String
    var uri: String
    var books: Int
    var parts: Int
    var chapters: Int
    var articles: Int
    var repealed: [String]

    var description: String { file }

    static let all: [LexUZCase] = [
        LexUZCase(file: "Axborotlashtirish_Qonuni.txt", uri: "/akn/uz/act/2003-12-11/560-ii",
                  books: 0, parts: 0, chapters: 0, articles: 24, repealed: []),
        LexUZCase(file: "Fuqarolik_Kodeksi.txt", uri: "/akn/uz/act/1995-12-21/163-i",
                  books: 1, parts: 3, chapters: 28, articles: 395,
                  repealed: ["art_63", "art_65", "art_66", "art_70", "art_71", "art_72", "art_176", "art_177", "art_179"]),
        LexUZCase(file: "Kiberxavfsizlik_Qonuni.txt", uri: "/akn/uz/act/2022-04-15/orq-764",
                  books: 0, parts: 0, chapters: 8, articles: 40, repealed: []),
        LexUZCase(file: "Konstitutsiya.txt", uri: "/akn/uz/act/2023-04-30/konstitutsiya",
                  books: 0, parts: 6, chapters: 27, articles: 155, repealed: []),
        LexUZCase(file: "Maktabgacha_Talim_Qonuni.txt", uri: "/akn/uz/act/2019-12-16/orq-595",
                  books: 0, parts: 0, chapters: 11, articles: 58, repealed: ["art_9"]),
        LexUZCase(file: "Oila_Kodeksi.txt", uri: "/akn/uz/act/1998-04-30/607-i",
                  books: 0, parts: 8, chapters: 30, articles: 240,
                  repealed: ["art_163", "art_168"] + (176...193).map { "art_\($0)" }),
        LexUZCase(file: "Shaxsiy_Malumotlar_Qonuni.txt", uri: "/akn/uz/act/2019-07-02/orq-547",
                  books: 0, parts: 0, chapters: 7, articles: 37, repealed: []),
        LexUZCase(file: "Soliq_Kodeksi.txt", uri: "/akn/uz/act/2019-12-30/orq-599",
                  books: 2, parts: 22, chapters: 74, articles: 500,
                  repealed: ["art_324", "art_455_1", "art_459", "art_460_1"]),
        LexUZCase(file: "Tadbirkorlik_Kafolatlari_Qonuni.txt", uri: "/akn/uz/act/1999-04-14/754-i",
                  books: 0, parts: 0, chapters: 6, articles: 46, repealed: []),
        LexUZCase(file: "Talim_Qonuni.txt", uri: "/akn/uz/act/1997-08-29/464-i",
                  books: 0, parts: 0, chapters: 5, articles: 34, repealed: []),
    ]
}
