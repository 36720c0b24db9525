package vn.theodoi.records;

import java.util.List;
import java.util.Set;

/**
 * A record a text may name, as the reading of a text needs it ({@link Records#namedIn}): its code, title, the
 * provinces where it happened and its persons with their procedural roles.
 */
public record NamedRecord(Long id, String code, String title, Set<String> provinceCodes, List<Person> persons) {

    public record Person(String fullName, ProceduralRole role) {
    }
}
