package io.livestage.domain.room;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.HANA;
import static io.livestage.domain.testing.People.ROOM;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.Action;
import io.livestage.domain.command.CreateRoom;
import io.livestage.domain.event.RoomCreated;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.domain.rejection.InvalidRoomName;
import io.livestage.domain.rejection.NotAuthorized;
import io.livestage.domain.rejection.RoomAlreadyExists;
import io.livestage.domain.role.Actor;
import io.livestage.domain.state.Room;
import io.livestage.domain.testing.Given;
import io.livestage.domain.text.TextProblem;
import org.junit.jupiter.api.Test;

class CreatingARoomTest {

    private static final StagePolicy AMA = Given.stagePolicy().build();

    @Test
    void theCreatorBecomesTheHostOfAnOpenRoomWithoutACall() {
        Room room = Given.nothing()
                .when(HANA, new CreateRoom(ROOM, "AMA", AMA))
                .thenEvents(new RoomCreated("AMA", AMA, HANA))
                .thenReceivesNothing(HANA)
                .room();

        assertThat(room.authority().host()).isEqualTo(HANA);
        assertThat(room.authority().coHosts()).isEmpty();
        assertThat(room.policy()).isEqualTo(AMA);
        assertThat(room.closed()).isFalse();
        assertThat(room.call()).isEmpty();
    }

    @Test
    void theNameIsTrimmedOfSurroundingWhitespace() {
        Given.nothing().when(HANA, new CreateRoom(ROOM, "  AMA\t", AMA)).thenEvents(new RoomCreated("AMA", AMA, HANA));
    }

    @Test
    void aRoomIdThatIsTakenCannotBeCreatedAgain() {
        Given.stageRoom().when(ALICE, new CreateRoom(ROOM, "Mine now", AMA)).thenRejected(new RoomAlreadyExists(ROOM));
    }

    @Test
    void aBlankNameIsRefused() {
        Given.nothing()
                .when(HANA, new CreateRoom(ROOM, " \t ", AMA))
                .thenRejected(new InvalidRoomName(TextProblem.BLANK));
    }

    @Test
    void aNameLongerThanAHundredCodePointsIsRefused() {
        Given.nothing()
                .when(HANA, new CreateRoom(ROOM, "a".repeat(101), AMA))
                .thenRejected(new InvalidRoomName(TextProblem.TOO_LONG));
    }

    @Test
    void aNameIsMeasuredInCodePointsSoAHundredEmojiFit() {
        String emoji = "\uD83C\uDFA4".repeat(100);

        Given.nothing().when(HANA, new CreateRoom(ROOM, emoji, AMA)).thenEvents(new RoomCreated(emoji, AMA, HANA));
    }

    @Test
    void aNameWithAControlCharacterIsRefused() {
        Given.nothing()
                .when(HANA, new CreateRoom(ROOM, "AMA\nnight", AMA))
                .thenRejected(new InvalidRoomName(TextProblem.CONTROL_CHARACTER));
    }

    @Test
    void theSchedulerCannotCreateARoom() {
        NotAuthorized rejection = Given.nothing()
                .when(Actor.SCHEDULER, new CreateRoom(ROOM, "AMA", AMA))
                .thenRejection(NotAuthorized.class);

        assertThat(rejection.action()).isEqualTo(Action.CREATE_ROOM);
    }
}
