package io.livestage.adapters.inmemory.concurrency;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.livestage.adapters.inmemory.InMemoryRooms;
import io.livestage.ports.store.Save;
import io.livestage.ports.store.SaveResult;
import io.livestage.tck.ContractFixtures;
import io.livestage.tck.ContractFixtures.History;
import org.jetbrains.lincheck.LincheckAssertionError;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.junit.jupiter.api.Test;

/**
 * The Lincheck set-up of the store tests is able to fail: given a store that checks the version and then writes in a
 * separate step (check-then-act, the classic lost update), the model checker finds an interleaving where two saves
 * expecting the same version both succeed.
 */
class LincheckCatchesALostUpdateTest {

    @Test
    void the_model_checker_catches_a_store_that_checks_the_version_apart_from_the_write() {
        assertThatThrownBy(() -> LincheckRuns.modelChecking().check(CheckThenActStore.class))
                .isInstanceOf(LincheckAssertionError.class)
                .hasMessageContaining("Saved");
    }

    /** Operations on a deliberately broken store: it reads the version, then saves at whatever version it finds. */
    @Param(name = "step", gen = IntGen.class, conf = "1:3")
    public static class CheckThenActStore {

        private static final History HISTORY = ContractFixtures.ama(ContractFixtures.ROOM);

        private final InMemoryRooms store = new InMemoryRooms();

        @Operation
        public String save(@Param(name = "step") int step) {
            Save save = HISTORY.step(step).save();
            long version = store.load(save.room()).version();
            if (version != save.expectedVersion()) {
                return new SaveResult.Conflict(version).toString();
            }
            long now = store.load(save.room()).version();
            return store.save(new Save(save.room(), now, save.state(), save.events(), save.idempotency()))
                    .toString();
        }

        @Operation
        public long version() {
            return store.load(ContractFixtures.ROOM).version();
        }
    }
}
