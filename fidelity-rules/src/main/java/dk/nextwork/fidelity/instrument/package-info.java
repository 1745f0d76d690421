/**
 * The instrument as data: sections, items, anchors, data rules, bands and rule settings, loaded from versioned JSON
 * resources. Depends only on the root package.
 */
package dk.nextwork.fidelity.instrument;
