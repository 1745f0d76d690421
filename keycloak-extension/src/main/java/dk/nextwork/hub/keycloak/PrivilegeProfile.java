package dk.nextwork.hub.keycloak;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * An OIO Basic Privilege Profile as KOMBIT's Context Handler sends it in a SAML attribute (OIOSAML 3:
 * {@code https://data.gov.dk/model/core/eid/privilegesIntermediate}; OIOSAML 2:
 * {@code dk:gov:saml:attribute:Privileges_intermediate}): base64 of an XML privilege list, read here only after it has
 * passed every check. Refused with a {@link PrivilegeProfileException}: anything that is not base64, larger than
 * {@value #MAX_ENCODED} characters, not well-formed XML, with a document type declaration (so no entity, internal or
 * external, is ever expanded), or not valid against the profile's schema (versions 1.0 to 1.2, by namespace).
 *
 * @param groups the privilege groups, in the order sent
 */
public record PrivilegeProfile(List<Group> groups) {

    /** The largest encoded profile read: a user's privileges across every system take a few kilobytes. */
    public static final int MAX_ENCODED = 64 * 1024;

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    /** The profile's namespaces and the Hub's schema for each. */
    private static final Map<String, Schema> SCHEMAS = Map.of(
            "http://digst.dk/oiosaml/basic_privilege_profile", schema("basic-privilege-profile-1.2.xsd"),
            "http://itst.dk/oiosaml/basic_privilege_profile", schema("basic-privilege-profile-1.1.xsd"));

    public PrivilegeProfile {
        groups = List.copyOf(groups);
    }

    /**
     * A privilege group: the privileges a user holds within one scope.
     *
     * @param scope such as {@code urn:dk:gov:saml:cvrNumberIdentifier:29189854} (the organisation by CVR number)
     * @param privileges the privileges' URIs
     * @param constraints constraints on them (KOMBIT's data constraints, such as an organisational unit)
     */
    public record Group(String scope, List<String> privileges, List<Constraint> constraints) {

        public Group {
            privileges = List.copyOf(privileges);
            constraints = List.copyOf(constraints);
        }
    }

    /** A constraint on a group's privileges: its name (a URI) and its value. */
    public record Constraint(String name, String value) {}

    /**
     * The profile in the attribute's value.
     *
     * @throws PrivilegeProfileException for anything that is not a valid profile, saying why (never echoing it)
     */
    public static PrivilegeProfile decode(String encoded) {
        if (encoded == null || encoded.isBlank()) {
            throw new PrivilegeProfileException("no profile");
        }
        if (encoded.length() > MAX_ENCODED) {
            throw new PrivilegeProfileException("profile larger than " + MAX_ENCODED + " characters");
        }
        byte[] xml;
        try {
            // Line breaks, as some providers wrap base64, are no part of it; anything else outside the alphabet is.
            xml = Base64.getDecoder().decode(WHITESPACE.matcher(encoded).replaceAll(""));
        } catch (IllegalArgumentException e) {
            throw new PrivilegeProfileException("not base64");
        }
        Document document = parse(xml);
        Element root = document.getDocumentElement();
        Schema schema = root.getNamespaceURI() == null ? null : SCHEMAS.get(root.getNamespaceURI());
        if (schema == null || !"PrivilegeList".equals(root.getLocalName())) {
            throw new PrivilegeProfileException("not a basic privilege profile's PrivilegeList");
        }
        try {
            Validator validator = schema.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new DOMSource(document));
        } catch (SAXException | IOException e) {
            throw new PrivilegeProfileException("not valid against the profile's schema");
        }
        List<Group> groups = new ArrayList<>();
        for (Element group : children(root, "PrivilegeGroup")) {
            List<String> privileges = new ArrayList<>();
            children(group, "Privilege")
                    .forEach(p -> privileges.add(p.getTextContent().strip()));
            List<Constraint> constraints = new ArrayList<>();
            children(group, "Constraint")
                    .forEach(c -> constraints.add(new Constraint(
                            c.getAttribute("Name").strip(), c.getTextContent().strip())));
            groups.add(new Group(group.getAttribute("Scope").strip(), privileges, constraints));
        }
        return new PrivilegeProfile(groups);
    }

    /** Parsed without a document type: a declaration is refused before anything in it is read. */
    private static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXException | IOException e) {
            throw new PrivilegeProfileException("not well-formed XML, or with a document type declaration");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser cannot be made safe", e);
        }
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    private static Schema schema(String file) {
        try (InputStream in = PrivilegeProfile.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing schema " + file);
            }
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(new StreamSource(in));
        } catch (IOException | SAXException e) {
            throw new IllegalStateException("cannot read schema " + file, e);
        }
    }
}
