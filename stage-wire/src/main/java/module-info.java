/**
 * The livestage JSON wire protocol: commands, events as a viewer sees them, rejections, policies, stage views and
 * capabilities, encoded and decoded strictly (every required field, no unknown field, no duplicate key) and within
 * bounds (nesting depth, string and array length). Decoding never throws for bad input: it answers a {@link
 * io.livestage.wire.DecodeError} naming the JSON pointer of the problem. Jackson stays inside this module.
 */
module io.livestage.wire {
    requires transitive io.livestage.domain;
    requires com.fasterxml.jackson.databind;

    exports io.livestage.wire;
    exports io.livestage.wire.vector;
}
