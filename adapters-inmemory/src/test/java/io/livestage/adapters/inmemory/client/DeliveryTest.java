package io.livestage.adapters.inmemory.client;

import static io.livestage.tck.ContractFixtures.HANA;
import static io.livestage.tck.ContractFixtures.ROOM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.livestage.domain.event.StageEvent;
import io.livestage.ports.publish.Delivery;
import io.livestage.tck.ContractFixtures;
import org.junit.jupiter.api.Test;

/**
 * A delivery's {@code previous} lies before its own sequence and is never negative: what lets a client tell a
 * duplicate from a gap.
 */
class DeliveryTest {

    private final StageEvent event =
            ContractFixtures.ama(ROOM).envelopes().last().seenBy(HANA);

    @Test
    void a_delivery_may_name_any_earlier_sequence_from_zero_to_the_one_just_before_it() {
        assertThat(new Delivery(HANA, event, 0).previous()).isZero();
        assertThat(new Delivery(HANA, event, event.sequence() - 1).sequence()).isEqualTo(event.sequence());
    }

    @Test
    void a_delivery_naming_its_own_sequence_or_a_later_one_as_previous_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Delivery(HANA, event, event.sequence()));
        assertThatIllegalArgumentException().isThrownBy(() -> new Delivery(HANA, event, event.sequence() + 1));
    }

    @Test
    void a_delivery_with_a_negative_previous_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Delivery(HANA, event, -1));
    }
}
