package vn.theodoi.demo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.stereotype.Component;

import vn.theodoi.access.Clearance;
import vn.theodoi.organization.OrganizationType;
import vn.theodoi.organization.OrganizationView;
import vn.theodoi.organization.Organizations;
import vn.theodoi.proposals.BulkProposals;
import vn.theodoi.proposals.ProposalDraft;
import vn.theodoi.proposals.ProposalState;
import vn.theodoi.proposals.ProposalType;
import vn.theodoi.proposals.Proposals;

/**
 * A large, fictional data set of proposals and requests for opinion for load tests and benchmarks:
 * sent by provincial committees, their standing agencies and agencies over the last two years, most
 * answered (on time or late), the recent ones at every step of the flow, answered by the cases
 * department's specialist. Written by {@link BulkProposals} through the aggregate. The same seed gives
 * the same data.
 */
@Component
class ScaleProposals {

    private static final ProposalState[] OPEN = {ProposalState.RECEIVED, ProposalState.ASSIGNED,
        ProposalState.DRAFTED, ProposalState.RETURNED, ProposalState.CHECKED, ProposalState.APPROVED};

    private final BulkProposals bulk;
    private final Proposals proposals;
    private final Organizations organizations;

    ScaleProposals(BulkProposals bulk, Proposals proposals, Organizations organizations) {
        this.bulk = bulk;
        this.proposals = proposals;
        this.organizations = organizations;
    }

    BulkProposals.Result generate(int count, long seed) {
        List<String> senders = new ArrayList<>();
        for (OrganizationView o : organizations.all()) {
            if (o.active() && (o.type() == OrganizationType.PROVINCIAL_STEERING_COMMITTEE
                    || o.type() == OrganizationType.PROVINCIAL_STANDING_AGENCY
                    || o.type() == OrganizationType.AGENCY && o.parentCode() == null)) {
                senders.add(o.code());
            }
        }
        LocalDate today = proposals.today();
        Random r = new Random(seed);
        return bulk.write(count, today, id -> draft(id, r, senders, today));
    }

    private ProposalDraft draft(long id, Random r, List<String> senders, LocalDate today) {
        String sender = senders.get(r.nextInt(senders.size()));
        ProposalType type = sender.startsWith("BCD") || sender.startsWith("BNC") || r.nextInt(100) < 20
                ? ProposalType.OPINION_REQUEST : ProposalType.PROPOSAL;
        LocalDate received = today.minusDays(1 + r.nextInt(730));
        boolean old = received.isBefore(today.minusDays(40));
        ProposalState reached = old && r.nextInt(100) < 90 ? ProposalState.SENT
                : r.nextInt(100) < 30 ? ProposalState.SENT : OPEN[r.nextInt(OPEN.length)];
        LocalDate answered = null;
        if (reached == ProposalState.SENT) {
            LocalDate target = received.plusDays(3 + r.nextInt(r.nextInt(100) < 75 ? 14 : 40));
            answered = target.isAfter(today) ? today : target;
        }
        Clearance classification = r.nextInt(100) < 5 ? Clearance.CONFIDENTIAL : Clearance.UNCLASSIFIED;
        String subject = DemoProposals.SUBJECTS[r.nextInt(DemoProposals.SUBJECTS.length)] + " (dữ liệu thử tải " + id + ")";
        LocalDate lastDay = answered != null ? answered : today;
        return new ProposalDraft(type, sender, "Số " + id + (type == ProposalType.OPINION_REQUEST ? "-CV/BCĐ" : "-CV/KN"),
                received, subject, classification, "BNCTW-VAVV", "specialist", reached, answered, ScaleData.CREATED_BY,
                received.atTime(8, 0).toInstant(ZoneOffset.ofHours(7)),
                lastDay.atTime(16, r.nextInt(60)).toInstant(ZoneOffset.ofHours(7)));
    }
}
