package vn.theodoi.proposals;

/** What the sender asks for. */
public enum ProposalType {
    /** Kiến nghị, đề xuất: a proposal or recommendation. */
    PROPOSAL,
    /** Xin ý kiến: a request for opinion, above all a provincial committee's about a level-3 record. */
    OPINION_REQUEST
}
