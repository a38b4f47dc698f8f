extension FlowWording {
    /// The idle prompt's question.
    public static let stillThereQuestion = "Are you still there?"
    /// The idle prompt's offer.
    public static let stillThereOffer = "Press any key to continue."
    /// The success screen's headline in a kiosk.
    public static let kioskSignedIn = "✓ You are signed in"
    /// Shown while the hook and the log run.
    public static let handingOver = "Finishing your sign-in…"

    /// "Starting over in 0:17": the idle prompt's countdown.
    public static func startingOver(seconds: Int) -> String {
        "Starting over in " + Countdown.text(seconds: seconds)
    }

    /// "This screen clears in 5 s.": the success screen's countdown.
    public static func clearsIn(seconds: Int) -> String {
        "This screen clears in \(seconds) s."
    }

    /// The polite words for a hand-off that went wrong, or nil when it went well.
    public static func handOffProblem(_ report: HandOffReport) -> String? {
        if let hook = report.hook, !hook.succeeded {
            let reason: String
            switch hook {
            case .exited(let status): reason = "the command exited with status \(status)"
            case .killedBySignal(let number): reason = "the command was stopped by signal \(number)"
            case .timedOut(let seconds): reason = "the command took longer than \(seconds) s"
            case .couldNotStart: reason = "the command could not be started"
            case .succeeded: reason = ""
            }
            return "Your sign-in worked, but passing it on did not (\(reason)). Please ask the staff for help."
        }
        if report.logged == false {
            return "Your sign-in worked, but it could not be recorded. Please let the staff know."
        }
        return nil
    }
}
