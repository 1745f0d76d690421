package dk.nextwork.hub.devservices;

import java.util.concurrent.TimeUnit;

/** Stopping a child process and everything it started. */
final class Processes {

    private Processes() {}

    static void stop(Process process) {
        if (process == null || !process.isAlive()) {
            return;
        }
        ProcessHandle handle = process.toHandle();
        var children = handle.descendants().toList();
        handle.destroy();
        children.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                handle.destroyForcibly();
                children.forEach(ProcessHandle::destroyForcibly);
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            handle.destroyForcibly();
        }
    }
}
