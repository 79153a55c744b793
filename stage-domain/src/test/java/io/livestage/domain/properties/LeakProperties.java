package io.livestage.domain.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.SubmitStageQuestion;
import io.livestage.domain.event.ParticipantJoined;
import io.livestage.domain.event.ParticipantLeft;
import io.livestage.domain.event.ParticipantRemoved;
import io.livestage.domain.event.StageEvent;
import io.livestage.domain.id.QuestionId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.role.Standing;
import io.livestage.domain.state.AddressedEvent;
import io.livestage.domain.state.Question;
import io.livestage.domain.state.Room;
import io.livestage.domain.view.QuestionView;
import io.livestage.domain.view.StageView;
import io.vavr.Tuple;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/**
 * Nothing private leaks, over every generated sequence: no audience member receives another person's hand,
 * invitation or question; the author of an anonymous question is named to nobody else, in any copy of any event the
 * question caused or in any stage view; a stage view shows the hand queue only to the host and co-hosts and the open
 * questions only to the stage; a user who left or was removed (banned or not) receives nothing from then until they
 * join again.
 */
class LeakProperties {

    @Test
    void no_audience_member_receives_another_persons_hand_invitation_or_question() {
        Runs.forEveryStep(() -> step -> step.addressed().forEach(LeakProperties::onlyOwnActs));
    }

    @Test
    void an_anonymous_authors_id_reaches_nobody_but_the_author() {
        Runs.forEveryStep(() -> LeakProperties::anonymity);
    }

    @Test
    void a_user_who_left_or_was_removed_receives_nothing_until_joining_again() {
        Runs.forEveryStep(Departures::new);
    }

    /**
     * A recipient outside the privileged group (host and co-hosts for hands and invitations, the stage for questions)
     * receives only acts of their own, and their copy names nobody else.
     */
    private static void onlyOwnActs(AddressedEvent addressed) {
        StageEvent event = addressed.event();
        Private.act(event.change(), addressed.audience().before()).forEach(act -> {
            for (UserId viewer : addressed.audience()) {
                boolean privileged = act.kind()
                                .privileged(standing(addressed.audience().before(), viewer))
                        || act.kind().privileged(standing(addressed.audience().after(), viewer));
                if (!privileged) {
                    assertThat(act.owners())
                            .as("%s reaches %s, who is not privileged", event.wireName(), viewer)
                            .contains(viewer);
                    assertThat(UserIds.in(event.seenBy(viewer).change()))
                            .as("users named in the copy of %s for %s", event.wireName(), viewer)
                            .isSubsetOf(viewer);
                }
            }
        });
    }

    /**
     * For an anonymous question: every copy of every event its submission caused, seen by anyone but the author, holds
     * neither the author's id nor the command id; and no one else's stage view names the author of an anonymous
     * question.
     */
    private static void anonymity(Step step) {
        if (step.accepted() && step.command().intent() instanceof SubmitStageQuestion submit && submit.anonymous()) {
            UserId author = step.command().actor().userId().get();
            for (StageEvent event : step.events()) {
                assertThat(UserIds.in(event))
                        .as("the stored event names its author")
                        .contains(author);
                for (UserId viewer : Cast.EVERYONE.remove(author)) {
                    StageEvent copy = event.seenBy(viewer);
                    assertThat(UserIds.in(copy))
                            .as("users named in %s's copy of %s", viewer, event.wireName())
                            .doesNotContain(author);
                    assertThat(copy.causedBy())
                            .as("command id in %s's copy", viewer)
                            .isNotEqualTo(event.causedBy());
                }
                assertThat(UserIds.in(event.seenBy(author)))
                        .as("the author's own copy")
                        .contains(author);
            }
        }
        step.after().filter(room -> room.call().isDefined()).forEach(LeakProperties::viewsHideAnonymousAuthors);
    }

    private static void viewsHideAnonymousAuthors(Room room) {
        Map<QuestionId, UserId> anonymous = HashMap.ofEntries(room.call()
                .get()
                .questions()
                .byId()
                .values()
                .filter(Question::anonymous)
                .map(q -> Tuple.of(q.id(), q.author())));
        if (anonymous.isEmpty()) {
            return;
        }
        for (UserId viewer : Cast.EVERYONE) {
            StageView view = StageView.of(room, viewer);
            for (QuestionView question : view.openQuestions().appendAll(view.myQuestions())) {
                anonymous
                        .get(question.id())
                        .filter(author -> !author.equals(viewer))
                        .forEach(author -> assertThat(question.author())
                                .as("author of anonymous %s in %s's view", question.id(), viewer)
                                .isEmpty());
            }
        }
    }

    @Test
    void a_stage_view_shows_hands_only_to_moderators_and_questions_only_to_the_stage() {
        Runs.forEveryStep(() -> step -> step.after().forEach(room -> {
            for (UserId viewer : Cast.EVERYONE) {
                StageView view = StageView.of(room, viewer);
                Standing standing = room.standingOf(viewer);
                // Hands reach moderators present (docs/semantics.md 9.3): a host or co-host who is away keeps
                // authority but, like the feed, the view shows them no queue.
                Seq<UserId> queue = standing.isModerator()
                        ? room.call().map(call -> call.hands().inOrder()).getOrElse(Vector.empty())
                        : Vector.empty();
                assertThat(view.handQueue())
                        .as(
                                "hand queue in %s's view (authority %s, in the call as %s)",
                                viewer, room.authorityOf(viewer), standing)
                        .containsExactlyElementsOf(queue);
                if (!standing.isOnStage()) {
                    assertThat(view.openQuestions())
                            .as("open questions in %s's view", viewer)
                            .isEmpty();
                }
                assertThat(view.myQuestions().flatMap(QuestionView::author))
                        .as("authors of %s's own questions", viewer)
                        .isSubsetOf(viewer);
                Option<Integer> position = room.call()
                        .flatMap(call ->
                                call.hands().inOrder().indexOfOption(viewer).map(index -> index + 1));
                assertThat(view.myHand())
                        .as("%s's place in the hand queue", viewer)
                        .isEqualTo(position);
            }
        }));
    }

    private static Standing standing(Option<Room> state, UserId user) {
        return state.map(room -> room.standingOf(user)).getOrElse(Standing.ABSENT);
    }

    /** Who has left or been removed and not joined again; none of them may receive anything. */
    private static final class Departures implements StepCheck {

        private Set<UserId> gone = HashSet.empty();

        @Override
        public void after(Step step) {
            for (AddressedEvent addressed : step.addressed()) {
                StageEvent event = addressed.event();
                if (event.change() instanceof ParticipantJoined joined) {
                    gone = gone.remove(joined.user());
                }
                for (UserId user : addressed.audience()) {
                    assertThat(gone)
                            .as("%s reaches %s, who left or was removed", event.wireName(), user)
                            .doesNotContain(user);
                }
                if (event.change() instanceof ParticipantLeft left) {
                    gone = gone.add(left.user());
                } else if (event.change() instanceof ParticipantRemoved removed) {
                    gone = gone.add(removed.user());
                }
            }
        }
    }
}
