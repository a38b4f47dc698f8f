import PhoneAuthModel

/// The demo emulator's SMS in the visitor's language (the emulator writes it in English, as a server would in its
/// project's language): "Your Xsolla Login code is 4821. It expires in 3 min."
public enum DemoSMS {
    /// The SMS for `code` (and `link`) living `lifetime`, in `language`.
    public static func text(code: String, link: String?, lifetime: Duration, in language: Language) -> String {
        // The emulator's rule: whole minutes in minutes, anything else in seconds.
        let span = DurationWording.exact(seconds: Int(lifetime.components.seconds), abbreviated: true, in: language)
        var text = language.text(.demoSMS, ["code": code, "lifetime": span])
        if let link { text += " " + language.text(.demoSMSLink, ["link": link]) }
        return text
    }
}
