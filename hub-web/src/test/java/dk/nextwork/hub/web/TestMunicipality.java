package dk.nextwork.hub.web;

/**
 * A municipality a test owns: its slug (the token's {@code municipality} claim), name, kommunekode, and the usernames
 * of its lead and consultant in Keycloak. Kommunekoder 900–999 and 001–099 are not used by any Danish municipality
 * (København's 101 is the lowest): the first 99 test municipalities take 901–999, the rest 001 on.
 */
record TestMunicipality(String slug, String name, String kommunekode) {

    static TestMunicipality number(int n) {
        String two = String.format("%02d", n);
        String kommunekode = n < 100 ? String.valueOf(900 + n) : String.format("%03d", n - 99);
        return new TestMunicipality("test-" + two, "Testkommune " + two, kommunekode);
    }

    String lead() {
        return "lead." + slug;
    }

    String consultant() {
        return "consultant." + slug;
    }

    String caseworker() {
        return "caseworker." + slug;
    }
}
