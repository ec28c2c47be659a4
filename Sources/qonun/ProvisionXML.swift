import AkomaNtoso
import Foundation
import Registry

/// The XML of one provision, cut from a stored expression.
enum ProvisionXML {
    static func element(eId: String, in source: Data, name: String) throws -> String {
        let document = try AKNDocument(data: source, name: name)
        guard let node = document.element(eId: eId) else {
            throw RegistryError.unknownProvision(uri: name, eId: eId)
        }
        return node.serialized()
    }
}
