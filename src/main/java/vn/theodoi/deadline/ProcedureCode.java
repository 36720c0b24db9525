package vn.theodoi.deadline;

import java.time.LocalDate;

/**
 * The Criminal Procedure Code (Bộ luật Tố tụng hình sự) a row of the rule table belongs to. A limit follows the
 * Code in force on the day it starts to run (Resolution 41/2017/QH14 on the entry into force of the 2015 Code:
 * acts done before 1 January 2018 under the 2003 Code stay valid, acts from that day follow the 2015 Code).
 */
public enum ProcedureCode {
    /** Bộ luật Tố tụng hình sự 2003 (Law 19/2003/QH11), in force from 1 July 2004 to 31 December 2017. */
    BLTTHS_2003(LocalDate.of(2004, 7, 1)),
    /** Bộ luật Tố tụng hình sự 2015 (Law 101/2015/QH13), in force from 1 January 2018, amended 2017, 2021, 2025. */
    BLTTHS_2015(LocalDate.of(2018, 1, 1));

    private final LocalDate inForceFrom;

    ProcedureCode(LocalDate inForceFrom) {
        this.inForceFrom = inForceFrom;
    }

    /** The day the Code entered into force. */
    public LocalDate inForceFrom() {
        return inForceFrom;
    }
}
