/// One "SMS" the emulator sent, as `GET /emulator/sms` lists it.
public struct SMSMessage: Codable, Hashable, Sendable {
    /// The number it went to.
    public var phoneNumber: String
    /// The confirmation code it carries.
    public var code: String
    /// The operation the code belongs to.
    public var operationID: String
    /// The link that completes the login when followed (link flow only).
    public var link: String?
    /// When it was sent, ISO 8601 in UTC.
    public var sentAt: String
    /// The text a phone would show.
    public var text: String
    /// How many confirm requests have named this message's operation so far (right or wrong code).
    public var confirmAttempts: Int

    /// Creates a message.
    package init(phoneNumber: String, code: String, operationID: String, link: String?, sentAt: String, text: String, confirmAttempts: Int = 0) {
        self.phoneNumber = phoneNumber
        self.code = code
        self.operationID = operationID
        self.link = link
        self.sentAt = sentAt
        self.text = text
        self.confirmAttempts = confirmAttempts
    }

    enum CodingKeys: String, CodingKey {
        case phoneNumber = "phone_number", code, operationID = "operation_id", link, sentAt = "sent_at", text, confirmAttempts = "confirm_attempts"
    }
}
