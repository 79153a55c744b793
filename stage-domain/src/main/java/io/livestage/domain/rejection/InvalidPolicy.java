package io.livestage.domain.rejection;

import io.livestage.domain.policy.PolicyViolation;
import io.vavr.collection.Seq;

/**
 * Settings from outside (a request body, say) that do not make a valid {@link io.livestage.domain.policy.StagePolicy}:
 * every violation, as {@link io.livestage.domain.policy.StagePolicy.Builder#tryBuild()} lists them. A transport
 * answers it; the decider never meets it, since an out-of-range policy cannot be built.
 */
public record InvalidPolicy(Seq<PolicyViolation> violations) implements Rejection {

    @Override
    public String code() {
        return "invalid_policy";
    }

    @Override
    public String message() {
        return "invalid stage policy: " + PolicyViolation.messages(violations);
    }
}
