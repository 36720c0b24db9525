package vn.theodoi.exports;

import vn.theodoi.shared.DomainRuleViolation;

/** A file asked for with a kind this module does not know or parameters its producer cannot read (400). */
public class InvalidExportRequest extends DomainRuleViolation {

    public InvalidExportRequest(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
