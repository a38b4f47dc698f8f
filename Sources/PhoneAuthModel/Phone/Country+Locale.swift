extension Country {
    /// Where a default country comes from, in the order asked.
    public enum Source: Equatable, Sendable {
        /// `--country CC`.
        case option
        /// `PHONE_LOGIN_COUNTRY`.
        case environment
        /// The locale's region (`LC_ALL`, then `LC_TELEPHONE`, then `LANG`), e.g. `de_DE.UTF-8`.
        case locale(String)
    }

    /// The variable that names the country when `--country` does not.
    public static let environmentVariable = "PHONE_LOGIN_COUNTRY"

    /// The region of a locale name: `de_DE.UTF-8` → `DE`, `en_GB@euro` → `GB`; nil for `C`, `POSIX` or one without a region.
    public static func region(ofLocale locale: String) -> String? {
        let name = locale.split(separator: ".", maxSplits: 1).first.map { $0.split(separator: "@", maxSplits: 1).first ?? "" } ?? ""
        let parts = name.split(separator: "_")
        guard parts.count >= 2, let region = parts.last, region.count == 2, region.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        return region.uppercased()
    }

    /// The locale that decides the region: the first of `LC_ALL`, `LC_TELEPHONE`, `LANG` that is set and not empty
    /// (as the C library picks the locale of one category), or nil.
    public static func telephoneLocale(in environment: [String: String]) -> String? {
        ["LC_ALL", "LC_TELEPHONE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
    }

    /// The default country: `option` (an ISO code) if given, else `PHONE_LOGIN_COUNTRY`, else the locale's region
    /// when the table knows it; nil when none. Throws the code given when the option or the variable names no country.
    /// A pure function of its arguments: the front-ends pass the process's environment.
    public static func resolve(option: String?, environment: [String: String]) throws(UnknownCountry) -> (country: Country, source: Source)? {
        if let option {
            guard let country = Country(code: option) else { throw UnknownCountry(code: option, source: .option) }
            return (country, .option)
        }
        if let named = environment[environmentVariable], !named.isEmpty {
            guard let country = Country(code: named) else { throw UnknownCountry(code: named, source: .environment) }
            return (country, .environment)
        }
        guard let locale = telephoneLocale(in: environment), let region = region(ofLocale: locale),
              let country = Country(code: region) else { return nil }
        return (country, .locale(locale))
    }
}
