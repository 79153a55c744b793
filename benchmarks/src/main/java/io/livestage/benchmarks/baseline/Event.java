package io.livestage.benchmarks.baseline;

import java.time.Instant;
import java.util.List;

/**
 * An event of a baseline room, with its recipients resolved when it is emitted: a broadcast is a flag (as symbolic as
 * livestage's), anything narrower a list of the users it reaches.
 *
 * @param sequence gapless from 1
 * @param at when
 * @param kind what happened
 * @param user whom it is about
 * @param seat the new seat, for joins and role changes
 * @param number queue position, question id, as the kind needs
 * @param detail the reason or the question text, as the kind needs
 * @param to the users it reaches, unless {@code everyone}
 * @param everyone whether it reaches everyone in the call
 */
public record Event(
        long sequence,
        Instant at,
        Kind kind,
        String user,
        Seat seat,
        int number,
        String detail,
        List<String> to,
        boolean everyone) {}
