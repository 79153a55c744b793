package io.livestage.adapters.inmemory.service;

import static io.livestage.adapters.inmemory.service.StageFixture.ALICE;
import static io.livestage.adapters.inmemory.service.StageFixture.BOB;
import static io.livestage.adapters.inmemory.service.StageFixture.HANA;
import static io.livestage.adapters.inmemory.service.StageFixture.T0;
import static io.livestage.adapters.inmemory.service.StageFixture.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.id.CallId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.PromotionMode;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.domain.role.Standing;
import io.livestage.domain.view.StageView;
import io.livestage.ports.service.StageService;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * In {@code INVITE} promotion mode a stage invitation nobody answers expires at its time by the clock, not before; an
 * invitation that was accepted, declined or replaced, or whose invitee left, is left alone by its old deadline. A
 * restarted process gets pending invitations' deadlines back from the room with {@code recoverDeadlines}.
 */
class InvitationExpiryTest {

    private static final RoomId ROOM = RoomId.of("ama");
    private static final Duration TTL = Duration.ofSeconds(60);
    private static final String EXPIRED = "GROUP_CALL_STAGE_INVITATION_EXPIRED(alice)";

    private final StageFixture fixture = StageFixture.start();
    private final StageService stage = fixture.stage();
    private CallId call;

    @BeforeEach
    void anInvitingRoom() {
        StagePolicy policy = StagePolicy.builder()
                .stageMode(true)
                .promotion(PromotionMode.INVITE)
                .invitationTtl(TTL)
                .build();
        call = fixture.aCallWithAnAudience(ROOM, policy);
    }

    @Test
    void an_unanswered_invitation_expires_at_its_time_and_not_a_second_before() {
        stage.promoteToSpeaker(as(HANA), call, ALICE);
        assertThat(fixture.seen(ROOM, ALICE))
                .last()
                .isEqualTo("6 GROUP_CALL_STAGE_INVITATION(alice, until " + T0.plus(TTL) + ")");

        fixture.clock().advance(TTL.minusSeconds(1));

        assertThat(view(ALICE).myInvitation()).contains(T0.plus(TTL));
        assertThat(fixture.seen(ROOM, ALICE)).noneMatch(line -> line.endsWith(EXPIRED));

        fixture.clock().advance(Duration.ofSeconds(1));

        assertThat(view(ALICE).myInvitation()).isEmpty();
        assertThat(fixture.seen(ROOM, ALICE)).last().isEqualTo("7 " + EXPIRED);
        assertThat(fixture.seen(ROOM, HANA)).last().isEqualTo("7 " + EXPIRED);
        assertThat(fixture.seen(ROOM, BOB)).noneMatch(line -> line.contains("INVITATION"));
        assertThat(fixture.stored(ROOM).last().at()).isEqualTo(T0.plus(TTL));
    }

    @Test
    void an_accepted_invitation_never_expires() {
        stage.promoteToSpeaker(as(HANA), call, ALICE);
        fixture.clock().advance(Duration.ofSeconds(30));
        assertThat(stage.acceptInvitation(as(ALICE), call).code()).isEqualTo("ok");

        fixture.clock().advance(TTL);

        assertThat(fixture.deadlines().pending()).as("the deadline fired").isZero();
        assertThat(fixture.seen(ROOM, ALICE))
                .last()
                .isEqualTo("7 GROUP_CALL_ROLE_CHANGED(alice, SPEAKER, INVITATION_ACCEPTED)");
        assertThat(view(ALICE).standing()).isEqualTo(Standing.SPEAKER);
    }

    @Test
    void a_declined_invitation_does_not_expire_as_well() {
        stage.promoteToSpeaker(as(HANA), call, ALICE);
        assertThat(stage.declineInvitation(as(ALICE), call).code()).isEqualTo("ok");

        fixture.clock().advance(TTL);

        assertThat(fixture.seen(ROOM, HANA)).last().isEqualTo("7 GROUP_CALL_STAGE_INVITATION_DECLINED(alice)");
        assertThat(fixture.storedWireNames(ROOM)).doesNotContain("GROUP_CALL_STAGE_INVITATION_EXPIRED");
    }

    @Test
    void a_new_invitation_after_a_decline_expires_on_its_own_time_not_the_first_one_s() {
        stage.promoteToSpeaker(as(HANA), call, ALICE);
        fixture.clock().advance(Duration.ofSeconds(10));
        stage.declineInvitation(as(ALICE), call);
        fixture.clock().advance(Duration.ofSeconds(10));
        stage.promoteToSpeaker(as(HANA), call, ALICE);

        fixture.clock().advance(Duration.ofSeconds(40));

        assertThat(view(ALICE).myInvitation())
                .as("60 s after the first invitation")
                .contains(T0.plusSeconds(80));

        fixture.clock().advance(Duration.ofSeconds(20));

        assertThat(view(ALICE).myInvitation()).isEmpty();
        assertThat(fixture.seen(ROOM, ALICE))
                .filteredOn(line -> line.endsWith(EXPIRED))
                .containsExactly("9 " + EXPIRED);
    }

    @Test
    void an_invitee_who_left_and_came_back_has_nothing_left_to_expire() {
        stage.promoteToSpeaker(as(HANA), call, ALICE);
        stage.leave(as(ALICE), call);
        stage.joinRoom(as(ALICE), ROOM);
        int stored = fixture.stored(ROOM).size();

        fixture.clock().advance(TTL);

        assertThat(fixture.stored(ROOM)).hasSize(stored);
        assertThat(view(ALICE).myInvitation()).isEmpty();
    }

    @Test
    void a_restarted_process_recovers_pending_invitations_and_expires_them_on_time() {
        stage.promoteToSpeaker(as(HANA), call, ALICE);
        stage.promoteToSpeaker(as(HANA), call, BOB);
        fixture.clock().advance(Duration.ofSeconds(10));
        StageFixture restarted = fixture.restarted();

        assertThat(restarted.stage().recoverDeadlines(ROOM).code()).isEqualTo("ok");
        assertThat(restarted.deadlines().pending()).isEqualTo(2);
        restarted.clock().advance(Duration.ofSeconds(49));

        assertThat(restarted.storedWireNames(ROOM)).doesNotContain("GROUP_CALL_STAGE_INVITATION_EXPIRED");

        restarted.clock().advance(Duration.ofSeconds(1));

        // Deadlines due at the same moment may fire in either order.
        assertThat(restarted.seen(ROOM, ALICE)).last().asString().endsWith(" " + EXPIRED);
        assertThat(restarted.seen(ROOM, BOB)).last().asString().endsWith(" GROUP_CALL_STAGE_INVITATION_EXPIRED(bob)");
        assertThat(restarted.stored(ROOM).takeRight(2).map(envelope -> envelope.at()))
                .containsOnly(T0.plus(TTL));
    }

    private StageView view(UserId user) {
        return stage.stageView(user, ROOM).accepted().get();
    }
}
