/// Looks for a secret, or any long enough piece of it, in text a user or a log collector would see.
public enum SecretScan {
    /// The first piece of `secret` (`window` characters or more) that occurs in `text`, or nil when none does.
    public static func leak(of secret: String, window: Int, in text: String) -> String? {
        let characters = Array(secret)
        guard characters.count >= window else { return text.contains(secret) ? secret : nil }
        for start in 0...(characters.count - window) {
            let piece = String(characters[start..<(start + window)])
            if text.contains(piece) { return piece }
        }
        return nil
    }

    /// The parts of a JWT that are secret to a user: the payload and the signature (the header is the same for
    /// every token of a kind, and a masked token shows its start on purpose).
    public static func secretPart(ofToken token: String) -> String {
        String(token.drop(while: { $0 != "." }).dropFirst())
    }
}
