package dk.nextwork.hub.infrastructure.persistence;

import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.ForeignReferenceMapping;
import org.eclipse.persistence.sessions.Session;

/**
 * Reads every relation and element collection of the Hub's entities in batches: when a query answers many entities,
 * each of their eager relations (a report's items, key figures, municipality and period; a practice's principles and
 * activities; …) is read with one {@code WHERE … IN (…)} query for all of them, not one query per entity. Without it a
 * lead's start page, which reads the two latest approved reports of every municipality, asked the database some 400
 * times. Set here once for all mappings, so a relation added later is read in batches too.
 */
public class BatchReading implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                if (mapping instanceof ForeignReferenceMapping relation) {
                    relation.setUsesBatchReading(true);
                    relation.setBatchFetchType(BatchFetchType.IN);
                }
            }
        }
    }
}
