package io.livestage.ports.service;

import io.livestage.domain.event.QuestionSubmitted;
import io.livestage.domain.event.StageEvent;
import io.livestage.domain.id.CallId;
import io.livestage.domain.id.QuestionId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.state.Transition;
import io.livestage.ports.Done;
import java.util.function.Function;

/** What each command returns when accepted, read from its transition. */
final class AcceptedValues {

    private AcceptedValues() {}

    static Function<Transition, Done> done() {
        return transition -> Done.DONE;
    }

    static Function<Transition, RoomId> room() {
        return transition -> transition.after().get().id();
    }

    static Function<Transition, CallId> liveCall() {
        return transition -> transition.after().get().liveCallId().get();
    }

    static Function<Transition, QuestionId> question() {
        return transition -> transition
                .stageEvents()
                .map(StageEvent::change)
                .filter(QuestionSubmitted.class::isInstance)
                .map(change -> ((QuestionSubmitted) change).question())
                .head();
    }
}
