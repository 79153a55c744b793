/**
 * Contract suites for livestage's outbound ports. A new adapter (a database store, a message-broker publisher, a
 * distributed scheduler) extends {@link io.livestage.tck.RoomStoreContract}, {@link
 * io.livestage.tck.EventPublisherContract} or {@link io.livestage.tck.DeadlinesContract} in its own tests, supplies
 * a fresh instance, and inherits every case: version conflicts, duplicate keys, atomicity of state, events and key,
 * outbox order, at-least-once delivery, deadline timing.
 */
package io.livestage.tck;
