package io.livestage.domain.rules;

import io.livestage.domain.event.Change;
import io.livestage.domain.event.Recipients;

/** What a rule decides: a change and who it is for. The pipeline stamps it into a sequenced event. */
record Draft(Change change, Recipients recipients) {

    static Draft to(Recipients recipients, Change change) {
        return new Draft(change, recipients);
    }
}
