import PhoneAuthModel

extension FlowWording {
    /// "Starting over in 0:17": the idle prompt's countdown.
    public static func startingOver(seconds: Int, in language: Language = .english) -> String {
        language.text(.startingOver, ["time": Countdown.text(seconds: seconds)])
    }

    /// "This screen clears in 5 s.": the success screen's countdown.
    public static func clearsIn(seconds: Int, in language: Language = .english) -> String {
        language.text(.clearsIn, ["seconds": String(seconds)])
    }

    /// The polite words for a hand-off that went wrong, or nil when it went well.
    public static func handOffProblem(_ report: HandOffReport, in language: Language = .english) -> String? {
        if let hook = report.hook, !hook.succeeded {
            let reason: String
            switch hook {
            case .exited(let status): reason = language.text(.hookExited, ["status": String(status)])
            case .killedBySignal(let number): reason = language.text(.hookSignal, ["signal": String(number)])
            case .timedOut(let seconds): reason = language.text(.hookTimedOut, ["seconds": String(seconds)])
            case .couldNotStart: reason = language.text(.hookCouldNotStart)
            case .succeeded: reason = ""
            }
            return language.text(.handOffFailed, ["reason": reason])
        }
        if report.logged == false { return language.text(.handOffNotLogged) }
        return nil
    }
}
