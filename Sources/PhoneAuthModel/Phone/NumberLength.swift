/// How a national significant number's length fits its country, as libphonenumber's `_test_number_length` says.
enum NumberLength: Hashable, Sendable {
    /// One of the country's possible lengths.
    case possible
    /// A length dialled only locally, without the area code (the US's 7 digits).
    case localOnly
    /// Shorter than any possible length.
    case tooShort
    /// Longer than any possible length.
    case tooLong
    /// Between the shortest and the longest, yet not possible.
    case invalid
}
