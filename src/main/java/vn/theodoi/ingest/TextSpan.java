package vn.theodoi.ingest;

/** Characters {@code [start, end)} of the text read (UTF-16 units of its NFC form). */
public record TextSpan(int start, int end) {
}
