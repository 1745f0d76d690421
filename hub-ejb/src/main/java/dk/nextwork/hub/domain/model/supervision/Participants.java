package dk.nextwork.hub.domain.model.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Who took part, counted by role: never names. */
@Embeddable
public class Participants {

    @Column(name = "leads", nullable = false)
    private int leads;

    @Column(name = "consultants", nullable = false)
    private int consultants;

    @Column(name = "psychologists", nullable = false)
    private int psychologists;

    @Column(name = "company_reps", nullable = false)
    private int companyReps;

    @Column(name = "young_people", nullable = false)
    private int youngPeople;

    protected Participants() {}

    public Participants(int leads, int consultants, int psychologists, int companyReps, int youngPeople) {
        if (leads < 0 || consultants < 0 || psychologists < 0 || companyReps < 0 || youngPeople < 0) {
            throw new IllegalArgumentException("participant counts are whole numbers ≥ 0");
        }
        this.leads = leads;
        this.consultants = consultants;
        this.psychologists = psychologists;
        this.companyReps = companyReps;
        this.youngPeople = youngPeople;
    }

    public int leads() {
        return leads;
    }

    public int consultants() {
        return consultants;
    }

    public int psychologists() {
        return psychologists;
    }

    public int companyReps() {
        return companyReps;
    }

    public int youngPeople() {
        return youngPeople;
    }
}
