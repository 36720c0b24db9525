package vn.theodoi.notification.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * E-mail over SMTP when {@code spring.mail.host} is set; otherwise mail is off (the embedded
 * default), the log says so once, and in-app notifications carry everything.
 */
@Component
public class Mail {

    private static final Logger log = LoggerFactory.getLogger(Mail.class);

    private final JavaMailSender sender;
    private final String from;

    Mail(ObjectProvider<JavaMailSender> sender, @Value("${theodoi.mail.from:theodoi@localhost}") String from) {
        this.sender = sender.getIfAvailable();
        this.from = from;
    }

    public boolean on() {
        return sender != null;
    }

    @EventListener(ApplicationReadyEvent.class)
    void tell() {
        if (sender == null) {
            log.info("Mail is off: no SMTP server configured (spring.mail.host); notifications stay in the application");
        } else {
            log.info("Mail is on: reminders and urges are also sent by e-mail from {}", from);
        }
    }

    /** Sends one message; false (and a log line) when the SMTP server refused it. */
    public boolean send(String to, String subject, String text) {
        if (sender == null) {
            return false;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        try {
            sender.send(message);
            return true;
        } catch (MailException e) {
            log.warn("Mail to a recipient failed: {}", e.getMessage());
            return false;
        }
    }
}
