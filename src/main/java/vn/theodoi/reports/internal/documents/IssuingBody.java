package vn.theodoi.reports.internal.documents;

/**
 * The body that issues a report (cơ quan ban hành), as the header block names it: the superior
 * body above ({@code upper}, "BAN CHẤP HÀNH TRUNG ƯƠNG" or a province's committee), the body itself
 * ({@code lower}, "BAN NỘI CHÍNH"), the symbol after the number ("-BC/BNCTW"), the place of the
 * date line, and its {@code name} as a sentence names it.
 */
public record IssuingBody(String upper, String lower, String symbol, String place, String name) {
}
