package vn.theodoi.proposals;

import java.time.LocalDate;

/**
 * The proposal list's filters, as the page and the API bind them from the query string; null means
 * "any". {@code sender} and {@code department} are organization codes; {@code q} is searched without
 * diacritics in the reference number and the subject. {@code receivedFrom}..{@code receivedTo} bound the day
 * received; {@code asOf} is the day timeliness is judged on (today when null or later), as a report's figures judge it.
 */
public record ProposalFilter(ProposalType type, ProposalState state, Timeliness timeliness, String sender,
        String department, Boolean mine, String q, LocalDate receivedFrom, LocalDate receivedTo, LocalDate asOf) {

    public boolean isMine() {
        return Boolean.TRUE.equals(mine);
    }

    public static ProposalFilter none() {
        return new ProposalFilter(null, null, null, null, null, null, null, null, null, null);
    }
}
