extension StringProtocol {
    /// The text without the spaces at its end (how a screen's row reads).
    public var droppingTrailingSpaces: String { String(reversed().drop { $0 == " " }.reversed()) }
}
