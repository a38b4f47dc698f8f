/// A country code (`--country` or `PHONE_LOGIN_COUNTRY`) the table does not know: data; `ErrorWording` words it.
public struct UnknownCountry: Error, Equatable, Sendable {
    /// The code as given.
    public let code: String
    /// Where it was given.
    public let source: Country.Source

    /// A code given at `source` that names no country.
    public init(code: String, source: Country.Source) {
        self.code = code
        self.source = source
    }
}
