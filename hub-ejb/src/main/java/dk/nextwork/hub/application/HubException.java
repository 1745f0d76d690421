package dk.nextwork.hub.application;

/** What the services refuse, with a message by key that the edge puts in the user's language. */
public abstract class HubException extends RuntimeException {

    private final transient Message message;

    protected HubException(Message message) {
        super(message.toString());
        this.message = message;
    }

    public Message message() {
        return message;
    }
}
