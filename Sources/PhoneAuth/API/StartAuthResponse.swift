import PhoneAuthModel
/// The 200 answer of `POST /login/phone/request`.
public struct StartAuthResponse: Codable, Hashable, Sendable {
    /// The ID of the confirmation code, passed back on confirm.
    public var operationID: String

    /// Creates a response.
    public init(operationID: String) { self.operationID = operationID }

    enum CodingKeys: String, CodingKey { case operationID = "operation_id" }
}
