import Foundation
import TextImport

/// Runs the text importer for `qonun ingest` on official text files, naming each work from its own signature.
enum TextConversion {
    static let provisionalURI = "/akn/uz/act/1970-01-01/provisional"

    /// The converter handed to the ingester.
    static let converter: @Sendable (_ path: String, _ data: Data) throws -> Data = { path, data in
        guard let text = String(data: data, encoding: .utf8) else {
            throw TextConversionError("is not UTF-8 text")
        }
        let importer = TextImporter()
        let provisional = try importer.convert(text, workURI: provisionalURI, sourceName: path)
        guard let uri = provisional.suggestedWorkURI else {
            throw TextConversionError("its signature gives no date and number to name the work; convert it with qonun import-text FILE --uri WORK_URI")
        }
        return Data(try importer.convert(text, workURI: uri, sourceName: path).xml.utf8)
    }
}

/// A conversion failure, as a sentence.
struct TextConversionError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
