/**
 * The stage domain: the pure rules of live stage rooms. Commands go in; a typed rejection or events come out. No
 * clock, no randomness, no I/O: time and ids arrive in commands, so the same events always rebuild the same state.
 */
module io.livestage.domain {
    requires transitive io.vavr;
    requires static org.immutables.value.annotations;

    exports io.livestage.domain;
    exports io.livestage.domain.command;
    exports io.livestage.domain.event;
    exports io.livestage.domain.id;
    exports io.livestage.domain.policy;
    exports io.livestage.domain.rejection;
    exports io.livestage.domain.role;
    exports io.livestage.domain.state;
    exports io.livestage.domain.text;
    exports io.livestage.domain.view;
}
