package io.livestage.adapters.inmemory.service;

import io.livestage.domain.event.AllHandsLowered;
import io.livestage.domain.event.CallEnded;
import io.livestage.domain.event.Change;
import io.livestage.domain.event.CoHostAssigned;
import io.livestage.domain.event.CoHostRevoked;
import io.livestage.domain.event.HandLowered;
import io.livestage.domain.event.HandRaised;
import io.livestage.domain.event.HostAbsent;
import io.livestage.domain.event.HostReturned;
import io.livestage.domain.event.InvitationDeclined;
import io.livestage.domain.event.InvitationExpired;
import io.livestage.domain.event.InvitedToStage;
import io.livestage.domain.event.ParticipantJoined;
import io.livestage.domain.event.ParticipantLeft;
import io.livestage.domain.event.ParticipantRemoved;
import io.livestage.domain.event.QuestionAnswered;
import io.livestage.domain.event.QuestionDismissed;
import io.livestage.domain.event.QuestionSubmitted;
import io.livestage.domain.event.RoleChanged;
import io.livestage.domain.event.StageEvent;
import io.livestage.ports.publish.Delivery;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A delivery as one line a reader can check against the rules: {@code 7 GROUP_CALL_STAGE_HAND_RAISED(alice, 1)} is
 * sequence 7, its wire name, and the payload fields a client acts on. An anonymous question's author shows as {@code
 * anonymous} in copies that hide it.
 */
final class Seen {

    private Seen() {}

    static String describe(Delivery delivery) {
        return describe(delivery.event());
    }

    static String describe(StageEvent event) {
        List<Object> fields = payload(event.change());
        String payload = fields.isEmpty()
                ? ""
                : fields.stream().map(String::valueOf).collect(Collectors.joining(", ", "(", ")"));
        return event.sequence() + " " + event.wireName() + payload;
    }

    private static List<Object> payload(Change change) {
        if (change instanceof ParticipantJoined joined) {
            return List.of(joined.user(), joined.role());
        }
        if (change instanceof ParticipantLeft left) {
            return List.of(left.user());
        }
        if (change instanceof ParticipantRemoved removed) {
            return List.of(removed.user(), removed.banned() ? "banned" : "not banned");
        }
        if (change instanceof RoleChanged changed) {
            return List.of(changed.user(), changed.role(), changed.reason());
        }
        if (change instanceof HandRaised raised) {
            return List.of(raised.user(), raised.position());
        }
        if (change instanceof HandLowered lowered) {
            return List.of(lowered.user(), lowered.reason());
        }
        if (change instanceof AllHandsLowered all) {
            return List.copyOf(all.users().toJavaList());
        }
        if (change instanceof QuestionSubmitted question) {
            return List.of(
                    question.question(),
                    '"' + question.text() + '"',
                    question.author().map(author -> "by " + author).getOrElse("anonymous"));
        }
        if (change instanceof QuestionAnswered answered) {
            return List.of(answered.question());
        }
        if (change instanceof QuestionDismissed dismissed) {
            return List.of(dismissed.question());
        }
        if (change instanceof InvitedToStage invited) {
            return List.of(invited.invitee(), "until " + invited.expiresAt());
        }
        if (change instanceof InvitationDeclined declined) {
            return List.of(declined.invitee());
        }
        if (change instanceof InvitationExpired expired) {
            return List.of(expired.invitee());
        }
        if (change instanceof HostAbsent absent) {
            return List.of("until " + absent.deadline());
        }
        if (change instanceof HostReturned returned) {
            return List.of(returned.moderator());
        }
        if (change instanceof CallEnded ended) {
            return List.of(ended.reason());
        }
        if (change instanceof CoHostAssigned assigned) {
            return List.of(assigned.user());
        }
        if (change instanceof CoHostRevoked revoked) {
            return List.of(revoked.user());
        }
        return List.of();
    }
}
