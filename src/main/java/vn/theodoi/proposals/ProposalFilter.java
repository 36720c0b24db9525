package vn.theodoi.proposals;

/**
 * The proposal list's filters, as the page and the API bind them from the query string; null means
 * "any". {@code sender} and {@code department} are organization codes; {@code q} is searched without
 * diacritics in the reference number and the subject.
 */
public record ProposalFilter(ProposalType type, ProposalState state, Timeliness timeliness, String sender,
        String department, Boolean mine, String q) {

    public boolean isMine() {
        return Boolean.TRUE.equals(mine);
    }

    public static ProposalFilter none() {
        return new ProposalFilter(null, null, null, null, null, null, null);
    }
}
