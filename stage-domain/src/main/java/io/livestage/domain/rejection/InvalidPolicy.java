package io.livestage.domain.rejection;

import io.livestage.domain.policy.PolicyViolation;
import io.vavr.collection.Seq;

/** A room was to be created with out-of-range settings; every violation is listed. */
public record InvalidPolicy(Seq<PolicyViolation> violations) implements Rejection {

    @Override
    public String code() {
        return "invalid_policy";
    }

    @Override
    public String message() {
        return violations.map(PolicyViolation::message).mkString("invalid stage policy: ", "; ", "");
    }
}
