import Foundation
import PhoneLoginTestSupport

/// lintian's verdict on the .deb, run once; `PackageBuild` starts it as soon as the .deb exists, so it runs while
/// the other tests install and read the package.
enum Lintian {
    /// What `lintian --tag-display-limit 0` said.
    static let shared: Task<BinaryRunner.Outcome, any Error> = Task { () throws -> BinaryRunner.Outcome in
        let deb = try await PackageBuild.shared.value.deb
        return try await PackagingPhase.measure("lintian") {
            try await Shell.run(["lintian", "--tag-display-limit", "0", deb], timeout: .seconds(600))
        }
    }
}
