// Placeholder replaced by the tokenizer work.
public enum Tokenizer {
    public static func tokenize(_ view: NormalizedView) -> [Token] { [] }
}
