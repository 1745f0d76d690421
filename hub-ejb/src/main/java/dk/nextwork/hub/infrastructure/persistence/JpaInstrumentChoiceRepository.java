package dk.nextwork.hub.infrastructure.persistence;

import dk.nextwork.hub.domain.model.instrument.InstrumentChoice;
import dk.nextwork.hub.domain.model.instrument.InstrumentChoiceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

@ApplicationScoped
public class JpaInstrumentChoiceRepository implements InstrumentChoiceRepository {

    @PersistenceContext(unitName = "hub")
    EntityManager em;

    @Override
    public InstrumentChoice current() {
        InstrumentChoice choice = em.find(InstrumentChoice.class, (short) 1);
        if (choice == null) {
            throw new IllegalStateException("no instrument choice: migration V6 has not run");
        }
        return choice;
    }

    @Override
    public void flush() {
        em.flush();
    }
}
