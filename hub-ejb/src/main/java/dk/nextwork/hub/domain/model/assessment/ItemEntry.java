package dk.nextwork.hub.domain.model.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** What is recorded for one item: the lead's rating, evidence and justification; the supervisor's rating and comment. */
@Embeddable
public class ItemEntry {

    @Column(name = "item_code", nullable = false)
    private String itemCode;

    @Column(name = "self_rating")
    private Integer selfRating;

    @Column(name = "evidence")
    private String evidence;

    @Column(name = "justification")
    private String justification;

    @Column(name = "supervisor_rating")
    private Integer supervisorRating;

    @Column(name = "supervisor_comment")
    private String supervisorComment;

    protected ItemEntry() {}

    public ItemEntry(String itemCode) {
        if (itemCode == null || itemCode.isBlank()) {
            throw new IllegalArgumentException("itemCode is required");
        }
        this.itemCode = itemCode;
    }

    public String itemCode() {
        return itemCode;
    }

    public Integer selfRating() {
        return selfRating;
    }

    public String evidence() {
        return evidence;
    }

    public String justification() {
        return justification;
    }

    public Integer supervisorRating() {
        return supervisorRating;
    }

    public String supervisorComment() {
        return supervisorComment;
    }

    void setSelfRating(Integer selfRating) {
        this.selfRating = selfRating;
    }

    void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    void setJustification(String justification) {
        this.justification = justification;
    }

    void setSupervisorRating(Integer supervisorRating) {
        this.supervisorRating = supervisorRating;
    }

    void setSupervisorComment(String supervisorComment) {
        this.supervisorComment = supervisorComment;
    }
}
