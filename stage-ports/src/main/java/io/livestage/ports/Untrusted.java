package io.livestage.ports;

import io.livestage.domain.id.InvalidId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.domain.rejection.InvalidInput;
import io.livestage.domain.rejection.InvalidPolicy;
import io.vavr.control.Either;
import java.util.Objects;
import java.util.function.Function;

/**
 * For transports (HTTP, a message queue): what arrives from outside turned into what {@link LiveStage} takes, or
 * answered with the typed rejection without calling it. The facade takes typed ids and a built policy; a transport
 * parses each id with its {@code parse} ({@code CallId.parse(raw)}) and builds a policy with {@link
 * StagePolicy.Builder#tryBuild()}, and these turn the failures into outcomes like any other:
 *
 * <pre>{@code
 * Outcome<Done> answer = Untrusted.withId(CallId.parse(rawCallId), call -> stage.raiseHand(caller, call));
 * }</pre>
 *
 * <p>Stateless; nothing here throws except {@link NullPointerException} for a null argument.
 */
public final class Untrusted {

    private Untrusted() {}

    /** {@code call} with the id when it parsed, else rejected {@code invalid_id} naming the id and its problem. */
    public static <I, T> Outcome<T> withId(Either<InvalidId, I> parsed, Function<? super I, Outcome<T>> call) {
        Objects.requireNonNull(parsed, "parsed");
        Objects.requireNonNull(call, "call");
        return parsed.fold(invalid -> new Outcome.Rejected<>(new InvalidInput(invalid)), call);
    }

    /** {@code call} with the policy when every setting is in range, else rejected {@code invalid_policy} listing all. */
    public static <T> Outcome<T> withPolicy(
            StagePolicy.Builder settings, Function<? super StagePolicy, Outcome<T>> call) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(call, "call");
        return settings.tryBuild().fold(violations -> new Outcome.Rejected<>(new InvalidPolicy(violations)), call);
    }
}
