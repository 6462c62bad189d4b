import Foundation

/// `ArabicFoldTable` compiled once per process into a flat array over the Basic Multilingual
/// Plane, so normalizing a scalar is one array load. Scalars above U+FFFF are kept as they are.
@usableFromInline
struct FoldLookup: Sendable {
    /// Per BMP scalar: the scalar itself (kept), another scalar (replaced), `drop`, or
    /// `expansionFlag | index` into `expansions`.
    @usableFromInline let entries: [UInt32]
    @usableFromInline let expansions: [[Unicode.Scalar]]

    @usableFromInline static let drop: UInt32 = 0xFFFF_FFFF
    @usableFromInline static let expansionFlag: UInt32 = 0x8000_0000

    @usableFromInline
    enum Output {
        case keep
        case drop
        case one(Unicode.Scalar)
        case many([Unicode.Scalar])
    }

    static let clean = FoldLookup(level: .clean)
    @usableFromInline static let matching = FoldLookup(level: .matching)

    static func forLevel(_ level: NormalizationLevel) -> FoldLookup {
        level == .clean ? clean : matching
    }

    init(level: NormalizationLevel) {
        // Scalars no fold covers map to themselves; only the table's ranges need working out.
        var entries = (0..<UInt32(0x10000)).map { $0 }
        var expansions: [[Unicode.Scalar]] = []
        for fold in ArabicFoldTable.folds {
            for value in fold.scalars where value < 0x10000 {
                guard let scalar = Unicode.Scalar(value) else { continue }
                var output = Self.apply(scalar, upTo: .clean)
                if level >= .matching {
                    output = output.flatMap { Self.apply($0, exactly: .matching) }
                }
                if output.count == 1 {
                    entries[Int(value)] = output[0].value
                } else if output.isEmpty {
                    entries[Int(value)] = Self.drop
                } else {
                    entries[Int(value)] = Self.expansionFlag | UInt32(expansions.count)
                    expansions.append(output)
                }
            }
        }
        self.entries = entries
        self.expansions = expansions
    }

    @inlinable @inline(__always)
    func output(for scalar: Unicode.Scalar) -> Output {
        let value = scalar.value
        guard value < 0x10000 else { return .keep }
        let entry = entries[Int(value)]
        if entry == value { return .keep }
        if entry == Self.drop { return .drop }
        if entry & Self.expansionFlag != 0 {
            return .many(expansions[Int(entry & ~Self.expansionFlag)])
        }
        return .one(Unicode.Scalar(entry)!)
    }

    /// The clean-level folds applied to one scalar (compatibility forms may yield several).
    private static func apply(_ scalar: Unicode.Scalar, upTo level: NormalizationLevel) -> [Unicode.Scalar] {
        guard let fold = firstFold(covering: scalar, where: { $0 <= level }) else { return [scalar] }
        return perform(fold, on: scalar).flatMap { result in
            result == scalar ? [result] : apply(result, upTo: level)
        }
    }

    /// The folds of exactly one level applied to one scalar.
    private static func apply(_ scalar: Unicode.Scalar, exactly level: NormalizationLevel) -> [Unicode.Scalar] {
        guard let fold = firstFold(covering: scalar, where: { $0 == level }) else { return [scalar] }
        return perform(fold, on: scalar)
    }

    private static func firstFold(covering scalar: Unicode.Scalar,
                                  where levelMatches: (NormalizationLevel) -> Bool) -> ArabicFoldTable.Fold? {
        ArabicFoldTable.folds.first { $0.scalars.contains(scalar.value) && levelMatches($0.level) }
    }

    private static func perform(_ fold: ArabicFoldTable.Fold, on scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        switch fold.action {
        case .drop:
            return []
        case .replace(let target):
            return [target]
        case .shiftRange(let target):
            return [Unicode.Scalar(target.value + (scalar.value - fold.scalars.lowerBound))!]
        case .compatibility:
            let folded = String(Character(scalar)).precomposedStringWithCompatibilityMapping
            return Array(folded.unicodeScalars)
        }
    }
}
