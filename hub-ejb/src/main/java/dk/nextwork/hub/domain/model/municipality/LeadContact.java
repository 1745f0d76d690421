package dk.nextwork.hub.domain.model.municipality;

import java.util.regex.Pattern;

/**
 * The contact lead of a joining municipality, as Keycloak will take them for an account and a mail server for a
 * recipient: the address a plain dot-atom ({@code fornavn.efternavn@kommune.dk}: letters, digits and {@code ._%+-} in
 * the local part, no leading, trailing or doubled dot; a domain of letter-and-digit labels ending in a top-level domain
 * of letters), and a name of letters, spaces, hyphens, apostrophes and dots — none of the characters Keycloak's
 * person-name rule refuses ({@code <>&"$%!#?§;*~/\,^(){}[]|@=+}).
 */
public final class LeadContact {

    /** RFC 5321's limits: 64 characters before the @, 254 in all. */
    static final int MAX_LOCAL = 64;

    static final int MAX_ADDRESS = 254;
    static final int MAX_NAME = 100;

    private static final Pattern ADDRESS = Pattern.compile(
            "[A-Za-z0-9_%+-]+(?:\\.[A-Za-z0-9_%+-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} .'’-]*");

    private LeadContact() {}

    /** Whether the address (already stripped and in lower case) can be a Keycloak user's e-mail and a mail's recipient. */
    public static boolean isAddress(String address) {
        return address != null
                && address.length() <= MAX_ADDRESS
                && address.indexOf('@') > 0
                && address.indexOf('@') <= MAX_LOCAL
                && ADDRESS.matcher(address).matches();
    }

    /** Whether the name (already stripped) can be a Keycloak user's name. */
    public static boolean isName(String name) {
        return name != null
                && !name.isEmpty()
                && name.length() <= MAX_NAME
                && NAME.matcher(name).matches();
    }
}
