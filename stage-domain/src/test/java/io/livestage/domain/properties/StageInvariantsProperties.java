package io.livestage.domain.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.event.AllHandsLowered;
import io.livestage.domain.event.CallEnded;
import io.livestage.domain.event.HandLowered;
import io.livestage.domain.event.HandRaised;
import io.livestage.domain.event.StageEvent;
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.PromotionMode;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.domain.role.Role;
import io.livestage.domain.role.Standing;
import io.livestage.domain.state.Call;
import io.livestage.domain.state.Participant;
import io.livestage.domain.state.Question;
import io.livestage.domain.state.Room;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import org.junit.jupiter.api.Test;

/**
 * The invariants of a stage room hold after every command of every generated sequence, valid or hostile: one standing
 * per participant, one host, moderators on stage, caps respected, hands and invitations only in the audience, a plain
 * call without stage state, nothing the policy turns off, banned users out, the room waiting for a host exactly while
 * none is present, and the hand queue in the order the hands went up (as the events told it).
 */
class StageInvariantsProperties {

    @Test
    void every_room_a_command_sequence_reaches_keeps_the_stage_invariants() {
        Runs.forEveryStep(Invariants::new);
    }

    /** The checks, with the hand queue as the events told it (raise order), to compare with the room's queue. */
    private static final class Invariants implements StepCheck {

        private Seq<UserId> handsAsTold = Vector.empty();

        @Override
        public void after(Step step) {
            step.events().forEach(this::follow);
            step.after().forEach(room -> {
                authority(room);
                assertThat(room.banned().filter(room::isPresent))
                        .as("banned users in the call")
                        .isEmpty();
                if (room.closed()) {
                    assertThat(room.call()).as("call of a closed room").isEmpty();
                }
                room.call().forEach(call -> call(room, call));
                if (room.call().isEmpty()) {
                    assertThat(handsAsTold)
                            .as("hands raised and never lowered, with no call")
                            .isEmpty();
                }
            });
        }

        /** Follows the hand events: a hand joins the queue when raised, leaves it by an event or the call's end. */
        private void follow(StageEvent event) {
            if (event.change() instanceof HandRaised raised) {
                assertThat(handsAsTold).as("hand raised twice").doesNotContain(raised.user());
                handsAsTold = handsAsTold.append(raised.user());
                assertThat(raised.position())
                        .as("queue position of %s", raised.user())
                        .isEqualTo(handsAsTold.size());
            } else if (event.change() instanceof HandLowered lowered) {
                assertThat(handsAsTold).as("hand lowered but not raised").contains(lowered.user());
                handsAsTold = handsAsTold.remove(lowered.user());
            } else if (event.change() instanceof AllHandsLowered all) {
                assertThat(all.users()).as("all hands lowered, in queue order").isEqualTo(handsAsTold);
                handsAsTold = Vector.empty();
            } else if (event.change() instanceof CallEnded) {
                handsAsTold = Vector.empty();
            }
        }

        private static void authority(Room room) {
            StagePolicy policy = room.policy();
            assertThat(room.authority().coHosts())
                    .as("co-hosts")
                    .doesNotContain(room.authority().host());
            assertThat(room.authority().coHosts().size()).as("co-hosts").isLessThanOrEqualTo(policy.maxCoHosts());
        }

