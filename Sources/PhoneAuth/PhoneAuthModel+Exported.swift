// The auth service's values (phone numbers, results, errors, the service protocol) come with the HTTP client: a
// module that signs in through `AuthClient` needs no second import.
@_exported import PhoneAuthModel
