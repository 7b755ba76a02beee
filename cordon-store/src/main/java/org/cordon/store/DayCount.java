package org.cordon.store;

import java.time.LocalDate;

/** How many decisions of one outcome were made on one day (UTC), for charts. */
public record DayCount(LocalDate day, String outcome, long count) {
}
