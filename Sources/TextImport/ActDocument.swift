/// Everything needed to write one Akoma Ntoso document, gathered by `TextImporter`.
struct ActDocument: Sendable {
    var work: WorkURI
    var expressionURI: String
    var expressionDate: String
    var language: ActLanguage
    var script: Script?
    /// The `name` attribute of `<act>`: `law`, `code` or `constitution`.
    var name: String
    var sourceName: String
    var keepCommentary: Bool
    var frame: ActFrame
    var preface: ActPreface
    var nodes: [ProvisionNode]
    var amendments: [Amendment]
    var chrome: PageChrome
    /// The first official publication found in the closing notes.
    var publication: (date: String, name: String, showAs: String)?
}
