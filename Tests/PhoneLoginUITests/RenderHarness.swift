import Foundation
import PhoneAuth
import PhoneLoginFlow
import PhoneLoginUI

/// Builds flows in a given state and renders them into a grid.
enum RenderHarness {
    static let start = ContinuousClock.now
    static let phone = PhoneNumber(validating: "+4915112345678")!
    static let wall = Date(timeIntervalSince1970: 1_795_300_000)

    /// A flow after the given keys and answers, and the instant after them.
    static func flow(_ settings: FlowSettings = FlowSettings(), _ steps: [(FlowEvent, Duration)]) -> (LoginFlow, ContinuousClock.Instant) {
        var flow = LoginFlow(settings: settings)
        var now = start
        for (event, delay) in steps {
            now = now + delay
            _ = flow.handle(event, at: now)
        }
        return (flow, now)
    }

    static func typing(_ text: String) -> [(FlowEvent, Duration)] { text.map { (.key(.character($0)), .zero) } }

    static func codeScreen(typed code: String = "", after delay: Duration = .seconds(1)) -> [(FlowEvent, Duration)] {
        typing("+4915112345678") + [(.key(.enter), .zero), (.startFinished(requestID: 1, .success("op-1")), .milliseconds(300))]
            + typing(code) + [(.tick, delay)]
    }

    static var login: LoginResult {
        LoginResult(loginURL: "https://x.example/?token=eyJhbGciOiJIUzI1NiJ9.payload.signature12", token: "eyJhbGciOiJIUzI1NiJ9.payload.signature12",
                    rememberMe: false,
                    claims: UserClaims(subject: "7c2a1f0e-5d7b-4e8a-9a41-3f1c2b6d8e90", expiresAt: wall.addingTimeInterval(86_400),
                                       projectID: "6b1f2c3a-0000-4000-8000-000000000001"),
                    signatureVerified: true)
    }

    static func render(_ flow: LoginFlow, at now: ContinuousClock.Instant, width: Int = 80, height: Int = 24,
                       context: ViewContext = ViewContext(wallClock: wall)) -> CellGrid {
        var grid = CellGrid(width: width, height: height)
        LoginView.draw(flow, at: now, context: context, on: &grid)
        return grid
    }
}
