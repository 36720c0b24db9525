package vn.theodoi.ingest.internal.engine;

import java.util.List;
import java.util.Set;

/**
 * What the engine knows by name: the organization tree (names and short names), the provinces, the
 * records the reader may see (code, title, the company or project names it concerns, its provinces)
 * and the persons of those records with their roles. Plain data, so a test can write it by hand.
 */
public record Dictionary(List<OrganizationEntry> organizations, List<ProvinceEntry> provinces,
        List<RecordEntry> records, List<PersonEntry> persons) {

    public Dictionary {
        organizations = List.copyOf(organizations);
        provinces = List.copyOf(provinces);
        records = List.copyOf(records);
        persons = List.copyOf(persons);
    }

    /**
     * An organization. {@code type} is the organization module's type name (COMMISSION, DEPARTMENT, AGENCY,
     * PROVINCIAL_STEERING_COMMITTEE ...); {@code provinceCode} where it sits, if provincial.
     */
    public record OrganizationEntry(String code, String name, String shortName, String type, String provinceCode) {
    }

    /** A province or centrally-run city; {@code successorCode} for one merged into another in 2025 (else null). */
    public record ProvinceEntry(String code, String name, String successorCode) {
    }

    /**
     * A record the reader may see. {@code names}: company or project names it concerns beyond those its title
     * names (the title's are found by {@link RecordNames}); {@code provinceCodes}: where it happened.
     */
    public record RecordEntry(long id, String code, String title, List<String> names, Set<String> provinceCodes) {

        public RecordEntry {
            names = names == null ? List.of() : List.copyOf(names);
            provinceCodes = provinceCodes == null ? Set.of() : Set.copyOf(provinceCodes);
        }
    }

    /** A person named in a record (bị can, bị cáo, người liên quan), with the role and the record. */
    public record PersonEntry(String name, String role, Long recordId) {
    }

    /** The same organizations and provinces with other records and persons (the reader's, for one text). */
    public Dictionary with(List<RecordEntry> records, List<PersonEntry> persons) {
        return new Dictionary(organizations, provinces, records, persons);
    }
}
