package io.livestage.examples.ama;

/**
 * {@code mvn -q -pl examples -am compile exec:java}: plays the seed's AMA and prints who received what, and why.
 * Deterministic: a manual clock and sequential ids, so every run prints the same.
 */
public final class AmaDemo {

    private AmaDemo() {}

    public static void main(String[] args) {
        System.out.println("livestage: the seed's AMA, through the LiveStage facade and the in-memory adapters");
        System.out.println();
        System.out.print(TimelineText.render(Ama.play()));
    }
}
