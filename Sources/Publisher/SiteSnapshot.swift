import Consultation
import Foundation
import Registry

/// Everything the publisher reads from the registry, read once at the start of a publish.
struct SiteSnapshot: Sendable {
    struct Work: Sendable {
        var record: WorkRecord
        var path: String
        var versions: [Version]
        var received: [AmendmentLink]
        var made: [AmendmentLink]

        /// The language the work page is written in: Uzbek, Russian, English, then any.
        var uiLanguage: String {
            let languages = Set(versions.map(\.info.language))
            return ["uzb", "rus", "eng"].first(where: languages.contains) ?? "eng"
        }

        func title(in language: String) -> String? {
            versions.last(where: { $0.info.language == language })?.info.title
        }

        var displayTitle: String {
            title(in: uiLanguage) ?? versions.last?.info.title ?? record.title ?? record.uri
        }
    }

    struct Version: Sendable {
        var info: ExpressionInfo
        var path: String
        /// The version before this one in the same language.
        var previous: ExpressionInfo?
    }

    var works: [Work]
    /// Every consultation, newest first.
    var consultations: [Consultation] = []
    /// Reports of the closed consultations, by id.
    var reports: [Int64: ConsultationReport] = [:]

    static func read(from registry: Registry, consultations store: ConsultationStore?) throws -> SiteSnapshot {
        var snapshot = try read(from: registry)
        if let store {
            snapshot.consultations = try store.consultations()
            for consultation in snapshot.consultations where consultation.state == .closed {
                snapshot.reports[consultation.id] = try store.report(consultation.id)
            }
        }
        return snapshot
    }

    static func read(from registry: Registry) throws(RegistryError) -> SiteSnapshot {
        let versions = Dictionary(grouping: try registry.allVersions(), by: \.work)
        var works: [Work] = []
        for record in try registry.works() {
            let path = SitePath.work(record.uri)
            var taken = Set<String>()
            var list: [Version] = []
            let mine = (versions[record.uri] ?? []).sorted { ($0.language, $0.date, $0.expression) < ($1.language, $1.date, $1.expression) }
            for (index, info) in mine.enumerated() {
                var segment = SitePath.expressionSegment(info)
                var suffix = 2
                while taken.contains(segment) { segment = SitePath.expressionSegment(info) + "-\(suffix)"; suffix += 1 }
                taken.insert(segment)
                let previous = index > 0 && mine[index - 1].language == info.language ? mine[index - 1] : nil
                list.append(Version(info: info, path: path + segment + "/", previous: previous))
            }
            let links = try registry.amendments(involving: record.uri)
            works.append(Work(record: record, path: path, versions: list,
                              received: SiteSnapshot.merged(links.received), made: SiteSnapshot.merged(links.made)))
        }
        return SiteSnapshot(works: works)
    }

    /// The same amendment is recorded once per language, and by both acts: keep one, with its date when known.
    static func merged(_ links: [AmendmentLink]) -> [AmendmentLink] {
        var byKey: [String: AmendmentLink] = [:]
        var order: [String] = []
        for link in links {
            let key = [link.amending, link.amended, link.eId ?? "", link.type].joined(separator: "\u{1}")
            if let existing = byKey[key] {
                if existing.date == nil, link.date != nil { byKey[key] = link }
            } else {
                byKey[key] = link
                order.append(key)
            }
        }
        return order.compactMap { byKey[$0] }
    }

    /// The work with this URI.
    func work(_ uri: String) -> Work? { works.first { $0.record.uri == uri } }
}
