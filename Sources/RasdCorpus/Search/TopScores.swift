/// The best `capacity` (score, document) pairs seen so far, as a min-heap: the weakest kept is at
/// the root, so a candidate is tested against `threshold` in O(1). On equal scores the earlier
/// stored document ranks first.
struct TopScores {
    let capacity: Int
    private(set) var heap: [(score: Double, document: Int64)] = []

    init(capacity: Int) {
        self.capacity = capacity
        heap.reserveCapacity(min(capacity, 1 << 12))
    }

    var isFull: Bool { heap.count >= capacity }
    /// A candidate must beat this to be kept once the heap is full.
    var threshold: Double { isFull ? heap[0].score : -.infinity }

    private static func weaker(_ a: (score: Double, document: Int64), _ b: (score: Double, document: Int64)) -> Bool {
        a.score < b.score || (a.score == b.score && a.document > b.document)
    }

    /// Whether `offer` would keep this document now.
    func wouldKeep(_ score: Double, _ document: Int64) -> Bool {
        capacity > 0 && (heap.count < capacity || Self.weaker(heap[0], (score, document)))
    }

    mutating func offer(_ score: Double, _ document: Int64) {
        guard capacity > 0 else { return }
        let item = (score: score, document: document)
        if heap.count < capacity {
            heap.append(item)
            var child = heap.count - 1
            while child > 0 {
                let parent = (child - 1) / 2
                guard Self.weaker(heap[child], heap[parent]) else { break }
                heap.swapAt(child, parent)
                child = parent
            }
        } else if Self.weaker(heap[0], item) {
            heap[0] = item
            var parent = 0
            while true {
                let left = 2 * parent + 1, right = left + 1
                var weakest = parent
                if left < heap.count && Self.weaker(heap[left], heap[weakest]) { weakest = left }
                if right < heap.count && Self.weaker(heap[right], heap[weakest]) { weakest = right }
                if weakest == parent { break }
                heap.swapAt(parent, weakest)
                parent = weakest
            }
        }
    }

    /// Best first.
    var ranked: [(score: Double, document: Int64)] {
        heap.sorted { Self.weaker($1, $0) }
    }
}
