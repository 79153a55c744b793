/**
 * The conformance vectors as values: language-neutral cases that any port of livestage runs and must reproduce. A
 * {@link io.livestage.wire.vector.VectorGroup} holds the rule cases (commands, and for each its rejection or its
 * events, their recipients and what each recipient sees, then every user's final stage view); a {@link
 * io.livestage.wire.vector.ClientVectorGroup} holds client cases (a user's delivery stream and the client mirror's
 * state after each delivery). {@link io.livestage.wire.StageJson} reads and writes both; {@code docs/conformance.md}
 * explains the format and {@code conformance/schema/} specifies it.
 */
package io.livestage.wire.vector;
