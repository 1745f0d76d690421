package dk.nextwork.hub.interfaces.randomisation.web;

import dk.nextwork.hub.application.FieldProblem;
import dk.nextwork.hub.application.randomisation.RandomisationViews;
import dk.nextwork.randomisation.Category;
import dk.nextwork.randomisation.Design;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The new trial form on Forsøget, kept as typed: numbers are read here (a word where a number belongs is named at its
 * field and nothing else is lost), the rest is the service's to check. Starts from the default design.
 */
public class TrialSetup implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String design;
    private String ratio;
    private String mti;
    private String blockSizes;
    private String sequenceLength;
    private List<String> municipalities;
    private List<String> categories;
    private String target;

    public TrialSetup() {
        clear();
    }

    /** The form as it starts: the default design at 1:1, both categories, nothing else chosen. */
    final void clear() {
        name = null;
        design = Design.DEFAULT.kind().name();
        ratio = "1:1";
        mti = "3";
        blockSizes = "4, 6, 8";
        sequenceLength = "20";
        municipalities = new ArrayList<>();
        categories = new ArrayList<>(
                Arrays.stream(Category.values()).map(Category::code).toList());
        target = null;
    }

    /**
     * The form as the service reads it, and the numbers that could not be read: each of those is sent so that the
     * service refuses its field too (left out where it is required, or as an impossible block size), so a post with an
     * unreadable number never proposes a trial, and every other problem is found in the same post.
     */
    record Reading(RandomisationViews.NewTrial input, List<FieldProblem> unreadable) {}

    Reading read() {
        List<FieldProblem> problems = new ArrayList<>();
        boolean blocks = Design.Kind.PERMUTED_BLOCKS.name().equals(design);
        Integer mtiNumber = blocks ? null : number("mti", mti, problems);
        Integer length = Design.Kind.MAXIMAL_PROCEDURE.name().equals(design)
                ? number("sequenceLength", sequenceLength, problems)
                : null;
        Integer targetNumber = number("target", target, problems);
        List<Integer> sizes = new ArrayList<>();
        if (blocks && blockSizes != null) {
            for (String size : blockSizes.split("[,;\\s]+")) {
                if (!size.isEmpty()) {
                    Integer read = number("blockSizes", size, problems);
                    sizes.add(read == null ? -1 : read);
                }
            }
        }
        return new Reading(
                new RandomisationViews.NewTrial(
                        name, design, ratio, mtiNumber, sizes, length, municipalities, categories, targetNumber),
                problems.stream().distinct().toList());
    }

    /** A whole number as typed, or null when the field is empty (the service names what is missing). */
    private static Integer number(String field, String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            problems.add(FieldProblem.of(field, "problem.trial.number"));
            return null;
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDesign() {
        return design;
    }

    public void setDesign(String design) {
        this.design = design;
    }

    public String getRatio() {
        return ratio;
    }

    public void setRatio(String ratio) {
        this.ratio = ratio;
    }

    public String getMti() {
        return mti;
    }

    public void setMti(String mti) {
        this.mti = mti;
    }

    public String getBlockSizes() {
        return blockSizes;
    }

    public void setBlockSizes(String blockSizes) {
        this.blockSizes = blockSizes;
    }

    public String getSequenceLength() {
        return sequenceLength;
    }

    public void setSequenceLength(String sequenceLength) {
        this.sequenceLength = sequenceLength;
    }

    public List<String> getMunicipalities() {
        return municipalities;
    }

    public void setMunicipalities(List<String> municipalities) {
        this.municipalities = municipalities == null ? new ArrayList<>() : new ArrayList<>(municipalities);
    }

    public List<String> getCategories() {
        return categories;
    }

    public void setCategories(List<String> categories) {
        this.categories = categories == null ? new ArrayList<>() : new ArrayList<>(categories);
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }
}
