import Foundation
import PhoneAuth
import PhoneLoginTestSupport
import Testing

/// libphonenumber judges how phone-login reads numbers: `scripts/judges/phone_cases.py` types every supported region's
/// example numbers (mobile and fixed-line) the ways people type them and says what libphonenumber (the `phonenumbers`
/// package the country table is generated from) makes of each; `NumberRules` must give the same E.164 or refuse.
@Suite struct PhoneNumberJudgeTests {
    /// One typed number and libphonenumber's verdict (nil: refused, or not a possible number).
    struct Case: Decodable {
        let form: String
        let region: String
        let text: String
        let e164: String?
    }

    /// The judge's output.
    struct Judged: Decodable {
        let version: String
        let cases: [Case]
    }

    /// How our reading compares with the judge's.
    enum Outcome: CaseIterable {
        case agree, weRefuse, weAccept, different
    }

    /// Cases where we send a number libphonenumber reads otherwise, held right on our side: "REGION text" → reason.
    static let keptDifferences: [String: String] = [:]

    @Test("phone numbers read as libphonenumber reads them, in every region and typing form", .timeLimit(.minutes(2)))
    func agreesWithLibphonenumber() async throws {
        let output = try await JudgeScript.run("phone_cases.py")
        let judged = try JSONDecoder().decode(Judged.self, from: Data(output.utf8))
        #expect(judged.version == Country.metadataVersion, "the judge and the table come from the same metadata")
        #expect(Set(judged.cases.map(\.region)).isSuperset(of: Country.all.map(\.code)), "every region is judged")

        var countries: [String: Country] = [:]
        var table: [String: [Outcome: Int]] = [:]
        var forms: [String] = []
        var different: [String] = []
        var disagreements: [String] = []
        var reading = Duration.zero
        let clock = ContinuousClock()
        for judgedCase in judged.cases {
            let country = try countries[judgedCase.region] ?? #require(Country(code: judgedCase.region))
            countries[judgedCase.region] = country
            let start = clock.now
            let ours = try? NumberRules(country: country, checksLength: true).read(judgedCase.text).e164
            reading += clock.now - start
            let outcome: Outcome = switch (ours, judgedCase.e164) {
            case let (ours, theirs) where ours == theirs: .agree
            case (nil, _): .weRefuse
            case (_, nil): .weAccept
            default: .different
            }
            if table[judgedCase.form] == nil { forms.append(judgedCase.form) }
            table[judgedCase.form, default: [:]][outcome, default: 0] += 1
            let key = "\(judgedCase.region) \(judgedCase.text)"
            if outcome != .agree { disagreements.append("\(judgedCase.form): \(key) → ours \(ours ?? "refused"), libphonenumber \(judgedCase.e164 ?? "refused")") }
            if outcome == .different, Self.keptDifferences[key] == nil { different.append(key) }
        }
        print(Self.render(table, forms: forms, version: judged.version))
        let again = clock.measure {
            for judgedCase in judged.cases { _ = try? NumberRules(country: countries[judgedCase.region], checksLength: true).read(judgedCase.text) }
        }
        print("read \(judged.cases.count) numbers in \(reading) (every country's patterns compiled on first use), again in \(again)")
        for line in disagreements.prefix(200) { print("  " + line) }

        let total = judged.cases.count
        let agreed = table.values.reduce(0) { $0 + $1[.agree, default: 0] }
        #expect(total > 4000, "the judge typed every region's numbers in every form")
        #expect(Double(agreed) >= 0.995 * Double(total), "agreement \(agreed)/\(total)")
        #expect(different.isEmpty, "numbers we would send an SMS to that libphonenumber reads as another number: \(different)")
        for key in Self.keptDifferences.keys {
            #expect(disagreements.contains { $0.contains(": \(key) →") }, "a kept difference that no longer occurs: \(key)")
        }
    }

    /// The agreement table: per typing form, the cases, agreements and each kind of disagreement.
    static func render(_ table: [String: [Outcome: Int]], forms: [String], version: String) -> String {
        func row(_ name: String, _ counts: [Outcome: Int]) -> String {
            let cases = counts.values.reduce(0, +)
            let cells = [cases] + Outcome.allCases.map { counts[$0, default: 0] }
            let share = cases == 0 ? 0 : 100 * Double(counts[.agree, default: 0]) / Double(cases)
            return name.padding(toLength: 22, withPad: " ", startingAt: 0)
                + cells.map { String($0).leftPadded(to: 10) }.joined() + String(format: "%9.2f%%", share)
        }
        var lines = ["libphonenumber \(version) as the judge",
                     "form".padding(toLength: 22, withPad: " ", startingAt: 0)
                         + ["cases", "agree", "we refuse", "we accept", "different"].map { $0.leftPadded(to: 10) }.joined() + "    agreed"]
        lines += forms.map { row($0, table[$0] ?? [:]) }
        lines.append(row("all", table.values.reduce(into: [:]) { total, counts in total.merge(counts, uniquingKeysWith: +) }))
        return lines.joined(separator: "\n")
    }
}

private extension String {
    /// The text right-aligned in `width` columns.
    func leftPadded(to width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
