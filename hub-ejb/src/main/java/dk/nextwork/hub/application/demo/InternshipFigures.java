package dk.nextwork.hub.application.demo;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Plausible internship figures of instrument 2.0 for a municipality's half-year, beside its version 1 figures: about
 * STAR's picture (14 % self-supporting after internships, split about 39 % ordinary job, 41 % flexjob, 20 % education),
 * varying between municipalities, and keeping every consistency rule. Deterministic for a municipality and period, and
 * drawn from a generator of their own so the other demo figures stay as they were. Aggregate counts only.
 */
public final class InternshipFigures {

    private InternshipFigures() {}

    /**
     * @param v1 the half-year's version 1 figures (internshipsStarted and internshipsEndedEarly are read)
     * @param municipality what makes one municipality's figures its own (its kommunekode or slug)
     * @param period the half-year's number in the municipality's history
     */
    public static Map<String, BigDecimal> of(Map<String, BigDecimal> v1, String municipality, int period) {
        // The municipality's way of working stays; the half-year varies it a little.
        Random own = new Random(municipality.hashCode() * 7_919L);
        // 4–36 %, most near the low end (a mean near STAR's 14 %), a few above 30 %.
        double u = own.nextDouble();
        double selfSupporting = 0.04 + 0.32 * u * u;
        double goals = 0.5 + own.nextDouble() * 0.48;
        double progression = 0.4 + own.nextDouble() * 0.55;
        double outcome = 0.35 + own.nextDouble() * 0.6;
        Random half = new Random(municipality.hashCode() * 31L + period);
        int started = v1.get("internshipsStarted").intValue();
        int endedEarly = v1.get("internshipsEndedEarly").intValue();
        int ended = Math.max(endedEarly, (int) Math.round(started * (0.8 + half.nextDouble() * 0.2)));
        int youth = (int) Math.round(ended * (0.8 + half.nextDouble() * 0.15));
        int self = Math.min(youth, (int) Math.round(youth * (selfSupporting + half.nextGaussian() * 0.015)));
        self = Math.max(0, self);
        int job = (int) Math.round(self * (0.39 + half.nextGaussian() * 0.05));
        job = Math.max(0, Math.min(self, job));
        int flex = Math.max(0, Math.min(self - job, (int) Math.round(self * (0.41 + half.nextGaussian() * 0.05))));
        int education = self - job - flex;
        int rest = youth - self;
        int newInternship = (int) Math.round(rest * (0.35 + half.nextDouble() * 0.15));
        int wageSubsidy = Math.min(rest - newInternship, (int) Math.round(rest * (0.1 + half.nextDouble() * 0.1)));
        Map<String, BigDecimal> f = new LinkedHashMap<>();
        f.put("internshipsEnded", BigDecimal.valueOf(ended));
        f.put("internshipsWithGoalsBeforeStart", BigDecimal.valueOf(Math.round(started * goals)));
        f.put("internshipsWithProgressionDocumented", BigDecimal.valueOf(Math.round(ended * progression)));
        f.put("internshipsWithOutcomeAndNextStep", BigDecimal.valueOf(Math.round(ended * outcome)));
        f.put("youthEndedInternship", BigDecimal.valueOf(youth));
        f.put("selfSupportingOrdinaryJob", BigDecimal.valueOf(job));
        f.put("selfSupportingFlexJob", BigDecimal.valueOf(flex));
        f.put("selfSupportingEducation", BigDecimal.valueOf(education));
        f.put("nextStepNewInternship", BigDecimal.valueOf(newInternship));
        f.put("nextStepWageSubsidy", BigDecimal.valueOf(wageSubsidy));
        return f;
    }
}
