package dk.nextwork.hub.keycloak;

/** A privilege profile refused: why, in words that never repeat what was sent. */
public class PrivilegeProfileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PrivilegeProfileException(String reason) {
        super(reason);
    }
}
