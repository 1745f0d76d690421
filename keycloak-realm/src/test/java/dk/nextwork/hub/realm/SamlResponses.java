package dk.nextwork.hub.realm;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A SAML response as an attacker would change it: its signatures removed, or replaced by signatures of a key the Hub's
 * realm was never given. Uses the JDK's own XML digital signature API.
 */
final class SamlResponses {

    private static final String SAML_PROTOCOL = "urn:oasis:names:tc:SAML:2.0:protocol";
    private static final String SAML_ASSERTION = "urn:oasis:names:tc:SAML:2.0:assertion";

    private SamlResponses() {}

    /** The base64 SAMLResponse with every signature taken out. */
    static String unsigned(String samlResponse) {
        Document doc = parse(samlResponse);
        removeSignatures(doc);
        return encode(doc);
    }

    /** The base64 SAMLResponse signed again, assertion and response, with a freshly made key. */
    static String signedWithAnotherKey(String samlResponse) {
        Document doc = parse(samlResponse);
        removeSignatures(doc);
        KeyPair other = otherKey();
        sign((Element) doc.getElementsByTagNameNS(SAML_ASSERTION, "Assertion").item(0), other);
        sign(doc.getDocumentElement(), other);
        return encode(doc);
    }

    /** The decoded XML, for looking at what the provider asserted. */
    static String xml(String samlResponse) {
        return new String(Base64.getMimeDecoder().decode(samlResponse), StandardCharsets.UTF_8);
    }

    private static void removeSignatures(Document doc) {
        NodeList signatures = doc.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature");
        for (int i = signatures.getLength() - 1; i >= 0; i--) {
            Node signature = signatures.item(i);
            signature.getParentNode().removeChild(signature);
        }
    }

    /** An enveloped signature of the element, placed right after its Issuer as SAML's schema wants it. */
    private static void sign(Element element, KeyPair key) {
        try {
            element.setIdAttributeNS(null, "ID", true);
            XMLSignatureFactory factory = XMLSignatureFactory.getInstance("DOM");
            Reference reference = factory.newReference(
                    "#" + element.getAttribute("ID"),
                    factory.newDigestMethod(DigestMethod.SHA256, null),
                    List.of(
                            factory.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
                            factory.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null)),
                    null,
                    null);
            SignedInfo signedInfo = factory.newSignedInfo(
                    factory.newCanonicalizationMethod(CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
                    factory.newSignatureMethod("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256", null),
                    List.of(reference));
            KeyInfoFactory keys = factory.getKeyInfoFactory();
            Node issuer =
                    element.getElementsByTagNameNS(SAML_ASSERTION, "Issuer").item(0);
            DOMSignContext context = new DOMSignContext(key.getPrivate(), element, issuer.getNextSibling());
            factory.newXMLSignature(signedInfo, keys.newKeyInfo(List.of(keys.newKeyValue(key.getPublic()))))
                    .sign(context);
        } catch (Exception e) {
            throw new IllegalStateException("could not sign the SAML response", e);
        }
    }

    private static KeyPair otherKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Document parse(String samlResponse) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(Base64.getMimeDecoder().decode(samlResponse)));
            if (!SAML_PROTOCOL.equals(doc.getDocumentElement().getNamespaceURI())) {
                throw new IllegalArgumentException("not a SAML protocol message");
            }
            return doc;
        } catch (Exception e) {
            throw new IllegalStateException("not a SAML response", e);
        }
    }

    private static String encode(Document doc) {
        try {
            StringWriter out = new StringWriter();
            TransformerFactory.newInstance().newTransformer().transform(new DOMSource(doc), new StreamResult(out));
            return Base64.getEncoder().encodeToString(out.toString().getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
