import PhoneAuthModel
/// The JSON body of `POST /login/phone/request`.
public struct StartAuthBody: Codable, Hashable, Sendable {
    /// The user's phone number, `^\+\d{5,25}$`.
    public var phoneNumber: String?
    /// Whether the SMS carries a link that may be followed instead of typing the code.
    public var sendLink: Bool?
    /// Where the link leads after confirming; required when `sendLink` is true.
    public var linkURL: String?

    /// Creates a body.
    public init(phoneNumber: String?, sendLink: Bool? = nil, linkURL: String? = nil) {
        self.phoneNumber = phoneNumber
        self.sendLink = sendLink
        self.linkURL = linkURL
    }

    enum CodingKeys: String, CodingKey {
        case phoneNumber = "phone_number"
        case sendLink = "send_link"
        case linkURL = "link_url"
    }
}
