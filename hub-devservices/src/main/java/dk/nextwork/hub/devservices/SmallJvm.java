package dk.nextwork.hub.devservices;

import java.util.List;

/**
 * The options of a helper JVM that mostly waits (the launcher, the mail server): a small heap that it gives back after
 * a collection, the serial collector, one compiler thread with the C1 compiler alone and a small code cache. The
 * mail server with the JVM's defaults (G1, its whole 96 MB heap committed at start) stood at 136 MB of memory.
 */
public final class SmallJvm {

    private SmallJvm() {}

    /** The options, with the heap's ceiling ({@code -Xmx}), e.g. {@code "64m"}. */
    public static List<String> options(String maxHeap) {
        return List.of(
                "-Xms16m",
                "-Xmx" + maxHeap,
                "-XX:+UseSerialGC",
                "-XX:MinHeapFreeRatio=10",
                "-XX:MaxHeapFreeRatio=30",
                "-XX:TieredStopAtLevel=1",
                "-XX:CICompilerCount=1",
                "-XX:ReservedCodeCacheSize=16m",
                "-Xss512k");
    }
}
