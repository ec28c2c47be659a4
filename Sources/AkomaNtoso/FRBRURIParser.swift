/// Splits an FRBR URI into its parts, from the end (format, portion, component) to the start.
struct FRBRURIParser {
    let uri: String

    init(_ uri: String) { self.uri = uri }

    func parse() throws(FRBRURIError) -> FRBRURI {
        guard uri.hasPrefix("/akn/") else { throw .notAkomaNtoso(uri) }
        var rest = Substring(uri.dropFirst(5))
        // URIs are ASCII in practice, and for ASCII text every byte is a Character: the separators are found by
        // bytes, which costs a fraction of Character-by-Character searching (this parser runs several times
        // for every ingested file). Other text keeps the Character searches, so a combining mark after a
        // separator still makes one Character with it.
        let ascii = uri.utf8.allSatisfy { $0 < 0x80 }
        func lastIndex(_ byte: UInt8, in text: Substring) -> String.Index? {
            ascii ? text.utf8.lastIndex(of: byte) : text.lastIndex(of: Character(Unicode.Scalar(byte)))
        }
        func firstIndex(_ byte: UInt8, in text: Substring) -> String.Index? {
            ascii ? text.utf8.firstIndex(of: byte) : text.firstIndex(of: Character(Unicode.Scalar(byte)))
        }
        func contains(_ byte: UInt8, in text: Substring) -> Bool { firstIndex(byte, in: text) != nil }

        var format: String?
        if let dot = lastIndex(UInt8(ascii: "."), in: rest), !contains(UInt8(ascii: "/"), in: rest[dot...]) {
            let candidate = String(rest[rest.index(after: dot)...])
            if FRBRURI.knownFormats.contains(candidate) {
                format = candidate
                rest = rest[..<dot]
            }
        }
        var portion: String?
        if let tilde = firstIndex(UInt8(ascii: "~"), in: rest) {
            let value = rest[rest.index(after: tilde)...]
            guard !value.isEmpty, !contains(UInt8(ascii: "/"), in: value) else { throw .invalidSuffix(uri, reason: "has an empty or malformed portion after ~") }
            portion = String(value)
            rest = rest[..<tilde]
        }
        var component: String?
        if let bang = firstIndex(UInt8(ascii: "!"), in: rest) {
            let value = rest[rest.index(after: bang)...]
            guard !value.isEmpty, !value.hasSuffix("/") else { throw .invalidSuffix(uri, reason: "has an empty component after !") }
            component = String(value)
            rest = rest[..<bang]
        }
        if rest.hasSuffix("/"), portion != nil || component != nil { rest = rest.dropLast() }

        let segments: [Substring]
        if ascii {
            segments = rest.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).map { Substring($0) }
        } else {
            segments = rest.split(separator: "/", omittingEmptySubsequences: false)
        }
        if segments.contains(where: \.isEmpty) { throw .emptySegment(uri) }
        guard segments.count >= 2 else {
            throw segments.isEmpty ? .invalidCountry(uri, country: "") : .invalidDocumentType(uri, type: "")
        }
        let (country, locality) = try parseCountry(segments[0])
        let docType = String(segments[1])
        guard isName(docType) else { throw .invalidDocumentType(uri, type: docType) }

        var index = 2
        var qualifiers: [String] = []
        while index < segments.count, !CalendarDate.looksLikeDate(segments[index]), !contains(UInt8(ascii: "@"), in: segments[index]) {
            qualifiers.append(String(segments[index]))
            index += 1
        }
        guard index < segments.count, CalendarDate.looksLikeDate(segments[index]) else { throw .missingDate(uri) }
        if qualifiers.count > 2 { throw .unexpectedSegment(uri, segment: qualifiers[2]) }
        let date = String(segments[index])
        guard CalendarDate.isValidPartial(date) else { throw .invalidDate(uri, date: date) }
        index += 1

        var number: String?
        // A segment without "@" right after the date is the number: an expression always carries "@".
        if index < segments.count, !contains(UInt8(ascii: "@"), in: segments[index]) {
            number = String(segments[index])
            index += 1
        }
        var language: String?
        var expressionDate: String?
        if index < segments.count {
            let expression = segments[index]
            let parts = expression.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false)
            let code = String(parts[0])
            guard code.utf8.count == 3, code.utf8.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) else {
                if expression.contains("@") { throw .invalidLanguage(uri, language: code) }
                throw .unexpectedSegment(uri, segment: String(expression))
            }
            language = code
            if parts.count == 2 {
                let version = String(parts[1])
                if CalendarDate.looksLikeDate(version) {
                    guard CalendarDate.isValidDay(version) || CalendarDate.isValidPartial(version) else {
                        throw .invalidDate(uri, date: version)
                    }
                } else if !version.isEmpty, !version.unicodeScalars.allSatisfy(isLabelScalar) {
                    throw .invalidSuffix(uri, reason: "has the malformed expression version '\(version)'")
                }
                expressionDate = version
            }
            index += 1
        }
        if index < segments.count { throw .unexpectedSegment(uri, segment: String(segments[index])) }

        return FRBRURI(country: country, locality: locality, docType: docType,
                       subtype: qualifiers.first, actor: qualifiers.count > 1 ? qualifiers[1] : nil,
                       date: date, number: number, language: language, expressionDate: expressionDate,
                       component: component, portion: portion, format: format)
    }

    private func parseCountry(_ segment: Substring) throws(FRBRURIError) -> (String, String?) {
        let parts = segment.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        let code = String(parts[0])
        guard code.utf8.count == 2, code.utf8.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) else {
            throw .invalidCountry(uri, country: String(segment))
        }
        if parts.count == 2 {
            guard !parts[1].isEmpty else { throw .invalidCountry(uri, country: String(segment)) }
            return (code, String(parts[1]))
        }
        return (code, nil)
    }

    private func isName(_ text: String) -> Bool {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // The same test on ASCII bytes, without looking up Unicode properties.
            func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
            guard let first = text.utf8.first, isLetter(first) else { return false }
            return text.utf8.allSatisfy { isLetter($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-")
                || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) }
        }
        guard let first = text.unicodeScalars.first, first.properties.isAlphabetic else { return false }
        return text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "_" || $0 == "-" || ("0"..."9").contains($0) }
    }

    private func isLabelScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "_-.:;".unicodeScalars.contains(scalar))
    }
}
