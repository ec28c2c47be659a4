import Consultation
import Registry

/// The server's HTML pages. Every value passes through `HTML.escape`.
enum FormPages {
    static func login(csrf: String, next: String, error: String?) -> String {
        let s = FormStrings(language: "uzb")
        var body = "<h1>\(s["signin"])</h1>"
        if let error { body += "<p class=\"form-error\" role=\"alert\">\(HTML.escape(error))</p>" }
        body += """
            <form method="post" action="/login" class="qonun-form">
            <input type="hidden" name="csrf" value="\(HTML.escape(csrf))"/>
            <input type="hidden" name="next" value="\(HTML.escape(next))"/>
            <p><label for="name">\(s["name"])</label><br/><input id="name" name="name" autocomplete="username" required="required" maxlength="40"/></p>
            <p><label for="password">\(s["password"])</label><br/><input id="password" name="password" type="password" autocomplete="current-password" required="required"/></p>
            <p><button type="submit">\(s["signin"])</button></p>
            </form>
            """
        return HTML.page(title: s["signin"], language: s.htmlLang, body: body)
    }

    static func message(title: String, text: String) -> String {
        HTML.page(title: title, language: "en", body: "<h1>\(HTML.escape(title))</h1><p>\(HTML.escape(text))</p>")
    }

    static func consultation(_ consultation: Consultation, provisions: [StoredProvision], comments: [Comment], session: Session?) -> String {
        let s = FormStrings(language: consultation.language)
        let byEId = Dictionary(grouping: comments, by: \.eId)
        var body = "<p class=\"doc-type\">\(s["consultation"]) #\(consultation.id)</p><h1>\(HTML.escape(consultation.title))</h1>"
        body += "<p class=\"consultation-state state-\(consultation.state.rawValue)\"><strong>\(s[consultation.state.rawValue])</strong> · \(s["period"]): "
            + "<time datetime=\"\(HTML.escape(consultation.opensAt))\">\(HTML.escape(consultation.opensAt))</time> – "
            + "<time datetime=\"\(HTML.escape(consultation.closesAt))\">\(HTML.escape(consultation.closesAt))</time></p>"
        body += "<p><a href=\"/api/v1/consultations/\(consultation.id)/report\">\(s["report"])</a> · <a href=\"/api/v1/consultations/\(consultation.id)/export.csv\">CSV</a> · <a href=\"/api/v1/consultations/\(consultation.id)/export.json\">JSON</a></p>"
        if let session {
            body += "<form method=\"post\" action=\"/logout\" class=\"signed-in\"><p>\(s["signedin"]) <strong>\(HTML.escape(session.account.pseudonym))</strong> "
                + "<input type=\"hidden\" name=\"csrf\" value=\"\(HTML.escape(session.csrf))\"/><button type=\"submit\">\(s["signout"])</button></p></form>"
        } else {
            body += "<p><a href=\"/login?next=/consultations/\(consultation.id)\">\(s["signin"])</a></p>"
        }
        body += "<p class=\"note\">\(s["text-only"])</p>"
        for provision in provisions {
            guard let eId = provision.eId else { continue }
            let list = byEId[eId] ?? []
            let label = [provision.num, provision.heading].compactMap { $0 }.joined(separator: " ")
            body += "<section class=\"draft-provision\" id=\"\(HTML.escape(eId))\" aria-labelledby=\"h-\(HTML.escape(eId))\">"
            body += "<h2 id=\"h-\(HTML.escape(eId))\"><a href=\"/consultations/\(consultation.id)/provisions/\(HTML.escape(eId))\">\(HTML.escape(label.isEmpty ? eId : label))</a></h2>"
            if !provision.text.isEmpty { body += "<p>\(HTML.paragraphs(provision.text))</p>" }
            body += "<p class=\"comment-bar\"><span class=\"comment-count\" data-eid=\"\(HTML.escape(eId))\">\(list.count) \(s["comments"])</span>"
            if consultation.state == .open {
                body += " · <a class=\"comment-link\" href=\"/consultations/\(consultation.id)/comment?eId=\(HTML.escape(eId))\">\(s["comment"])</a>"
            }
            body += "</p>"
            if !list.isEmpty { body += thread(list, consultation: consultation, strings: s) }
            body += "</section>"
        }
        return HTML.page(title: consultation.title, language: s.htmlLang, body: body)
    }

