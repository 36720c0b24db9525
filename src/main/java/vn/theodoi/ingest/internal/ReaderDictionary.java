package vn.theodoi.ingest.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.ingest.internal.engine.Dictionary;
import vn.theodoi.ingest.internal.engine.TextReader;
import vn.theodoi.organization.OrganizationDirectory;
import vn.theodoi.organization.Organizations;
import vn.theodoi.records.NamedRecord;
import vn.theodoi.records.Records;

/**
 * The engine's dictionary for one reader and one text, from the other modules' public faces: the organization
 * tree and the provinces (from memory), and, of the records the reader may see, those the text may name: looked
 * up by the codes and capitalized phrases the text holds ({@link TextReader#candidates}), never the whole table.
 */
@Component
class ReaderDictionary {

    /** Phrases looked up per text, longest first. */
    static final int PHRASES = 60;
    /** A phrase more records than this hold names none of them in particular. */
    static final int RECORDS_PER_PHRASE = 20;

    private final Organizations organizations;
    private final Records records;

    ReaderDictionary(Organizations organizations, Records records) {
        this.organizations = organizations;
        this.records = records;
    }

    Dictionary known() {
        OrganizationDirectory directory = organizations.directory();
        List<Dictionary.OrganizationEntry> bodies = directory.all().stream().filter(o -> o.active())
                .map(o -> new Dictionary.OrganizationEntry(o.code(), o.name(), o.shortName(), o.type().name(),
                        o.provinceCode()))
                .toList();
        List<Dictionary.ProvinceEntry> provinces = directory.provinces().stream()
                .map(p -> new Dictionary.ProvinceEntry(p.getCode(), p.getName(), p.isCurrent() ? null : p.getSuccessorCode()))
                .toList();
        return new Dictionary(bodies, provinces, List.of(), List.of());
    }

    Dictionary forText(TheodoiUser reader, String text) {
        Dictionary known = known();
        TextReader.Candidates candidates = TextReader.candidates(text, known, PHRASES);
        List<Dictionary.RecordEntry> entries = new ArrayList<>();
        List<Dictionary.PersonEntry> persons = new ArrayList<>();
        for (NamedRecord r : records.namedIn(reader, candidates.codes(), candidates.phrases(), RECORDS_PER_PHRASE)) {
            entries.add(new Dictionary.RecordEntry(r.id(), r.code(), r.title(), List.of(), r.provinceCodes()));
            r.persons().forEach(p -> persons.add(new Dictionary.PersonEntry(p.fullName(), p.role().name(), r.id())));
        }
        return known.with(entries, persons);
    }
}
