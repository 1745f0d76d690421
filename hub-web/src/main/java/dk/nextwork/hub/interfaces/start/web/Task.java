package dk.nextwork.hub.interfaces.start.web;

import dk.nextwork.hub.application.Message;

/**
 * One thing waiting for the signed-in user, one link away.
 *
 * @param kind what it is, for styling and tests ({@code draft}, {@code returned}, {@code review}, …)
 * @param text what is waiting, in words from the message bundle
 * @param link where the work is done, below the context root (such as {@code selvevaluering.xhtml?id=10})
 * @param linkText the link's words, naming the action
 * @param urgent past a deadline or blocking someone else
 */
public record Task(String kind, Message text, String link, Message linkText, boolean urgent) {}
