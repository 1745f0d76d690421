/**
 * The effect evaluation's randomisation: the trial's settings, its strata and their concealed lists, the allocations
 * made (final, refused change by the database) and the trial's own log. The allocation logic itself is the
 * {@code randomisation} module's, plain Java.
 */
package dk.nextwork.hub.domain.model.randomisation;