        private void call(Room room, Call call) {
            StagePolicy policy = room.policy();
            Seq<Participant> present = call.participants().values().toVector();
            assertThat(present).as("a live call is never empty").isNotEmpty();
            assertThat(present.size()).as("participants").isLessThanOrEqualTo(policy.maxParticipants());
            for (Participant participant : present) {
                standing(room, participant);
            }
            assertThat(present.count(p -> p.standing() == Standing.HOST))
                    .as("hosts in the call")
                    .isEqualTo(room.isPresent(room.authority().host()) ? 1 : 0);
            assertThat(call.onStage().toSet())
                    .as("members on stage")
                    .isEqualTo(present.filter(p -> p.standing() == Standing.SPEAKER)
                            .map(Participant::id)
                            .toSet());
            if (policy.stageMode()) {
                assertThat(call.membersOnStage()).as("members on stage").isLessThanOrEqualTo(policy.maxSpeakers());
            } else {
                assertThat(present.filter(p -> p.role() == Role.AUDIENCE))
                        .as("audience in a plain call")
                        .isEmpty();
                assertThat(call.questions().byId())
                        .as("questions in a plain call")
                        .isEmpty();
            }
            hands(policy, call, present);
            for (Participant participant : present) {
                if (participant.invitation().isDefined()) {
                    assertThat(participant.standing()).as("invitee standing").isEqualTo(Standing.AUDIENCE);
                    assertThat(policy.promotion())
                            .as("promotion mode with an invitation")
                            .isEqualTo(PromotionMode.INVITE);
                }
            }
            questions(policy, call);
            hostAbsence(room, call);
        }

        /** One standing per participant, the one its authority gives; moderators are speakers. */
        private static void standing(Room room, Participant participant) {
            UserId user = participant.id();
            Standing expected = room.authority().standingOf(user).getOrElse(participant.standing());
            assertThat(participant.standing()).as("standing of %s", user).isEqualTo(expected);
            assertThat(participant.standing()).as("standing of %s", user).isNotEqualTo(Standing.ABSENT);
            if (room.authority().isModerator(user)) {
                assertThat(participant.role()).as("role of moderator %s", user).isEqualTo(Role.SPEAKER);
            }
        }

        private void hands(StagePolicy policy, Call call, Seq<Participant> present) {
            Seq<UserId> queue = call.hands().inOrder();
            assertThat(queue).as("hand queue").doesNotHaveDuplicates();
            assertThat(queue).as("hand queue, in raise order").isEqualTo(handsAsTold);
            assertThat(queue.size()).as("raised hands").isLessThanOrEqualTo(policy.maxRaisedHands());
            assertThat(present.filter(p -> p.hand().isDefined())
                            .map(Participant::id)
                            .toSet())
                    .as("participants with a hand up")
                    .isEqualTo(queue.toSet());
            for (Participant participant : present.filter(p -> p.hand().isDefined())) {
                assertThat(participant.standing()).as("hand owner standing").isEqualTo(Standing.AUDIENCE);
            }
            if (!policy.handsEnabled()) {
                assertThat(queue).as("hands where they are disabled").isEmpty();
            }
            if (!policy.stageMode()) {
                assertThat(queue).as("hands in a plain call").isEmpty();
                assertThat(present.filter(p -> p.invitation().isDefined()))
                        .as("invitations in a plain call")
                        .isEmpty();
            }
        }

        /** Questions only where the policy allows them, and no more open ones per author than it allows. */
        private static void questions(StagePolicy policy, Call call) {
            Seq<Question> all = call.questions().byId().values().toVector();
            if (!policy.questionsEnabled()) {
                assertThat(all).as("questions where they are disabled").isEmpty();
            }
            if (!policy.allowAnonymousQuestions()) {
                assertThat(all.filter(Question::anonymous))
                        .as("anonymous questions where not allowed")
                        .isEmpty();
            }
            all.filter(Question::isOpen)
                    .groupBy(Question::author)
                    .forEach((author, open) -> assertThat(open.size())
                            .as("open questions of %s", author)
                            .isLessThanOrEqualTo(policy.maxOpenQuestionsPerUser())
                            .isEqualTo(call.questions().openBy(author)));
        }

        /** With requireHost, the room waits for a host exactly while none is present; without it, never. */
        private static void hostAbsence(Room room, Call call) {
            boolean waiting =
                    room.policy().requireHost() && room.moderatorsPresent().isEmpty();
            assertThat(call.isHostAbsent()).as("waiting for a host").isEqualTo(waiting);
        }
    }
}
