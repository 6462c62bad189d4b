/// A denial reaches the claims it answers, though its words rarely repeat them: in an article that
/// reports Washington's word that North Korea sent containers to Russia, `ونفى الكرملين الاتهامات
/// التي يوجهها الغرب إلى روسيا` denies that claim without naming a container. A denial (a statement
/// of stance `deny` whose speaker is a known entity) answers each claim of its document that
/// another source asserts and that concerns the denier: whose subject, object or recipient is the
/// denier itself or the state it speaks for (`StateBodies`: the Kremlin for Russia), or whose
/// subject or recipient its own words name (not the object: a denial that names `بيونغ يانغ` does
/// not answer a claim of a visit to it). Each answer is a claim under the same key, with the denier as source, the
/// denial's words as evidence, stance `deny`, and no value or date of its own.
enum ClaimDenials {
    static func answers(to claims: [Claim], attributions: [Attribution], entities: [EntityMention]) -> [Claim] {
        var answers: [Claim] = []
        var given = Set(claims.filter { $0.stance == "deny" }.compactMap { claim in claim.key.map { "\($0)|\(claim.source ?? "")" } })
        for denial in attributions where denial.stance == "deny" {
            guard let denier = denial.speaker?.entity else { continue }
            var parties: Set<String> = [denier]
            if let state = StateBodies.state[denier] { parties.insert(state) }
            var named = Set<String>()
            for mention in entities where mention.start >= denial.content.start && mention.end <= denial.content.end {
                named.insert(mention.entity)
            }
            for claim in claims where claim.stance != "deny" && claim.source != denier {
                let concernsDenier = [claim.subject, claim.object, claim.recipient].contains { $0.map(parties.contains) == true }
                let namedInDenial = [claim.subject, claim.recipient].contains { $0.map(named.contains) == true }
                guard let key = claim.key, concernsDenier || namedInDenial, given.insert("\(key)|\(denier)").inserted else { continue }
                answers.append(Claim(subject: claim.subject, predicate: claim.predicate, object: claim.object, value: nil, qualifier: nil,
                                     date: nil, source: denier, evidence: denial.content, key: key, recipient: claim.recipient,
                                     stance: "deny"))
            }
        }
        return answers
    }
}

/// State bodies and the state each speaks for (`Lexicons/state-bodies.tsv`): the Kremlin and
/// Russia's ministries for Russia, the White House and the Pentagon for the United States.
enum StateBodies {
    static let state: [String: String] = {
        var table: [String: String] = [:]
        for row in LexiconRows.parse(EmbeddedLexicons.stateBodies) where row.count >= 2 && !row[0].isEmpty {
            table[row[0]] = row[1]
        }
        return table
    }()
}
