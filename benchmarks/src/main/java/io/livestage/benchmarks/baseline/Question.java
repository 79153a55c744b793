package io.livestage.benchmarks.baseline;

/** An open stage question of a baseline room. */
record Question(int id, String author, String text, boolean anonymous) {}
