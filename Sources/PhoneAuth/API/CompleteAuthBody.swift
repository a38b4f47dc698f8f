import PhoneAuthModel
/// The JSON body of `POST /login/phone/confirm`.
public struct CompleteAuthBody: Codable, Hashable, Sendable {
    /// The confirmation code from the SMS.
    public var code: String?
    /// The operation ID that start returned.
    public var operationID: String?
    /// The phone number the code was sent to.
    public var phoneNumber: String?

    /// Creates a body.
    public init(code: String?, operationID: String?, phoneNumber: String?) {
        self.code = code
        self.operationID = operationID
        self.phoneNumber = phoneNumber
    }

    enum CodingKeys: String, CodingKey {
        case code
        case operationID = "operation_id"
        case phoneNumber = "phone_number"
    }
}
