package vn.theodoi.proposals.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.Visibility;
import vn.theodoi.attachments.AttachmentOwner;

/**
 * Proposals own attachments (the incoming document, the signed answer): whoever sees the proposal
 * reads them; the Commission's own people who may change things attach them. Visibility is the
 * proposals' own query.
 */
@Component
class ProposalAttachments implements AttachmentOwner {

    static final String KIND = "PROPOSAL";

    private final ProposalQueries queries;
    private final ProposalAccess access;
    private final NamedParameterJdbcTemplate jdbc;

    ProposalAttachments(ProposalQueries queries, ProposalAccess access, NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.access = access;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public boolean mayRead(TheodoiUser user, long proposalId) {
        return queries.isVisible(access.reader(user), proposalId);
    }

    @Override
    public boolean mayAttach(TheodoiUser user, long proposalId) {
        Visibility reader = access.reader(user);
        return reader.edits() && ProposalAccess.internal(reader) && queries.isVisible(reader, proposalId);
    }

    @Override
    public String pagePath(long proposalId) {
        return "/proposals/" + proposalId;
    }

    @Override
    public List<Readable> readableAmong(TheodoiUser user, Collection<Long> proposalIds) {
        return Readable.among(jdbc, "select p.id, p.classification from proposal p", "p.id",
                ProposalQueries.visibleTo(access.reader(user)), proposalIds);
    }
}
