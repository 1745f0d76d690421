package dk.nextwork.hub.devservices;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Stopping a child process and everything it started. */
final class Processes {

    private Processes() {}

    static void stop(Process process) {
        stop(process, Duration.ofSeconds(20));
    }

    /**
     * Asks the process and its children to stop, and forces them after {@code grace}.
     *
     * @return whether the process stopped on its own (or had already)
     */
    static boolean stop(Process process, Duration grace) {
        if (process == null || !process.isAlive()) {
            return true;
        }
        ProcessHandle handle = process.toHandle();
        var children = handle.descendants().toList();
        handle.destroy();
        children.forEach(ProcessHandle::destroy);
        try {
            if (process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                return true;
            }
            handle.destroyForcibly();
            children.forEach(ProcessHandle::destroyForcibly);
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            handle.destroyForcibly();
        }
        return false;
    }
}
