/// A dictionary with a capacity that forgets its least recently seen entry when a new one would not fit: lookups,
/// touches, insertions, removals and evictions all O(1) (a hash map into a doubly linked list kept in an array, whose
/// freed slots are reused). "Seen" is an insertion, an update or a `touch`; `peek` does not count. Pure, no I/O.
struct RecencyMap<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private struct Node: Sendable {
        var key: Key
        var value: Value
        /// The slot of the next older entry; -1: none (this is the oldest).
        var older: Int
        /// The slot of the next newer entry; -1: none (this is the newest).
        var newer: Int
    }

    /// The most entries it holds.
    let capacity: Int
    private var slots: [Node?] = []
    private var slotByKey: [Key: Int] = [:]
    private var freeSlots: [Int] = []
    private var oldest = -1
    private var newest = -1
    /// Entries forgotten to make room since it was made.
    private(set) var evictions = 0

    /// An empty map holding at most `capacity` entries (at least one).
    init(capacity: Int) { self.capacity = max(1, capacity) }

    /// How many entries it holds.
    var count: Int { slotByKey.count }

    /// The value for `key`, without counting it as seen.
    func peek(_ key: Key) -> Value? {
        slotByKey[key].flatMap { slots[$0]?.value }
    }

    /// The value for `key`, now the most recently seen.
    mutating func value(for key: Key) -> Value? {
        guard let slot = slotByKey[key] else { return nil }
        moveToNewest(slot)
        return slots[slot]?.value
    }

    /// Marks `key` the most recently seen; false when it is not held.
    @discardableResult
    mutating func touch(_ key: Key) -> Bool {
        guard let slot = slotByKey[key] else { return false }
        moveToNewest(slot)
        return true
    }

    /// Sets the value for `key`, which becomes the most recently seen; when a new key does not fit, the least recently
    /// seen entry goes and is returned.
    @discardableResult
    mutating func set(_ value: Value, for key: Key) -> (key: Key, value: Value)? {
        if let slot = slotByKey[key] {
            slots[slot]?.value = value
            moveToNewest(slot)
            return nil
        }
        var evicted: (key: Key, value: Value)?
        if slotByKey.count >= capacity, oldest >= 0, let node = slots[oldest] {
            removeValue(for: node.key)
            evictions += 1
            evicted = (node.key, node.value)
        }
        let node = Node(key: key, value: value, older: newest, newer: -1)
        let slot: Int
        if let free = freeSlots.popLast() {
            slot = free
            slots[slot] = node
        } else {
            slot = slots.count
            slots.append(node)
        }
        if newest >= 0 { slots[newest]?.newer = slot } else { oldest = slot }
        newest = slot
        slotByKey[key] = slot
        return evicted
    }

    /// Forgets `key` (not an eviction); its value, if it was held.
    @discardableResult
    mutating func removeValue(for key: Key) -> Value? {
        guard let slot = slotByKey.removeValue(forKey: key), let node = slots[slot] else { return nil }
        unlink(slot, node)
        slots[slot] = nil
        freeSlots.append(slot)
        return node.value
    }

    /// Forgets every entry `shouldRemove` picks (not evictions). O(count).
    mutating func removeAll(where shouldRemove: (Key, Value) -> Bool) {
        for (key, value) in entriesOldestFirst where shouldRemove(key, value) { removeValue(for: key) }
    }

    /// Every entry, the least recently seen first.
    var entriesOldestFirst: [(key: Key, value: Value)] {
        var entries: [(key: Key, value: Value)] = []
        entries.reserveCapacity(count)
        var slot = oldest
        while slot >= 0, let node = slots[slot] {
            entries.append((node.key, node.value))
            slot = node.newer
        }
        return entries
    }

    private mutating func moveToNewest(_ slot: Int) {
        guard slot != newest, let node = slots[slot] else { return }
        unlink(slot, node)
        slots[slot]?.older = newest
        slots[slot]?.newer = -1
        if newest >= 0 { slots[newest]?.newer = slot } else { oldest = slot }
        newest = slot
    }

    /// Takes the node at `slot` out of the list (its own links are left as they were).
    private mutating func unlink(_ slot: Int, _ node: Node) {
        if node.older >= 0 { slots[node.older]?.newer = node.newer } else { oldest = node.newer }
        if node.newer >= 0 { slots[node.newer]?.older = node.older } else { newest = node.older }
    }
}
