package dk.nextwork.hub.web;

/**
 * A municipality a test owns: its slug (the token's {@code municipality} claim), name, kommunekode, and the usernames
 * of its lead and consultant in Keycloak. Kommunekoder 900–999 are not used by any Danish municipality.
 */
record TestMunicipality(String slug, String name, String kommunekode) {

    static TestMunicipality number(int n) {
        String two = String.format("%02d", n);
        return new TestMunicipality("test-" + two, "Testkommune " + two, String.valueOf(900 + n));
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
