package dk.nextwork.hub.infrastructure.persistence;

import dk.nextwork.hub.domain.model.municipality.MunicipalityStatus;
import dk.nextwork.hub.domain.model.onboarding.Onboarding;
import dk.nextwork.hub.domain.model.onboarding.OnboardingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaOnboardingRepository implements OnboardingRepository {

    @PersistenceContext(unitName = "hub")
    EntityManager em;

    @Override
    public Optional<Onboarding> find(String municipalitySlug) {
        return em.createQuery("SELECT o FROM Onboarding o WHERE o.municipality.slug = :m", Onboarding.class)
                .setParameter("m", municipalitySlug)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Onboarding> ofOnboardingMunicipalities() {
        return em.createQuery(
                        "SELECT o FROM Onboarding o WHERE o.municipality.status = :s ORDER BY o.municipality.name",
                        Onboarding.class)
                .setParameter("s", MunicipalityStatus.ONBOARDING)
                .getResultList();
    }

    @Override
    public List<Onboarding> withAcceptedCommitment() {
        return em.createQuery(
                        "SELECT o FROM Onboarding o WHERE o.commitmentVersion IS NOT NULL ORDER BY o.municipality.name",
                        Onboarding.class)
                .getResultList();
    }

    @Override
    public void add(Onboarding onboarding) {
        em.persist(onboarding);
    }
}
