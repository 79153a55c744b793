/**
 * The schema's Flyway migrations ({@code V<n>__*.sql} resources in this package), run by {@link
 * io.livestage.adapters.postgres.PostgresSchema#migrate}. The package holds no classes: it exists so the module can open
 * it to Flyway.
 */
package io.livestage.adapters.postgres.migration;
