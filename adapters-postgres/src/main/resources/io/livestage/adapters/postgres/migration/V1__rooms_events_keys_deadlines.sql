-- livestage schema, version 1. Every table lives in the schema Flyway was given (PostgresSchema.migrate).

-- One row per room: the version a save must expect, the last sequence saved, how far the outbox was published, and
-- how many keyed saves the room has seen (the ordinal of its newest idempotency record).
create table room (
    room_id         text   primary key,
    version         bigint not null check (version >= 0),
    last_sequence   bigint not null check (last_sequence >= 0),
    published_up_to bigint not null check (published_up_to >= 0 and published_up_to <= last_sequence),
    keys_saved      bigint not null check (keys_saved >= 0)
);

-- Rooms whose outbox is not empty: what flush() and the relay's catch-up scan.
create index room_with_unpublished on room (room_id) where published_up_to < last_sequence;

-- The append-only event log, which is also the outbox (events above room.published_up_to). The room's state is the
-- fold of its log (decision 0009), so rows are never updated or deleted. The primary key is unique (room_id, sequence):
-- a lost race can never write a duplicate sequence.
create table room_event (
    room_id  text   not null references room (room_id),
    sequence bigint not null check (sequence >= 1),
    body     json   not null,
    primary key (room_id, sequence)
);

-- Idempotency records: the last `window` keyed commands of each room (older ordinals are deleted on save).
create table idempotency_record (
    room_id    text   not null references room (room_id),
    key        text   not null,
    ordinal    bigint not null,
    actor      text   not null,
    command    json   not null,
    value_kind text   not null,
    value      text   not null,
    sequence   bigint not null,
    primary key (room_id, key),
    unique (room_id, ordinal)
);

-- Durable deadlines. due_micros is the deadline rounded up to the microsecond, so selecting due_micros <= now (rounded
-- down) never fires early; the exact instant is in the command.
create table deadline (
    id         bigserial primary key,
    due_micros bigint not null,
    command    json   not null
);

create index deadline_due on deadline (due_micros, id);