    /// One provision of a draft with its discussion: the permalink to share when talking about one article.
    static func provision(_ consultation: Consultation, provision: StoredProvision, comments: [Comment]) -> String {
        let s = FormStrings(language: consultation.language)
        let eId = provision.eId ?? ""
        let label = [provision.num, provision.heading].compactMap { $0 }.joined(separator: " ")
        var body = "<p class=\"doc-type\"><a href=\"/consultations/\(consultation.id)#\(HTML.escape(eId))\">\(s["consultation"]) #\(consultation.id): \(HTML.escape(consultation.title))</a></p>"
        body += "<h1>\(HTML.escape(label.isEmpty ? eId : label))</h1>"
        body += "<p class=\"consultation-state state-\(consultation.state.rawValue)\"><strong>\(s[consultation.state.rawValue])</strong> · \(s["period"]): "
            + "<time datetime=\"\(HTML.escape(consultation.opensAt))\">\(HTML.escape(consultation.opensAt))</time> – "
            + "<time datetime=\"\(HTML.escape(consultation.closesAt))\">\(HTML.escape(consultation.closesAt))</time></p>"
        if !provision.text.isEmpty { body += "<div class=\"provision-text\"><p>\(HTML.paragraphs(provision.text))</p></div>" }
        let stances = Comment.Stance.allCases.map { stance in "\(comments.filter { $0.stance == stance }.count) \(s[stance.rawValue])" }
        body += "<p class=\"comment-bar\"><span class=\"comment-count\" data-eid=\"\(HTML.escape(eId))\">\(comments.count) \(s["comments"])</span>"
            + " (\(stances.joined(separator: ", ")))"
        if consultation.state == .open {
            body += " · <a class=\"comment-link\" href=\"/consultations/\(consultation.id)/comment?eId=\(HTML.escape(eId))\">\(s["comment"])</a>"
        }
        body += "</p>"
        if !comments.isEmpty { body += thread(comments, consultation: consultation, strings: s) }
        return HTML.page(title: label.isEmpty ? consultation.title : "\(label) — \(consultation.title)", language: s.htmlLang, body: body)
    }

    static func thread(_ comments: [Comment], consultation: Consultation, strings s: FormStrings) -> String {
        var html = "<ol class=\"comments\">"
        let shownCampaigns = Set<Int64>()
        var seen = shownCampaigns
        for comment in comments {
            if let campaign = comment.campaignId, seen.contains(campaign) || comments.contains(where: { $0.id == campaign }) { continue }
            seen.insert(comment.id)
            let indent = comment.parentId == nil ? "" : " reply"
            html += "<li class=\"comment stance-\(comment.stance.rawValue)\(indent)\" id=\"comment-\(comment.id)\">"
            html += "<p class=\"comment-meta\"><strong>\(HTML.escape(comment.author))</strong> · \(s[comment.stance.rawValue]) · <time datetime=\"\(HTML.escape(comment.createdAt))\">\(HTML.escape(comment.createdAt))</time></p>"
            if let status = comment.carryStatus { html += "<p class=\"carry-status\">\(s[status])</p>" }
            if let quote = comment.quote { html += "<blockquote>\(HTML.escape(quote))</blockquote>" }
            html += "<p class=\"comment-body\">\(HTML.paragraphs(comment.body))</p>"
            if comment.similar > 1 { html += "<p class=\"campaign\">\(comment.similar) \(s["similar"])</p>" }
            if let disposition = comment.disposition {
                html += "<p class=\"disposition\">\(s["disposition"]): <strong>\(HTML.escape(disposition.decision.rawValue))</strong>"
                    + (disposition.reason.map { " — \(HTML.escape($0))" } ?? "") + "</p>"
            }
            if consultation.state == .open {
                html += "<p><a href=\"/consultations/\(consultation.id)/comment?eId=\(HTML.escape(comment.eId))&amp;parent=\(comment.id)\">\(s["reply"])</a></p>"
            }
            html += "</li>"
        }
        return html + "</ol>"
    }

    static func commentForm(_ consultation: Consultation, provision: StoredProvision, session: Session, parentId: String?,
                            error: String?, previous: String?) -> String {
        let s = FormStrings(language: consultation.language)
        let eId = provision.eId ?? ""
        let label = [provision.num, provision.heading].compactMap { $0 }.joined(separator: " ")
        var body = "<p class=\"doc-type\">\(HTML.escape(consultation.title))</p><h1>\(s["comment"]): \(HTML.escape(label.isEmpty ? eId : label))</h1>"
        body += "<blockquote class=\"provision-text\">\(HTML.paragraphs(provision.text))</blockquote>"
        if let error { body += "<p class=\"form-error\" role=\"alert\">\(HTML.escape(error))</p>" }
        body += """
            <form method="post" action="/consultations/\(consultation.id)/comments" class="qonun-form">
            <input type="hidden" name="csrf" value="\(HTML.escape(session.csrf))"/>
            <input type="hidden" name="eId" value="\(HTML.escape(eId))"/>
            """
        if let parentId, !parentId.isEmpty { body += "<input type=\"hidden\" name=\"parentId\" value=\"\(HTML.escape(parentId))\"/>" }
        body += "<fieldset><legend>\(s["stance"])</legend>"
        for stance in Comment.Stance.allCases {
            body += "<label><input type=\"radio\" name=\"stance\" value=\"\(stance.rawValue)\"\(stance == .neutral ? " checked=\"checked\"" : "")/> \(s[stance.rawValue])</label> "
        }
        body += "</fieldset>"
        body += "<p><label for=\"quote\">\(s["quote"])</label><br/><input id=\"quote\" name=\"quote\" maxlength=\"1000\"/></p>"
        body += "<p><label for=\"body\">\(s["body"]) (\(s["limit"]))</label><br/><textarea id=\"body\" name=\"body\" rows=\"8\" maxlength=\"5000\" required=\"required\">\(HTML.escape(previous ?? ""))</textarea></p>"
        body += "<p><button type=\"submit\">\(s["send"])</button> <a href=\"/consultations/\(consultation.id)#\(HTML.escape(eId))\">\(s["back"])</a></p></form>"
        return HTML.page(title: s["comment"], language: s.htmlLang, body: body)
    }
}
