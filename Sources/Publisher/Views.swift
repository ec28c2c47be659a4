import Consultation
import Foundation
import Registry

/// The XML views of the registry that the stylesheets turn into pages (formats documented in stylesheets/README.md).
enum Views {
    static func uiLanguage(_ code: String) -> String {
        ["uzb", "rus", "eng"].contains(code) ? code : "eng"
    }

    /// The work view: titles, versions, amendments, consultations.
    static func work(_ work: SiteSnapshot.Work, in snapshot: SiteSnapshot) -> [UInt8] {
        var xml = XMLBuilder()
        let record = work.record
        xml.start("work", ["uri": record.uri, "href": work.path, "status": record.status, "repealed-on": record.repealedOn,
                           "doc-type": record.docType, "number": record.number, "date": record.date, "ui-lang": work.uiLanguage])
        var seen = Set<String>()
        for version in work.versions.reversed() where !seen.contains(version.info.language) {
            seen.insert(version.info.language)
            xml.element("title", ["lang": version.info.language], text: version.info.title ?? record.title ?? record.uri)
        }
        for version in work.versions {
            let info = version.info
            xml.element("expression", [
                "uri": info.expression, "href": version.path, "lang": info.language, "script": info.script, "date": info.date,
                "until": info.validUntil ?? "", "current": info.validUntil == nil ? "true" : "false", "title": info.title,
                "diff-href": version.previous == nil ? "" : version.path + "changes.html",
            ])
        }
        for link in work.received {
            let amending = snapshot.work(link.amending)
            xml.element("amendment", ["by": link.amending, "by-href": amending?.path, "by-title": amending?.displayTitle,
                                      "date": link.date, "type": link.type, "eId": link.eId])
        }
        for consultation in snapshot.consultations where consultation.work == record.uri {
            xml.element("consultation", consultationAttributes(consultation))
        }
        for link in work.made {
            let amended = snapshot.work(link.amended)
            xml.element("amends", ["work": link.amended, "href": amended?.path, "title": amended?.displayTitle,
                                   "date": link.date, "type": link.type, "eId": link.eId])
        }
        xml.end()
        return xml.data
    }

    /// The changes between two consecutive versions.
    static func diff(_ diff: ExpressionDiff, work: SiteSnapshot.Work, version: SiteSnapshot.Version) -> [UInt8] {
        var xml = XMLBuilder()
        let info = version.info
        let previousPath = work.versions.first { $0.info.expression == version.previous?.expression }?.path
        xml.start("diff", ["work": work.record.uri, "work-href": work.path, "lang": info.language, "ui-lang": uiLanguage(info.language),
                           "title": info.title ?? work.displayTitle, "from": diff.from, "from-href": previousPath,
                           "from-date": version.previous?.date, "to": diff.to, "to-href": version.path, "to-date": info.date])
        for change in diff.changed {
            xml.start("changed", ["eId": change.eId, "href": version.path + "#" + change.eId, "label": diff.details[change.eId]?.label])
            for op in change.ops { xml.element(op.op.rawValue, text: op.text) }
            xml.end()
        }
        for eId in diff.added {
            xml.start("added", ["eId": eId, "href": version.path + "#" + eId, "label": diff.details[eId]?.label])
            xml.element("text", text: diff.details[eId]?.text ?? "")
            xml.end()
        }
        for eId in diff.removed {
            xml.start("removed", ["eId": eId, "label": diff.details[eId]?.label])
            xml.element("text", text: diff.details[eId]?.text ?? "")
            xml.end()
        }
        for item in diff.renumbered {
            xml.element("renumbered", ["from": item.from, "to": item.to, "from-num": item.fromNum, "to-num": item.toNum])
        }
        xml.end()
        return xml.data
    }

    /// Home (`kind` home), the act index (acts) and a language's index (language).
    static func index(kind: String, uiLanguage: String, language: String?, snapshot: SiteSnapshot, baseURL: String) -> [UInt8] {
        var xml = XMLBuilder()
        xml.start("index", ["kind": kind, "ui-lang": uiLanguage, "lang": language, "base-url": baseURL])
        for work in snapshot.works {
            let versions = work.versions.filter { language == nil || $0.info.language == language }
            guard let latest = versions.max(by: { $0.info.date < $1.info.date }) else { continue }
            let date = work.record.date ?? latest.info.date
            xml.element("act", [
                "work": work.record.uri, "href": work.path,
                "title": language.flatMap { work.title(in: $0) } ?? work.displayTitle,
                "doc-type": work.record.docType, "year": String(date.prefix(4)), "date": date, "status": work.record.status,
                "lang": latest.info.language, "latest-href": latest.path, "latest-date": latest.info.date, "versions": String(versions.count),
            ])
        }
        for (code, count) in languageCounts(snapshot) {
            xml.element("language", ["code": code, "href": code + "/index.html", "count": String(count)])
        }
        for consultation in snapshot.consultations { xml.element("consultation", consultationAttributes(consultation)) }
        xml.end()
        return xml.data
    }

