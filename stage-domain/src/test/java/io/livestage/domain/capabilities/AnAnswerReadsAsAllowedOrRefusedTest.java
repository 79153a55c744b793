package io.livestage.domain.capabilities;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.BOB;
import static io.livestage.domain.testing.People.HANA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.livestage.domain.Capabilities;
import io.livestage.domain.Capability;
import io.livestage.domain.command.Action;
import io.livestage.domain.rejection.NotAuthorized;
import io.livestage.domain.rejection.StageFull;
import io.livestage.domain.testing.Given;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/** A {@link Capability} says allowed or refused with the reason; {@link Capabilities} finds one by action. */
class AnAnswerReadsAsAllowedOrRefusedTest {

    private static final Given LIVE = Given.stageRoom().joined(HANA, ALICE, BOB);

    @Test
    void anAllowedAnswerHasNoRejection() {
        Capability allowed = Capability.allowed();

        assertThat(allowed.isAllowed()).isTrue();
        assertThat(allowed.rejection()).isEmpty();
        assertThat(allowed).isEqualTo(new Capability.Allowed());
    }

    @Test
    void aRefusedAnswerCarriesItsRejection() {
        Capability refused = Capability.refused(new StageFull(6));

        assertThat(refused.isAllowed()).isFalse();
        assertThat(refused.rejection()).isEqualTo(Option.some(new StageFull(6)));
        assertThat(refused).isEqualTo(new Capability.Refused(new StageFull(6)));
        assertThatNullPointerException().isThrownBy(() -> Capability.refused(null));
    }

    @Test
    void capabilitiesAnswerByActionAndNothingForAnActionNotAskedAbout() {
        Capabilities alice = Capabilities.own(LIVE.room(), ALICE, LIVE.now());

        assertThat(alice.allows(Action.RAISE_HAND)).isTrue();
        assertThat(alice.get(Action.RAISE_HAND)).isEqualTo(Option.some(Capability.allowed()));
        assertThat(alice.allows(Action.LOWER_ALL_HANDS)).isFalse();
        assertThat(alice.get(Action.LOWER_ALL_HANDS)
                        .flatMap(Capability::rejection)
                        .get())
                .isInstanceOf(NotAuthorized.class);
        assertThat(alice.get(Action.TRANSFER_HOST)).isEmpty();
        assertThat(alice.allows(Action.TRANSFER_HOST)).isFalse();
    }
}
