/// The abbreviations whose full stop does not end a sentence. Single letters (`د.` `م.` `J.`) and
/// chains of them (`ق.م.` `ص.ب.` `U.S.` `e.g.`) are abbreviations by shape; Latin words need this list.
enum Abbreviations {
    /// Latin abbreviations of two letters or more, lower-cased: `Mr. Putin`, `No. 5`, `approx. 20`.
    /// Words that often end a sentence (`etc.`, `Inc.`, `Co.`) are left out on purpose.
    static let latinWords: Set<UInt64> = Set([
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "gen", "col", "lt", "capt", "sgt",
        "gov", "sen", "rep", "pres", "amb", "rev", "hon", "no", "nos", "vol", "vols", "pp", "fig",
        "figs", "ch", "art", "sec", "approx", "ca", "cf", "vs", "viz", "dept", "est", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "wed",
        "thu", "fri", "sat", "sun",
    ].compactMap { packedKey($0.unicodeScalars) })

    /// Era letters after a year (`2015م.`, `1436 هـ.`): written without a stop of their own, so a
    /// stop after them ends the sentence. (`ق.م.` keeps its stops and stays an abbreviation.)
    static let eraMarkers: Set<UInt64> = Set(["م", "ه"].compactMap { packedKey($0.unicodeScalars) })

    /// Packs up to 8 lower-cased ASCII letters, or up to 4 scalars of anything else, into one
    /// integer, so a lookup needs no String. `nil` when the word is too long to be an abbreviation.
    static func packedKey<C: Collection>(_ scalars: C) -> UInt64? where C.Element == Unicode.Scalar {
        let ascii = scalars.allSatisfy { $0.isASCII }
        let width: UInt64 = ascii ? 8 : 16
        guard scalars.count <= (ascii ? 8 : 4) else { return nil }
        var key: UInt64 = 0
        for scalar in scalars {
            var value = UInt64(scalar.value)
            if ascii, (0x41...0x5A).contains(value) { value += 0x20 }
            key = key << width | (value & (1 << width - 1))
        }
        return key
    }
}
