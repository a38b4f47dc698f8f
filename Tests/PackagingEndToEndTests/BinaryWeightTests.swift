import Foundation
import Testing

/// The weight of the binary the package installs (issue 24): a login prompt should not carry ICU and its 30 MB of
/// data, which a handful of Foundation calls (formatters, NSString's folding and paths, JSONSerialization) pull into
/// the static link. Checked on the .deb's stripped binary, so it fails when ICU comes back.
@Suite("The binary's weight: no ICU, under a size budget", .serialized)
struct BinaryWeightTests {
    /// The stripped binary's budget today (78.3 MiB on 2026-12-08), with a margin of a few MiB: it holds ICU still
    /// (see `noICU`); the issue's goal, 25 MiB, is `goalBytes`.
    static let budgetBytes = 82 * 1_048_576
    /// The issue's goal for the stripped binary, once no ICU is linked.
    static let goalBytes = 25 * 1_048_576

    /// Markers of ICU and of what brings it in, in a stripped binary: `icudt` names ICU's data package (`icudt76l`,
    /// any version) and is written in the data itself; FoundationInternationalization (ICU's Swift face) and
    /// CoreFoundation (which NSString, the formatters and Thread stand on, and which calls ICU) leave their names in
    /// their strings. None of the three is in the same program linked without Foundation (measured: 37.0 MiB).
    static let markers = ["icudt", "FoundationInternationalization", "CoreFoundation"]

    /// The installed binary's bytes.
    static func binary() async throws -> Data {
        let tree = try await PackageBuild.shared.value.unpacked()
        return try Data(contentsOf: URL(fileURLWithPath: tree + "/usr/bin/phone-login"))
    }

    @Test("the stripped binary is within its budget")
    func budget() async throws {
        let bytes = try await Self.binary().count
        #expect(bytes <= Self.budgetBytes, "the stripped binary is \(bytes) bytes, over its budget of \(Self.budgetBytes)")
    }

    @Test("the stripped binary holds no ICU and meets the issue's 25 MiB")
    func noICU() async throws {
        let binary = try await Self.binary()
        // Known today: the emulator's Hummingbird imports Foundation (whose archive then comes before
        // FoundationEssentials' on the link line, so shared generic code is taken from Foundation's objects, which
        // need CoreFoundation and ICU) and names DateFormatter in its URL-encoded form coders. When this stops
        // failing, drop withKnownIssue and set `budgetBytes` from the new size.
        withKnownIssue("issue 24: Hummingbird links Foundation, and with it ICU") {
            for marker in Self.markers {
                #expect(binary.range(of: Data(marker.utf8)) == nil, "the binary holds \(marker)")
            }
            #expect(binary.count <= Self.goalBytes, "the stripped binary is \(binary.count) bytes, over the goal of \(Self.goalBytes)")
        }
    }
}
