package dk.nextwork.hub.interfaces.web;

import dk.nextwork.hub.application.AccessDeniedException;
import dk.nextwork.hub.application.ConflictException;
import dk.nextwork.hub.application.HubException;
import dk.nextwork.hub.application.InvalidInputException;
import dk.nextwork.hub.application.NotFoundException;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * What a page does with the services' refusals, the same way on every page: the record its address names is loaded
 * or the page answers 404 (as the API does), and an action's refusal is told on the page — invalid input at its
 * fields, anything else the service refused (a stale version, an action the role may not take, a record gone
 * meanwhile) as a warning in the service's words. A page with more to do (reload the record after a conflict, put a
 * problem at another field) does it with the {@link Outcome}, or tells invalid input its own way ({@link #runWith}).
 * Other exceptions, an unavailable Keycloak among them, are not refusals of the user's action and pass.
 */
public final class PageActions {

    private PageActions() {}

    /**
     * The municipality a page is about: the one its address names, else the user's own. With neither (a supervisor
     * who named none) the browser is sent to the page's overview instead, and null is returned.
     *
     * @param overview the overview's address below the Hub's, such as {@code /handlinger.xhtml}
     */
    public static String municipalityOrOverview(String named, String own, String overview) throws IOException {
        String municipality = named == null || named.isBlank() ? own : named;
        if (municipality == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + overview);
            faces.responseComplete();
        }
        return municipality;
    }

    /** How an action ended; a refusal has been told on the page already. */
    public enum Outcome {
        /** The action ran through. */
        DONE,
        /** The service named fields at fault; nothing was saved. */
        INVALID,
        /** The service refused otherwise: a conflict, a denied action, or the record is gone. */
        REFUSED;

        public boolean done() {
            return this == DONE;
        }
    }

    /** Loading that answers 404 from the page itself ({@link PageMessages#notFound}), which may fail to write. */
    @FunctionalInterface
    interface NotFound {
        void answer() throws IOException;
    }

    /**
     * The record the page's address names (its view parameter {@code id}), or a 404 when the address names none, or
     * one that does not exist or that the user may not see: then nothing is returned and the page is not rendered.
     */
    public static <T> Optional<T> load(Long id, LongFunction<T> loader) throws IOException {
        return load(id, loader, PageMessages::notFound);
    }

    static <T> Optional<T> load(Long id, LongFunction<T> loader, NotFound notFound) throws IOException {
        if (id == null) {
            notFound.answer();
            return Optional.empty();
        }
        try {
            return Optional.of(loader.apply(id));
        } catch (NotFoundException e) {
            notFound.answer();
            return Optional.empty();
        }
    }

    /**
     * Loads what the page shows for the address (a municipality's log, a trial), or answers 404 if the service does
     * not find it for the user; false then.
     */
    public static boolean load(Runnable loader) throws IOException {
        return load(loader, PageMessages::notFound);
    }

    static boolean load(Runnable loader, NotFound notFound) throws IOException {
        try {
            loader.run();
            return true;
        } catch (NotFoundException e) {
            notFound.answer();
            return false;
        }
    }

    /**
     * Runs an action and tells its refusal: the fields at fault at their inputs, named as the page labels them
     * ({@code label} turns the service's field, {@code keyFigures.enrolledYouth}, into the page's words).
     */
    public static Outcome run(Runnable action, UnaryOperator<String> label) {
        return runWith(action, e -> PageMessages.problems(e.problems(), label));
    }

    /**
     * Runs an action that has no inputs of its own for the service to name (a button in a table's row): whatever the
     * service refuses, invalid input too, is told as a warning in the service's words.
     */
    public static Outcome run(Runnable action) {
        return runWith(action, PageMessages::warn);
    }

    /** As {@link #run(Runnable, UnaryOperator)}, with the page's own way of telling invalid input. */
    public static Outcome runWith(Runnable action, Consumer<InvalidInputException> whenInvalid) {
        return run(action, whenInvalid, PageMessages::warn);
    }

    /** What the action gives when it is done; empty when it was refused (and told, as {@link #run} tells it). */
    public static <T> Optional<T> get(Supplier<T> action, UnaryOperator<String> label) {
        Object[] result = new Object[1];
        @SuppressWarnings("unchecked")
        Optional<T> got =
                run(() -> result[0] = action.get(), label).done() ? Optional.of((T) result[0]) : Optional.empty();
        return got;
    }

    /** The one mapping from a refusal to what the page tells, apart from Faces so that it can be tested alone. */
    static Outcome run(Runnable action, Consumer<InvalidInputException> whenInvalid, Consumer<HubException> warn) {
        try {
            action.run();
            return Outcome.DONE;
        } catch (InvalidInputException e) {
            whenInvalid.accept(e);
            return Outcome.INVALID;
        } catch (ConflictException | AccessDeniedException | NotFoundException e) {
            warn.accept(e);
            return Outcome.REFUSED;
        }
    }
}
