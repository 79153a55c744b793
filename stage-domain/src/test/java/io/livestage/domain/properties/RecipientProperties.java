package io.livestage.domain.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.event.CallEnded;
import io.livestage.domain.event.Change;
import io.livestage.domain.event.ParticipantLeft;
import io.livestage.domain.event.ParticipantRemoved;
import io.livestage.domain.event.StageEvent;
import io.livestage.domain.event.UserUnbanned;
import io.livestage.domain.id.UserId;
import io.livestage.domain.role.Standing;
import io.livestage.domain.state.AddressedEvent;
import io.livestage.domain.state.Room;
import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every event reaches exactly the people the rules name, over every generated sequence: everyone in the call for
 * what happens to the call, the host and co-hosts present and the owner for hands and invitations, everyone on stage
 * and the author for questions, the host and co-hosts present for an unban. Nobody outside the call receives
 * anything, except the user just leaving or removed, who receives their own departure, and everyone present when the
 * call ends, who receives the end.
 */
class RecipientProperties {

    @Test
    void every_recipient_is_in_the_call_or_just_leaving_it() {
        Runs.forEveryStep(() -> step -> step.addressed().forEach(RecipientProperties::presentOrLeaving));
    }

    @Test
    void every_event_reaches_exactly_the_people_the_rules_name() {
        Runs.forEveryStep(() -> step -> step.addressed().forEach(RecipientProperties::exact));
    }

    private static void presentOrLeaving(AddressedEvent addressed) {
        StageEvent event = addressed.event();
        for (UserId user : addressed.audience()) {
            boolean present = isPresent(addressed.audience().after(), user);
            boolean leaving = isPresent(addressed.audience().before(), user) && leaves(event.change(), user);
            assertThat(present || leaving)
                    .as("%s reaches %s, who is neither in the call nor leaving it", event.wireName(), user)
                    .isTrue();
        }
    }

    private static boolean leaves(Change change, UserId user) {
        return change instanceof ParticipantLeft left && left.user().equals(user)
                || change instanceof ParticipantRemoved removed
                        && removed.user().equals(user)
                || change instanceof CallEnded;
    }

    private static void exact(AddressedEvent addressed) {
        StageEvent event = addressed.event();
        Option<Room> before = addressed.audience().before();
        Option<Room> after = addressed.audience().after();
        Function<Option<Room>, Set<UserId>> named = expected(event.change(), before);
        Set<UserId> expected = named.apply(before).union(named.apply(after));
        assertThat(HashSet.ofAll(addressed.audience()))
                .as("recipients of %s", event.wireName())
                .isEqualTo(expected);
        assertThat(addressed.audience().size())
                .as("recipients of %s, each once", event.wireName())
                .isEqualTo(expected.size());
    }

    /** Who the rules say receives {@code change}, among those present in a given state of the room. */
    private static Function<Option<Room>, Set<UserId>> expected(Change change, Option<Room> before) {
        Option<Private.Act> act = Private.act(change, before);
        if (act.isDefined()) {
            return state -> present(state)
                    .filter(user -> act.get().owners().contains(user)
                            || act.get().kind().privileged(standing(state, user)));
        }
        if (change instanceof UserUnbanned) {
            return state -> present(state).filter(user -> standing(state, user).isModerator());
        }
        return RecipientProperties::present;
    }

    private static Set<UserId> present(Option<Room> state) {
        return state.flatMap(Room::call)
                .map(call -> HashSet.ofAll(call.participants().keySet()))
                .getOrElse(HashSet.empty());
    }

    private static Standing standing(Option<Room> state, UserId user) {
        return state.map(room -> room.standingOf(user)).getOrElse(Standing.ABSENT);
    }

    private static boolean isPresent(Option<Room> state, UserId user) {
        return state.exists(room -> room.isPresent(user));
    }
}
