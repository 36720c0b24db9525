package vn.theodoi.ingest.internal.engine;

import java.util.List;

/**
 * A name of the dictionary found in the text: tokens {@code [from, to)}. {@code keys} are what it names
 * (organization or province codes, record ids, person indexes); more than one when the name is ambiguous.
 * {@code via} tells how a record was named: {@code CODE}, {@code NAME} (its company or project) or
 * {@code PERSON}.
 */
public record Match(int from, int to, Kind kind, List<String> keys, String via) {

    public enum Kind {
        ORGANIZATION, PROVINCE, RECORD, PERSON
    }

    public boolean covers(int token) {
        return token >= from && token < to;
    }
}
