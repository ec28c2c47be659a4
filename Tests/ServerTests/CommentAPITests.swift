import Consultation
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TestSupport

/// The comments API with every status code it promises, errors as application/problem+json.
@Suite struct CommentAPITests {
    @Test func signInReturnsATokenAndWrongPasswordsAre401ThenThrottled() async throws {
        let f = try ServerFixture()
        try await f.application.test(.router) { client in
            _ = try await f.token(client, "citizen")
            for _ in 0..<5 {
                try await client.execute(uri: "/api/v1/session", method: .post, body: json(["name": "citizen2", "password": "wrong-wrong"])) { response in
                    #expect(response.status == .unauthorized)
                    #expect(response.headers[.contentType] == "application/problem+json")
                    let checked = try object(response)["detail"] as? String
                    #expect(checked == "the name or the password is wrong")
                }
            }
            try await client.execute(uri: "/api/v1/session", method: .post, body: json(["name": "citizen2", "password": "password-citizen2"])) { response in
                #expect(response.status == .tooManyRequests)
            }
        }
    }

    @Test func postingACommentReturns201WithItsIdAndItIsListed() async throws {
        let f = try ServerFixture()
        try await f.application.test(.router) { client in
            let token = try await f.token(client, "citizen")
            let id = try await client.execute(uri: "/api/v1/consultations/\(f.open.id)/comments", method: .post, headers: bearer(token),
                                              body: json(["eId": "art_1", "stance": "support", "body": "Mobil ilova kerak", "quote": "Yagona portal"])) { response in
                #expect(response.status == .created)
                let comment = try object(response)
                #expect(comment["author"] as? String == "Fuqaro")
                #expect(comment["eId"] as? String == "art_1")
                #expect(response.headers[.location] == "/api/v1/comments/\(comment["id"] as? Int ?? 0)")
                return try #require(comment["id"] as? Int)
            }
            try await client.execute(uri: "/api/v1/consultations/\(f.open.id)/comments?eId=art_1", method: .get) { response in
                #expect(response.status == .ok)
                let list = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [[String: Any]])
                #expect(list.map { $0["id"] as? Int } == [id])
                #expect(!text(response).contains("example.uz"), "no e-mail in the API")
            }
            try await client.execute(uri: "/api/v1/consultations/\(f.open.id)/comments?eId=art_2", method: .get) { response in
                #expect(text(response) == "[]")
            }
        }
    }

    @Test func everyRefusalHasItsStatus() async throws {
        let f = try ServerFixture()
        try await f.application.test(.router) { client in
            let token = try await f.token(client, "citizen")
            let path = "/api/v1/consultations/\(f.open.id)/comments"
            func post(_ body: [String: Any], to uri: String? = nil, headers: HTTPFields? = nil) async throws -> (HTTPResponse.Status, String) {
                try await client.execute(uri: uri ?? path, method: .post, headers: headers ?? bearer(token), body: json(body)) { response in
                    (response.status, (try? object(response)["detail"] as? String) ?? "")
                }
            }
            #expect(try await post(["eId": "art_1", "stance": "support", "body": "x"], headers: [.contentType: "application/json"]).0 == .unauthorized)
            #expect(try await post(["eId": "art_1", "stance": "support", "body": "x"], headers: bearer("forged-token")).0 == .unauthorized)
            #expect(try await post(["eId": "art_1", "stance": "support", "body": "x"], to: "/api/v1/consultations/\(f.closed.id)/comments")
                    == (.conflict, "consultation \(f.closed.id) closed for comments on \(f.closed.closesAt)"))
            #expect(try await post(["eId": "art_99", "stance": "support", "body": "x"]) == (.unprocessableContent, "the draft \(ServerFixture.draft) has no provision 'art_99'"))
            #expect(try await post(["eId": "art_1", "stance": "support", "body": "   "]) == (.unprocessableContent, "the comment is empty"))
            #expect(try await post(["eId": "art_1", "stance": "support", "body": String(repeating: "x", count: 5001)])
                    == (.unprocessableContent, "the comment has 5001 characters; the limit is 5000"))
            #expect(try await post(["eId": "art_1", "stance": "maybe", "body": "x"]) == (.unprocessableContent, "stance must be support, oppose or neutral"))
            #expect(try await post(["eId": "art_1", "body": "x"]) == (.unprocessableContent, "the JSON body needs the field 'stance'"))
            #expect(try await post(["eId": "art_1", "stance": "support", "body": "x"], to: "/api/v1/consultations/999/comments").0 == .notFound)
            var parent = 0
            for depth in 0...3 {
                parent = try await client.execute(uri: path, method: .post, headers: bearer(token),
                                                  body: json(["eId": "art_1", "stance": "neutral", "body": "level \(depth)"].merging(depth == 0 ? [:] : ["parentId": parent]) { a, _ in a })) { response in
                    try #require(try object(response)["id"] as? Int)
                }
            }
            #expect(try await post(["eId": "art_1", "stance": "neutral", "body": "too deep", "parentId": parent])
                    == (.unprocessableContent, "replies nest at most 3 deep; reply higher up the thread"))
            try await client.execute(uri: path, method: .post, headers: bearer(token), body: ByteBuffer(string: "{not json")) { response in
                #expect(response.status == .badRequest)
            }
            try await client.execute(uri: path, method: .post, headers: bearer(token), body: ByteBuffer(string: String(repeating: "a", count: 70_000))) { response in
                #expect(response.status == .contentTooLarge)
            }
        }
    }

    @Test func commentsAreRateLimitedPerAccount() async throws {
        let f = try ServerFixture(commentsPerMinute: 3)
        try await f.application.test(.router) { client in
            let token = try await f.token(client, "citizen")
            var statuses: [HTTPResponse.Status] = []
            for index in 0..<4 {
                statuses.append(try await client.execute(uri: "/api/v1/consultations/\(f.open.id)/comments", method: .post, headers: bearer(token),
                                                         body: json(["eId": "art_2", "stance": "oppose", "body": "Fikr \(index)"])) { $0.status })
            }
            #expect(statuses == [.created, .created, .created, .tooManyRequests])
            let other = try await f.token(client, "citizen2")
            try await client.execute(uri: "/api/v1/consultations/\(f.open.id)/comments", method: .post, headers: bearer(other),
                                     body: json(["eId": "art_2", "stance": "oppose", "body": "Boshqa fikr"])) { response in
                #expect(response.status == .created)
            }
        }
    }

    @Test func votesFlagsModerationAndDispositionsCheckRoles() async throws {
        let f = try ServerFixture()
        try await f.application.test(.router) { client in
            let citizen = try await f.token(client, "citizen")
            let id = try await client.execute(uri: "/api/v1/consultations/\(f.open.id)/comments", method: .post, headers: bearer(citizen),
                                              body: json(["eId": "art_4", "stance": "oppose", "body": "Reklama! Reklama!"])) { try #require(try object($0)["id"] as? Int) }
            try await client.execute(uri: "/api/v1/comments/\(id)/votes", method: .post, headers: bearer(try await f.token(client, "citizen2")), body: json(["value": 1])) { response in
                #expect(response.status == .ok)
                let checked = try object(response)["score"] as? Int
                #expect(checked == 1)
            }
            try await client.execute(uri: "/api/v1/comments/\(id)/votes", method: .post, body: json(["value": 1])) { #expect($0.status == .unauthorized) }
            for name in ["citizen2", "citizen3", "citizen4"] {
                try await client.execute(uri: "/api/v1/comments/\(id)/flags", method: .post, headers: bearer(try await f.token(client, name)), body: json(["reason": "spam"])) { response in
                    #expect(response.status == .created)
                }
            }
            try await client.execute(uri: "/api/v1/consultations/\(f.open.id)/comments?eId=art_4", method: .get) { #expect(text($0) == "[]", "hidden after 3 flags") }
            try await client.execute(uri: "/api/v1/comments/\(id)/moderation", method: .post, headers: bearer(citizen), body: json(["action": "restore", "reason": "x"])) { response in
                #expect(response.status == .forbidden)
            }
            try await client.execute(uri: "/api/v1/comments/\(id)/moderation", method: .post, body: json(["action": "restore", "reason": "x"])) { #expect($0.status == .unauthorized) }
            let moderator = try await f.token(client, "moderator")
            try await client.execute(uri: "/api/v1/comments/\(id)/moderation", method: .post, headers: bearer(moderator), body: json(["action": "restore", "reason": "not spam"])) { response in
                #expect(response.status == .ok)
                let checked = try object(response)["hidden"] as? Bool
                #expect(checked == false)
            }
            try await client.execute(uri: "/api/v1/comments/\(id)/disposition", method: .post, headers: bearer(moderator), body: json(["decision": "accepted"])) { #expect($0.status == .forbidden) }
            let drafter = try await f.token(client, "drafter")
            try await client.execute(uri: "/api/v1/comments/\(id)/disposition", method: .post, headers: bearer(drafter), body: json(["decision": "rejected"])) { response in
                #expect(response.status == .unprocessableContent)
                let checked = try object(response)["detail"] as? String
                #expect(checked == "a rejection needs a reason")
            }
            try await client.execute(uri: "/api/v1/comments/\(id)/disposition", method: .post, headers: bearer(drafter), body: json(["decision": "rejected", "reason": "Off topic"])) { response in
                #expect(response.status == .ok)
                let checked = (try object(response)["disposition"] as? [String: Any])?["reason"] as? String
                #expect(checked == "Off topic")
            }
            try await client.execute(uri: "/api/v1/consultations/\(f.open.id)/report", method: .get) { response in
                #expect(response.status == .ok)
                let report = try object(response)
                #expect(report["totalComments"] as? Int == 1)
                #expect(report["disposed"] as? Int == 1)
                let provision = try #require((report["provisions"] as? [[String: Any]])?.first)
                #expect(provision["eId"] as? String == "art_4")
                #expect(provision["oppose"] as? Int == 1)
            }
            try await client.execute(uri: "/api/v1/consultations/\(f.open.id)/export.csv", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/csv; charset=utf-8")
                #expect(text(response).hasPrefix("id,consultation,expression,eId,parentId,authorId,"))
                #expect(!text(response).contains("example.uz") && !text(response).contains("citizen"))
            }
            try await client.execute(uri: "/api/v1/consultations/\(f.open.id)/export.json", method: .get) { response in
                let rows = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [[String: Any]])
                #expect(rows.count == 1)
                #expect((rows[0]["authorId"] as? String)?.hasPrefix("a-") == true)
            }
        }
    }
}

/// Many citizens at once: every accepted comment is stored and chained in the audit log.
@Suite struct ConcurrentCommentTests {
    @Test func twoHundredCommentsPostedConcurrentlyAreAllStored() async throws {
        let f = try ServerFixture()
        try await f.application.test(.router) { client in
            var tokens: [String] = []
            for name in ["citizen", "citizen2", "citizen3", "citizen4"] { tokens.append(try await f.token(client, name)) }
            let statuses = try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for index in 0..<200 {
                    let token = tokens[index % tokens.count]
                    group.addTask {
                        try await client.execute(uri: "/api/v1/consultations/\(f.open.id)/comments", method: .post, headers: bearer(token),
                                                 body: json(["eId": "art_\(index % 6 + 1)", "stance": "neutral", "body": "Parallel izoh \(index) \(UUID())"])) { $0.status }
                    }
                }
                var all: [HTTPResponse.Status] = []
                for try await status in group { all.append(status) }
                return all
            }
            #expect(statuses.filter { $0 == .created }.count == 200)
        }
        #expect(try f.store.comments(of: f.open.id).count == 200)
        let audit = try f.store.verifyAudit()
        #expect(audit.isIntact)
        #expect(try f.store.auditEntries(limit: 1000).filter { $0.action == "comment" }.count == 200)
    }
}
