package vn.theodoi.reports.internal;

import java.time.LocalDate;

import org.springframework.stereotype.Service;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.reports.Figures;

/** Computes a period's {@link Figures} within the reader's visibility, from every module's counts. */
@Service
public class FigureService {

    public Figures figures(TheodoiUser user, LocalDate from, LocalDate to) {
        throw new UnsupportedOperationException("not yet counted");
    }
}
