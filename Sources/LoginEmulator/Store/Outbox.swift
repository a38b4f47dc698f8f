import NIOCore

/// The SMS outbox: the newest `capacity` messages, oldest first, indexed by phone number and by operation, so a
/// tester's lookup and a confirm's bookkeeping cost the same with one message or a thousand. Pure, no I/O.
struct Outbox: Sendable {
    /// How many messages it keeps; the oldest go first.
    let capacity: Int
    /// The messages, oldest first; message number `first + k` sits at offset `k`.
    private var messages = CircularBuffer<SMSMessage>()
    /// The number of the oldest message held (numbers only grow).
    private var first = 0
    /// Message numbers per phone, oldest first.
    private var numbersByPhone: [String: [Int]] = [:]
    /// The message number of each operation's SMS.
    private var numberByOperation: [String: Int] = [:]

    init(capacity: Int) { self.capacity = max(1, capacity) }

    /// How many messages it holds.
    var count: Int { messages.count }

    /// Every message, oldest first.
    var all: [SMSMessage] { Array(messages) }

    /// The messages to `phone`, oldest first.
    func messages(to phone: String) -> [SMSMessage] {
        (numbersByPhone[phone] ?? []).map { messages[position($0)] }
    }

    /// Adds a message, dropping the oldest when over capacity.
    mutating func append(_ message: SMSMessage) {
        let number = first + messages.count
        messages.append(message)
        numbersByPhone[message.phoneNumber, default: []].append(number)
        numberByOperation[message.operationID] = number
        while messages.count > capacity { dropOldest() }
    }

    /// Counts a confirm that named `operationID` on its message, if the message is still held.
    mutating func countConfirmAttempt(operationID: String) {
        guard let number = numberByOperation[operationID] else { return }
        messages[position(number)].confirmAttempts += 1
    }

    /// Forgets every message.
    mutating func removeAll() {
        first += messages.count
        messages.removeAll(keepingCapacity: true)
        numbersByPhone.removeAll()
        numberByOperation.removeAll()
    }

    private func position(_ number: Int) -> CircularBuffer<SMSMessage>.Index {
        messages.index(messages.startIndex, offsetBy: number - first)
    }

    private mutating func dropOldest() {
        let oldest = messages.removeFirst()
        if var numbers = numbersByPhone.removeValue(forKey: oldest.phoneNumber) {
            numbers.removeFirst()
            if !numbers.isEmpty { numbersByPhone[oldest.phoneNumber] = numbers }
        }
        if numberByOperation[oldest.operationID] == first { numberByOperation[oldest.operationID] = nil }
        first += 1
    }
}
