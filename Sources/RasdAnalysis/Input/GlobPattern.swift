import Foundation

/// File name patterns for inputs a shell did not expand (`'data/**/*.html'`): `*` any run of
/// characters but `/`, `?` one character, `[abc]`, `[a-z]`, `[!abc]` one of a set, and `**` as a
/// whole path component any number of folders, none included. A wildcard never matches a name
/// that starts with `.` unless the pattern's component does too.
public struct GlobPattern: Sendable {
    public let pattern: String

    public init(_ pattern: String) {
        self.pattern = pattern
    }

    /// Whether a command-line argument is a pattern rather than a path.
    public static func isPattern(_ argument: String) -> Bool {
        argument.contains { $0 == "*" || $0 == "?" || $0 == "[" }
    }

    /// The paths that match, sorted; files and folders alike (the caller walks the folders).
    public func matches(fileManager: FileManager = .default) -> [String] {
        let absolute = pattern.hasPrefix("/")
        let components = pattern.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        var found: Set<String> = []
        var frontier: [String] = [absolute ? "/" : ""]
        for (position, component) in components.enumerated() {
            let isLast = position == components.count - 1
            var next: [String] = []
            if component == "**" {
                for base in frontier {
                    next.append(base)
                    next.append(contentsOf: Self.folders(under: base, fileManager: fileManager))
                }
                if isLast { next = next.flatMap { Self.entries(in: $0, fileManager: fileManager).filter { !$0.hidden }.map(\.path) } }
            } else if !Self.isPattern(component) {
                for base in frontier {
                    let path = Self.join(base, component)
                    if fileManager.fileExists(atPath: path) { next.append(path) }
                }
            } else {
                for base in frontier {
                    for entry in Self.entries(in: base, fileManager: fileManager) where Self.matches(entry.name, component) {
                        next.append(entry.path)
                    }
                }
            }
            if !isLast {
                next = next.filter { var folder: ObjCBool = false
                    return fileManager.fileExists(atPath: $0.isEmpty ? "." : $0, isDirectory: &folder) && folder.boolValue }
            }
            frontier = Array(Set(next))
        }
        found.formUnion(frontier.filter { !$0.isEmpty && $0 != "/" })
        return found.sorted()
    }

    private static func join(_ base: String, _ name: String) -> String {
        base.isEmpty ? name : base.hasSuffix("/") ? base + name : base + "/" + name
    }

    private static func entries(in folder: String, fileManager: FileManager) -> [(name: String, path: String, hidden: Bool)] {
        let names = (try? fileManager.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
        return names.sorted().map { ($0, join(folder, $0), $0.hasPrefix(".")) }
    }

    /// Every folder below `base`, hidden ones and their contents left out; links not followed.
    private static func folders(under base: String, fileManager: FileManager) -> [String] {
        var result: [String] = []
        var pending = [base]
        while let folder = pending.popLast() {
            for entry in entries(in: folder, fileManager: fileManager) where !entry.hidden {
                guard let attributes = try? fileManager.attributesOfItem(atPath: entry.path),
                      attributes[.type] as? FileAttributeType == .typeDirectory else { continue }
                result.append(entry.path)
                pending.append(entry.path)
            }
        }
        return result
    }

    /// Whether `name` matches one path component's pattern. Linear in practice: the classic
    /// backtracking to the last `*` only.
    public static func matches(_ name: String, _ pattern: String) -> Bool {
        let text = Array(name.unicodeScalars), glob = Array(pattern.unicodeScalars)
        if text.first == ".", glob.first != "." { return false }
        var t = 0, g = 0
        var starG = -1, starT = 0
        while t < text.count {
            if g < glob.count {
                switch glob[g] {
                case "*":
                    starG = g; starT = t; g += 1
                    continue
                case "?":
                    t += 1; g += 1
                    continue
                case "[":
                    if let (matched, next) = matchSet(glob, g, text[t]) {
                        if matched { t += 1; g = next; continue }
                    } else if text[t] == "[" {
                        t += 1; g += 1; continue
                    }
                default:
                    if glob[g] == text[t] { t += 1; g += 1; continue }
                }
            }
            guard starG >= 0 else { return false }
            starT += 1
            t = starT
            g = starG + 1
        }
        while g < glob.count, glob[g] == "*" { g += 1 }
        return g == glob.count
    }

    /// Whether `scalar` is in the set that opens at `glob[start]` (a `[`), and the index after
    /// the set; nil when the `[` opens no set.
    private static func matchSet(_ glob: [Unicode.Scalar], _ start: Int, _ scalar: Unicode.Scalar) -> (Bool, Int)? {
        var index = start + 1
        var negated = false
        if index < glob.count, glob[index] == "!" || glob[index] == "^" { negated = true; index += 1 }
        var matched = false
        var first = true
        while index < glob.count, glob[index] != "]" || first {
            first = false
            let low = glob[index]
            if index + 2 < glob.count, glob[index + 1] == "-", glob[index + 2] != "]" {
                if low.value <= scalar.value && scalar.value <= glob[index + 2].value { matched = true }
                index += 3
            } else {
                if low == scalar { matched = true }
                index += 1
            }
        }
        guard index < glob.count else { return nil }
        return (matched != negated, index + 1)
    }
}
