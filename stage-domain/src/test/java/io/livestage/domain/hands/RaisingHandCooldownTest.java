package io.livestage.domain.hands;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.BOB;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.HANA;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.LowerAllHands;
import io.livestage.domain.command.LowerHand;
import io.livestage.domain.command.RaiseHand;
import io.livestage.domain.event.HandRaised;
import io.livestage.domain.rejection.RateLimited;
import io.livestage.domain.testing.Given;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The default policy asks for 5 seconds between a hand going down and its owner raising it again. */
class RaisingHandCooldownTest {

    private static final Given RAISED =
            Given.stageRoom().joined(HANA, ALICE, BOB).raisedHands(ALICE);

    @Test
    void raisingTooSoonAfterWithdrawingSaysExactlyHowLongToWait() {
        RateLimited limited = RAISED.step(ALICE, new LowerHand(CALL, ALICE))
                .after(Duration.ofSeconds(2))
                .when(ALICE, new RaiseHand(CALL))
                .thenRejection(RateLimited.class);

        assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(3));
        assertThat(limited.code()).isEqualTo("rate_limited");
    }

    @Test
    void raisingAtTheSameInstantAsLoweringWaitsTheWholeCooldown() {
        RateLimited limited = RAISED.step(ALICE, new LowerHand(CALL, ALICE))
                .when(ALICE, new RaiseHand(CALL))
                .thenRejection(RateLimited.class);

        assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void theCooldownIsMeasuredToTheMillisecond() {
        RateLimited limited = RAISED.step(ALICE, new LowerHand(CALL, ALICE))
                .after(Duration.ofMillis(4_999))
                .when(ALICE, new RaiseHand(CALL))
                .thenRejection(RateLimited.class);

        assertThat(limited.retryAfter()).isEqualTo(Duration.ofMillis(1));
    }

    @Test
    void raisingSucceedsOnceTheCooldownHasPassed() {
        RAISED.step(ALICE, new LowerHand(CALL, ALICE))
                .after(Duration.ofSeconds(5))
                .when(ALICE, new RaiseHand(CALL))
                .thenEvents(new HandRaised(ALICE, 1));
    }

    @Test
    void aDismissedHandWaitsTheCooldownToo() {
        RateLimited limited = RAISED.step(HANA, new LowerHand(CALL, ALICE))
                .after(Duration.ofSeconds(1))
                .when(ALICE, new RaiseHand(CALL))
                .thenRejection(RateLimited.class);

        assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void handsLoweredAllAtOnceWaitTheCooldownToo() {
        RAISED.step(HANA, new LowerAllHands(CALL))
                .when(ALICE, new RaiseHand(CALL))
                .thenRejected(RateLimited.class);
    }

    @Test
    void theCooldownIsPerUser() {
        RAISED.step(ALICE, new LowerHand(CALL, ALICE))
                .when(BOB, new RaiseHand(CALL))
                .thenEvents(new HandRaised(BOB, 1));
    }

    @Test
    void aZeroCooldownLetsAHandGoStraightBackUp() {
        Given.room(Given.stagePolicy().handCooldown(Duration.ZERO).build())
                .joined(HANA, ALICE)
                .raisedHands(ALICE)
                .step(ALICE, new LowerHand(CALL, ALICE))
                .when(ALICE, new RaiseHand(CALL))
                .thenEvents(new HandRaised(ALICE, 1));
    }
}