    /// Languages with the number of works available in each.
    static func languageCounts(_ snapshot: SiteSnapshot) -> [(String, Int)] {
        var counts: [String: Int] = [:]
        for work in snapshot.works {
            for language in Set(work.versions.map(\.info.language)) { counts[language, default: 0] += 1 }
        }
        return counts.sorted { $0.key < $1.key }
    }

    /// Where a consultation is read: the server's page while open, the published report once closed.
    static func consultationHref(_ consultation: Consultation) -> String {
        consultation.state == .closed ? "consultations/\(consultation.id)/report.html" : "consultations/\(consultation.id)"
    }

    static func consultationAttributes(_ consultation: Consultation) -> KeyValuePairs<String, String?> {
        ["id": String(consultation.id), "href": consultationHref(consultation), "title": consultation.title,
         "state": consultation.state.rawValue, "opens": consultation.opensAt, "closes": consultation.closesAt,
         "comments": String(consultation.comments)]
    }

    /// The consultations list.
    static func consultations(uiLanguage: String, snapshot: SiteSnapshot) -> [UInt8] {
        var xml = XMLBuilder()
        xml.start("consultations", ["ui-lang": uiLanguage])
        for consultation in snapshot.consultations { xml.element("consultation", consultationAttributes(consultation)) }
        xml.end()
        return xml.data
    }

    /// A closed consultation's report.
    static func report(_ report: ConsultationReport, snapshot: SiteSnapshot) -> [UInt8] {
        var xml = XMLBuilder()
        let consultation = report.consultation
        xml.start("report", ["id": String(consultation.id), "title": consultation.title, "state": consultation.state.rawValue,
                             "opens": consultation.opensAt, "closes": consultation.closedAt ?? consultation.closesAt,
                             "ui-lang": uiLanguage(consultation.language), "work": consultation.work,
                             "work-href": snapshot.work(consultation.work)?.path ?? "", "expression": consultation.expression,
                             "total": String(report.totalComments), "disposed": String(report.disposed), "campaigns": String(report.campaigns)])
        for provision in report.provisions {
            xml.start("provision", ["eId": provision.eId, "label": provision.label, "support": String(provision.support),
                                    "oppose": String(provision.oppose), "neutral": String(provision.neutral), "change": provision.change ?? ""])
            for op in provision.ops ?? [] { xml.element("op", ["type": op.op.rawValue], text: op.text) }
            for comment in provision.comments {
                xml.element("comment", ["id": String(comment.id), "author": comment.author, "stance": comment.stance.rawValue,
                                        "created": comment.createdAt, "similar": String(comment.similar), "carry": comment.carryStatus ?? "",
                                        "decision": comment.disposition?.decision.rawValue ?? "", "reason": comment.disposition?.reason ?? ""],
                            text: comment.body)
            }
            xml.end()
        }
        xml.end()
        return xml.data
    }

    /// A simple page (404, search).
    static func page(kind: String, uiLanguage: String) -> [UInt8] {
        var xml = XMLBuilder()
        xml.element("page", ["kind": kind, "ui-lang": uiLanguage])
        return xml.data
    }

    /// An Atom feed view: the latest acts (by work date) or the latest versions (by expression date).
    static func feed(kind: String, snapshot: SiteSnapshot, baseURL: String, updated: String) -> [UInt8] {
        var xml = XMLBuilder()
        xml.start("feed", ["kind": kind, "base-url": baseURL, "updated": updated,
                           "title": kind == "acts" ? "Qonun — latest acts" : "Qonun — latest versions"])
        if kind == "acts" {
            let works = snapshot.works.sorted { ($0.record.date ?? "", $0.record.uri) > ($1.record.date ?? "", $1.record.uri) }.prefix(50)
            for work in works {
                xml.element("entry", ["id": work.record.uri, "href": work.path, "title": work.displayTitle,
                                      "date": work.record.date ?? work.versions.first?.info.date, "lang": work.uiLanguage,
                                      "summary": "\(work.record.docType) \(work.record.number ?? "")"])
            }
        } else {
            let versions = snapshot.works.flatMap { work in work.versions.map { (work, $0) } }
                .sorted { ($0.1.info.date, $0.1.info.expression) > ($1.1.info.date, $1.1.info.expression) }.prefix(50)
            for (work, version) in versions {
                xml.element("entry", ["id": version.info.expression, "href": version.path, "title": version.info.title ?? work.displayTitle,
                                      "date": version.info.date, "lang": version.info.language,
                                      "summary": version.previous == nil ? "first version" : "new version in force from \(version.info.date)"])
            }
        }
        xml.end()
        return xml.data
    }
}
