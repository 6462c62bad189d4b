/// Finds, among spans sorted by start, those that start in a range or cover an offset, by binary
/// search: the readers of events and claims look spans up once per event, and a scan of the whole
/// list each time would make a long hostile document quadratic.
struct SpanLookup<Element> {
    /// The elements, sorted by start.
    let elements: [Element]
    private let starts: [Int]
    private let ends: [Int]
    /// For each position in the sorted list, the largest end up to it: covering spans are found
    /// by walking back only while one could still reach the offset.
    private let maxEnds: [Int]

    init(_ elements: [Element], start: (Element) -> Int, end: (Element) -> Int) {
        let sorted = elements.sorted { start($0) < start($1) }
        self.elements = sorted
        starts = sorted.map(start)
        ends = sorted.map(end)
        var running = Int.min
        maxEnds = ends.map { running = max(running, $0); return running }
    }

    /// Index of the first element whose start is at or after `offset`.
    private func firstIndex(startingAtOrAfter offset: Int) -> Int {
        var low = 0, high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The elements that start in `range`, in order.
    func starting(in range: Range<Int>) -> ArraySlice<Element> {
        elements[firstIndex(startingAtOrAfter: range.lowerBound)..<firstIndex(startingAtOrAfter: range.upperBound)]
    }

    /// The element that covers `offset` (start ≤ offset < end) and starts last, if any.
    func covering(_ offset: Int) -> Element? {
        var index = firstIndex(startingAtOrAfter: offset + 1) - 1
        while index >= 0, maxEnds[index] > offset {
            if ends[index] > offset { return elements[index] }
            index -= 1
        }
        return nil
    }
}
