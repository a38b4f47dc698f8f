extension Character {
    /// Whether this is one of the ASCII digits `0`–`9` (and not a digit of another script): the phone rule's digit.
    public var isASCIIDigit: Bool { isASCII && ("0"..."9").contains(self) }
}
