package vn.theodoi.audit;

/**
 * The outcome of walking the audit chain: intact, or the first entry that does not hold and why.
 * {@code entriesBeforeChain} counts entries written before the chain began (not covered by it).
 */
public record ChainVerification(boolean intact, long checkedEntries, long entriesBeforeChain, Long lastPosition,
        String lastHash, BrokenEntry firstBroken) {

    public enum Reason {
        /** The entry's content no longer matches its hash: it was changed. */
        CONTENT_CHANGED,
        /** The entry names another previous hash than the entry before it has: the chain was altered here. */
        PREVIOUS_HASH_MISMATCH,
        /** The entry is not the next position: entries before it were removed. */
        ENTRY_MISSING_BEFORE,
        /** An entry without a place in the chain was written after the chain began (not through the application). */
        NOT_CHAINED,
        /** The chain head names a later entry than the last one found: entries were removed at the end. */
        ENTRIES_MISSING_AT_END
    }

    /** The first entry that does not hold (its id and chain position, where known). */
    public record BrokenEntry(Long id, Long position, Reason reason) {
    }

    static ChainVerification intact(long checked, long legacy, long lastPosition, String lastHash) {
        return new ChainVerification(true, checked, legacy, lastPosition, lastHash, null);
    }

    static ChainVerification broken(long checked, long legacy, Long id, Long position, Reason reason) {
        return new ChainVerification(false, checked, legacy, null, null, new BrokenEntry(id, position, reason));
    }
}
