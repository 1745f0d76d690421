package dk.nextwork.fidelity.instrument;

/** An instrument file that cannot be used; the message names the file, the item (where there is one) and the field. */
public class InstrumentFormatException extends RuntimeException {

    public InstrumentFormatException(String file, String item, String field, String problem) {
        super(describe(file, item, field, problem));
    }

    public InstrumentFormatException(String file, String problem, Throwable cause) {
        super("Instrument file " + file + ": " + problem, cause);
    }

    private static String describe(String file, String item, String field, String problem) {
        StringBuilder message = new StringBuilder("Instrument file ").append(file);
        if (item != null) {
            message.append(", item ").append(item);
        }
        return message.append(", field '")
                .append(field)
                .append("': ")
                .append(problem)
                .toString();
    }
}
