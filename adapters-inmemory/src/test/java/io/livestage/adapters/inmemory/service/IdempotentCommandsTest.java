package io.livestage.adapters.inmemory.service;

import static io.livestage.adapters.inmemory.service.StageFixture.ALICE;
import static io.livestage.adapters.inmemory.service.StageFixture.BOB;
import static io.livestage.adapters.inmemory.service.StageFixture.HANA;
import static io.livestage.adapters.inmemory.service.StageFixture.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.adapters.inmemory.InMemoryRooms;
import io.livestage.domain.id.CallId;
import io.livestage.domain.id.QuestionId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.domain.state.Room;
import io.livestage.ports.Done;
import io.livestage.ports.Failure;
import io.livestage.ports.Outcome;
import io.livestage.ports.service.StageService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A command sent with an idempotency key is applied at most once: a retry gets the original outcome and emits nothing,
 * the key cannot be reused for anything else, and this holds when the retries race each other. Keys are remembered
 * for the last {@value InMemoryRooms#DEFAULT_IDEMPOTENCY_WINDOW} keyed commands of a room.
 */
class IdempotentCommandsTest {

    private static final RoomId ROOM = RoomId.of("ama");
    private static final String TEXT = "How does key rotation work?";

    private final StageFixture fixture = StageFixture.start();
    private final StageService stage = fixture.stage();
    private CallId call;

    @BeforeEach
    void openTheRoom() {
        StagePolicy policy = StagePolicy.builder()
                .stageMode(true)
                .handCooldown(Duration.ZERO)
                .questionCooldown(Duration.ZERO)
                .maxOpenQuestionsPerUser(1_000)
                .build();
        call = fixture.aCallWithAnAudience(ROOM, policy);
    }

    @Test
    void the_same_key_twice_gives_the_original_outcome_and_one_set_of_events() {
        Outcome<QuestionId> first = stage.submitStageQuestion(as(BOB, "ask-1"), call, TEXT, false);
        int stored = fixture.stored(ROOM).size();
        List<String> hanaSaw = fixture.seen(ROOM, HANA);
        List<String> bobSaw = fixture.seen(ROOM, BOB);

        Outcome<QuestionId> retry = stage.submitStageQuestion(as(BOB, "ask-1"), call, TEXT, false);

        assertThat(first.accepted()).contains(QuestionId.parse("q1").get());
        assertThat(retry).isEqualTo(first);
        assertThat(fixture.stored(ROOM)).hasSize(stored);
        assertThat(fixture.seen(ROOM, HANA)).isEqualTo(hanaSaw);
        assertThat(fixture.seen(ROOM, BOB)).isEqualTo(bobSaw);
        assertThat(openQuestions()).isEqualTo(1);
    }

    @Test
    void creating_a_room_with_a_generated_id_twice_under_one_key_creates_one_room() {
        Outcome<RoomId> first = stage.createRoom(as(ALICE, "create-1"), "Ask me anything", StagePolicy.defaults());

        Outcome<RoomId> retry = stage.createRoom(as(ALICE, "create-1"), "Ask me anything", StagePolicy.defaults());

        assertThat(first.accepted()).isNotEmpty();
        assertThat(retry).isEqualTo(first);
        assertThat(fixture.stored(first.accepted().get())).hasSize(1);
    }

    @Test
    void the_same_creation_key_from_two_users_creates_two_rooms() {
        Outcome<RoomId> alices = stage.createRoom(as(ALICE, "create-1"), "Alice's", StagePolicy.defaults());
        Outcome<RoomId> bobs = stage.createRoom(as(BOB, "create-1"), "Bob's", StagePolicy.defaults());

        assertThat(alices.accepted()).isNotEmpty();
        assertThat(bobs.accepted()).isNotEmpty();
        assertThat(bobs.accepted()).isNotEqualTo(alices.accepted());
    }

    @Test
    void two_creation_keys_of_one_user_create_two_rooms() {
        Outcome<RoomId> first = stage.createRoom(as(ALICE, "create-1"), "Monday", StagePolicy.defaults());
        Outcome<RoomId> second = stage.createRoom(as(ALICE, "create-2"), "Tuesday", StagePolicy.defaults());

        assertThat(first.accepted()).isNotEmpty();
        assertThat(second.accepted()).isNotEmpty();
        assertThat(second.accepted()).isNotEqualTo(first.accepted());
    }

    @Test
    void a_user_id_and_a_key_that_spell_the_same_text_together_do_not_meet_another_pair() {
        Outcome<RoomId> ab = stage.createRoom(as(UserId.of("ab"), "c"), "ab's", StagePolicy.defaults());
        Outcome<RoomId> a = stage.createRoom(as(UserId.of("a"), "bc"), "a's", StagePolicy.defaults());

        assertThat(ab.accepted()).isNotEmpty();
        assertThat(a.accepted()).isNotEmpty();
        assertThat(a.accepted()).isNotEqualTo(ab.accepted());
    }

    @Test
    void without_a_key_the_same_command_twice_is_two_commands() {
        stage.submitStageQuestion(as(BOB), call, TEXT, false);

        Outcome<QuestionId> again = stage.submitStageQuestion(as(BOB), call, TEXT, false);

        assertThat(again.accepted()).contains(QuestionId.parse("q2").get());
        assertThat(openQuestions()).isEqualTo(2);
    }

    @Test
    void a_retry_after_the_room_moved_on_still_gets_the_original_sequence() {
        Outcome<Done> raised = stage.raiseHand(as(ALICE, "hand-1"), call);
        stage.submitStageQuestion(as(BOB), call, TEXT, false);
        stage.lowerHand(as(ALICE), call, ALICE);
        int stored = fixture.stored(ROOM).size();

        Outcome<Done> retry = stage.raiseHand(as(ALICE, "hand-1"), call);

        assertThat(retry).isEqualTo(raised);
        assertThat(((Outcome.Accepted<Done>) retry).sequence())
                .isLessThan(fixture.room(ROOM).get().sequence());
        assertThat(fixture.stored(ROOM)).hasSize(stored);
        assertThat(fixture.room(ROOM).get().call().get().hands().inOrder()).isEmpty();
    }

    @Test
    void the_same_key_for_another_command_is_refused_and_changes_nothing() {
        stage.submitStageQuestion(as(BOB, "k"), call, TEXT, false);
        int stored = fixture.stored(ROOM).size();

        Outcome<Done> otherCommand = stage.raiseHand(as(BOB, "k"), call);
        Outcome<QuestionId> otherText = stage.submitStageQuestion(as(BOB, "k"), call, "Another question?", false);

        assertThat(otherCommand).isEqualTo(new Outcome.Failed<>(new Failure.IdempotencyKeyReused("k")));
        assertThat(otherText.code()).isEqualTo("idempotency_key_reused");
        assertThat(fixture.stored(ROOM)).hasSize(stored);
        assertThat(fixture.room(ROOM).get().call().get().hands().inOrder()).isEmpty();
    }

    @Test
    void the_same_key_from_another_user_is_refused_and_changes_nothing() {
        stage.submitStageQuestion(as(BOB, "k"), call, TEXT, false);
        int stored = fixture.stored(ROOM).size();

        Outcome<QuestionId> alices = stage.submitStageQuestion(as(ALICE, "k"), call, TEXT, false);

        assertThat(alices.code()).isEqualTo("idempotency_key_reused");
        assertThat(fixture.stored(ROOM)).hasSize(stored);
        assertThat(openQuestions()).isEqualTo(1);
    }

    @Test
    void a_rejected_command_is_not_remembered_so_its_key_stays_free() {
        Outcome<Done> refused = stage.promoteToSpeaker(as(ALICE, "k"), call, BOB);

        Outcome<Done> raised = stage.raiseHand(as(ALICE, "k"), call);

        assertThat(refused.code()).isEqualTo("not_authorized");
        assertThat(raised.code()).isEqualTo("ok");
        assertThat(stage.raiseHand(as(ALICE, "k"), call)).isEqualTo(raised);
    }

    @Test
    void a_command_that_changed_nothing_is_not_remembered_so_its_key_stays_free() {
        Outcome<Done> noOp = stage.lowerHand(as(ALICE, "k"), call, ALICE);
        int stored = fixture.stored(ROOM).size();

        Outcome<Done> raised = stage.raiseHand(as(ALICE, "k"), call);

        assertThat(noOp.code()).isEqualTo("ok");
        assertThat(raised.code()).isEqualTo("ok");
        assertThat(fixture.stored(ROOM)).hasSize(stored + 1);
    }

    @Test
    void the_last_1024_keys_of_a_room_are_remembered_and_older_ones_forgotten() {
        // alice raises (even keys) and lowers (odd keys) her hand, 1,026 keyed commands: keys 2..1025 are the last
        // 1,024, keys 0 and 1 fall out of the window. Her hand ends down.
        List<Outcome<Done>> originals = new ArrayList<>();
        for (int n = 0; n < InMemoryRooms.DEFAULT_IDEMPOTENCY_WINDOW + 2; n++) {
            originals.add(handCommand(n));
        }
        assertThat(originals).allSatisfy(outcome -> assertThat(outcome.code()).isEqualTo("ok"));
        int stored = fixture.stored(ROOM).size();

        Outcome<Done> oldestRemembered = handCommand(2);
        Outcome<Done> newest = handCommand(InMemoryRooms.DEFAULT_IDEMPOTENCY_WINDOW + 1);

        assertThat(oldestRemembered).isEqualTo(originals.get(2));
        assertThat(newest).isEqualTo(originals.get(InMemoryRooms.DEFAULT_IDEMPOTENCY_WINDOW + 1));
        assertThat(fixture.stored(ROOM)).as("remembered retries emit nothing").hasSize(stored);

        Outcome<Done> forgotten = handCommand(0);

        assertThat(forgotten).isNotEqualTo(originals.get(0));
        assertThat(fixture.stored(ROOM))
                .as("a forgotten key's command is applied again")
                .hasSize(stored + 1);
        assertThat(fixture.storedWireNames(ROOM).last()).isEqualTo("GROUP_CALL_STAGE_HAND_RAISED");
    }

    @Test
    void racing_retries_of_one_keyed_command_apply_it_once_and_all_get_its_outcome() {
        int threads = 8;
        int rounds = 50;
        int stored = fixture.stored(ROOM).size();

        for (int round = 0; round < rounds; round++) {
            String key = "ask-" + round;
            String text = "Question " + round + "?";
            // Each thread sends it a few times in a row, so retries overlap the original and each other.
            List<List<Outcome<QuestionId>>> outcomes = Race.run(
                    threads,
                    thread -> IntStream.range(0, 4)
                            .mapToObj(attempt -> stage.submitStageQuestion(as(BOB, key), call, text, false))
                            .toList());

            Set<Outcome<QuestionId>> distinct =
                    outcomes.stream().flatMap(List::stream).collect(Collectors.toSet());
            assertThat(distinct).as("round %d", round).hasSize(1);
            assertThat(distinct.iterator().next().code()).as("round %d", round).isEqualTo("ok");
        }

        assertThat(fixture.stored(ROOM)).hasSize(stored + rounds);
        assertThat(openQuestions()).isEqualTo(rounds);
        assertThat(fixture.seen(ROOM, HANA).stream().filter(line -> line.contains("GROUP_CALL_STAGE_QUESTION(")))
                .hasSize(rounds)
                .doesNotHaveDuplicates();
    }

    @Test
    void racing_users_sharing_one_key_get_one_command_applied_and_the_others_refused() {
        List<UserId> audience = IntStream.rangeClosed(1, 8)
                .mapToObj(n -> UserId.of("member-" + n))
                .toList();
        audience.forEach(member -> stage.joinRoom(as(member), ROOM));
        int stored = fixture.stored(ROOM).size();

        List<Outcome<Done>> outcomes =
                Race.run(audience.size(), n -> stage.raiseHand(as(audience.get(n), "shared"), call));

        assertThat(outcomes).filteredOn(Outcome::isAccepted).hasSize(1);
        assertThat(outcomes)
                .filteredOn(outcome -> !outcome.isAccepted())
                .allSatisfy(outcome -> assertThat(outcome.code()).isEqualTo("idempotency_key_reused"));
        assertThat(fixture.stored(ROOM)).hasSize(stored + 1);
        assertThat(fixture.room(ROOM).get().call().get().hands().inOrder()).hasSize(1);
    }

    private Outcome<Done> handCommand(int n) {
        String key = "hand-" + n;
        return n % 2 == 0 ? stage.raiseHand(as(ALICE, key), call) : stage.lowerHand(as(ALICE, key), call, ALICE);
    }

    private int openQuestions() {
        Room room = fixture.room(ROOM).get();
        return room.call().get().questions().open().size();
    }
}
