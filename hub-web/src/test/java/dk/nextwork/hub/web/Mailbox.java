package dk.nextwork.hub.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

/** What the test run's SMTP server received, read through its REST API and parsed as the MIME it is. */
final class Mailbox {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /** How long a test waits for a mail the Hub sends within seconds. */
    static final Duration PATIENCE = Duration.ofSeconds(90);

    /**
     * How often a waiting test looks again: a question to the local mail server or database costs a few milliseconds,
     * and half a second's rhythm added a quarter of a second on average to each wait.
     */
    static final Duration LOOK_AGAIN = Duration.ofMillis(100);

    /** A received mail: its headers that matter and its decoded text. */
    record Mail(String messageId, String from, String replyTo, String to, String subject, String text) {

        /** Everything a reader sees. */
        String all() {
            return subject + "\n" + text;
        }
    }

    private final String api;

    Mailbox(String api) {
        this.api = api;
    }

    /** The mails to an address, oldest first. */
    List<Mail> of(String address) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(
                        api + "/user/" + URLEncoder.encode(address, StandardCharsets.UTF_8) + "/messages/INBOX"))
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        try {
            HttpResponse<String> answer = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 404 || answer.statusCode() == 400) {
                return List.of(); // no mail has reached the address yet
            }
            List<Mail> mails = new ArrayList<>();
            for (JsonNode message : JSON.readTree(answer.body())) {
                mails.add(parse(message.get("mimeMessage").asText()));
            }
            return mails;
        } catch (IOException e) {
            throw new AssertionError("the mail server does not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The user's mails matching the condition, once there are at least {@code count} (or fails after a while). */
    List<Mail> await(String address, int count, Predicate<Mail> which) {
        Instant deadline = Instant.now().plus(PATIENCE);
        List<Mail> found;
        do {
            found = of(address).stream().filter(which).toList();
            if (found.size() >= count) {
                return found;
            }
            pause();
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("expected " + count + " mail(s) to " + address + " within " + PATIENCE.toSeconds()
                + " s, found " + found.size() + "; all to them: "
                + of(address).stream().map(Mail::subject).toList());
    }

    /** A test user's address (as {@link TestRealm} gives it). */
    static String test(String username) {
        return username + "@test.nextwork.invalid";
    }

    /** A demo user's address (as the development realm gives it). */
    static String demo(String username) {
        return username + "@demo.nextwork.invalid";
    }

    private static Mail parse(String raw) {
        try {
            MimeMessage message = new MimeMessage(
                    Session.getInstance(new Properties()),
                    new ByteArrayInputStream(raw.getBytes(StandardCharsets.ISO_8859_1)));
            return new Mail(
                    message.getMessageID(),
                    ((InternetAddress) message.getFrom()[0]).getAddress(),
                    ((InternetAddress) message.getReplyTo()[0]).getAddress(),
                    ((InternetAddress) message.getAllRecipients()[0]).getAddress(),
                    message.getSubject(),
                    message.getContent().toString());
        } catch (MessagingException | IOException e) {
            throw new AssertionError("not a mail: " + raw, e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(LOOK_AGAIN.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
