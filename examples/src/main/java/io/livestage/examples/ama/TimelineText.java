package io.livestage.examples.ama;

import io.livestage.domain.event.CallEnded;
import io.livestage.domain.event.EventType;
import io.livestage.domain.id.UserId;
import io.livestage.domain.role.Actor;
import io.livestage.ports.Outcome;
import io.livestage.ports.publish.Delivery;
import io.livestage.wire.StageJson;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Renders a {@link Timeline} for people: each step, then each feed, then a summary. */
public final class TimelineText {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private TimelineText() {}

    public static String render(Timeline timeline) {
        int width = timeline.cast().stream()
                .mapToInt(user -> user.value().length())
                .max()
                .orElse(4);
        StringBuilder out = new StringBuilder();
        out.append("Each step: the time, who acted and what the facade answered them; below it, what each\n")
                .append("participant's feed received (#sequence, wire name, payload as the wire would carry it).\n")
                .append("A refusal is answered to the caller alone: it shows under their name and nowhere else.\n\n");
        for (Step step : timeline.steps()) {
            out.append(TIME.format(step.at()))
                    .append("  ")
                    .append(step.actor())
                    .append(": ")
                    .append(step.action())
                    .append(step.outcome().map(TimelineText::answer).orElse(""))
                    .append('\n');
            for (UserId user : timeline.cast()) {
                if (step.refused() && step.actor().equals(user.value())) {
                    Outcome.Rejected<?> rejected =
                            (Outcome.Rejected<?>) step.outcome().get();
                    line(out, user, width)
                            .append("refused ")
                            .append(rejected.rejection().code())
                            .append(": ")
                            .append(rejected.rejection().message())
                            .append('\n');
                }
                for (Delivery delivery : step.receivedBy(user)) {
                    line(out, user, width)
                            .append('#')
                            .append(delivery.sequence())
                            .append(' ')
                            .append(delivery.event().wireName())
                            .append(' ')
                            .append(StageJson.encodePayload(delivery.event().change()))
                            .append('\n');
                }
            }
            if (step.received().isEmpty() && !step.refused()) {
                out.append("          (no feed received anything)\n");
            }
            out.append('\n');
        }
        summary(timeline, out);
        legend(timeline, out);
        return out.toString();
    }

    /** Why each kind of event reached whom: the recipients the domain gives it (see the README's event catalogue). */
    private static void legend(Timeline timeline, StringBuilder out) {
        Set<EventType> seen = new TreeSet<>();
        timeline.cast()
                .forEach(user ->
                        timeline.feedOf(user).forEach(d -> seen.add(d.event().type())));
        out.append("\nWho receives what (decided by the domain, resolved when the event happens)\n");
        for (EventType type : seen) {
            out.append("  ")
                    .append(type.wireName())
                    .append(": ")
                    .append(audience(type))
                    .append('\n');
        }
    }

    private static String audience(EventType type) {
        return switch (type) {
            case HAND_RAISED, HAND_LOWERED, ALL_HANDS_LOWERED -> "the host and co-hosts present, and the hand's owner";
            case QUESTION_SUBMITTED, QUESTION_ANSWERED, QUESTION_DISMISSED -> "everyone on stage, and the author";
            case INVITED_TO_STAGE, INVITATION_DECLINED, INVITATION_EXPIRED -> "the host and co-hosts, and the invitee";
            case USER_UNBANNED -> "the host and co-hosts present";
            case PARTICIPANT_JOINED, PARTICIPANT_LEFT, PARTICIPANT_REMOVED ->
                "everyone in the call, the person concerned included";
            default -> "everyone in the call";
        };
    }

    private static StringBuilder line(StringBuilder out, UserId user, int width) {
        return out.append("    ")
                .append(String.format("%-" + width + "s", user.value()))
                .append("  ");
    }

    private static String answer(Outcome<?> outcome) {
        return outcome.fold(
                rejection -> "  -> refused",
                failure -> "  -> failed " + failure.code(),
                value -> value instanceof Enum ? "  -> ok" : "  -> ok " + value);
    }

    private static void summary(Timeline timeline, StringBuilder out) {
        long accepted = timeline.steps().stream()
                .filter(step -> step.outcome().map(Outcome::isAccepted).orElse(false))
                .count();
        out.append("Summary\n");
        out.append("  commands: ")
                .append(accepted)
                .append(" accepted, ")
                .append(timeline.refusals().size())
                .append(" refused");
        for (Step refused : timeline.refusals()) {
            out.append("; ")
                    .append(refused.actor())
                    .append(" was refused ")
                    .append(refused.outcome().get().code())
                    .append(" (told to them alone)");
        }
        out.append('\n');
        out.append("  deliveries:");
        for (UserId user : timeline.cast()) {
            out.append(' ')
                    .append(user.value())
                    .append(' ')
                    .append(timeline.feedOf(user).size());
        }
        out.append('\n');
        Optional<Delivery> ended = timeline.cast().stream()
                .flatMap(user -> timeline.feedOf(user).stream())
                .filter(delivery -> delivery.event().change() instanceof CallEnded)
                .findFirst();
        out.append(ended.map(TimelineText::ending).orElse("  the call is still live\n"));
    }

    private static String ending(Delivery delivery) {
        CallEnded ended = (CallEnded) delivery.event().change();
        String by = delivery.event().actor() instanceof Actor.Scheduler
                ? "the room's scheduler, when the deadline passed"
                : "a participant";
        return "  call " + delivery.event().call().map(Object::toString).getOrElse("?") + " ended at "
                + TIME.format(delivery.event().at()) + ": " + ended.reason() + ", ended by " + by + "\n";
    }
}
