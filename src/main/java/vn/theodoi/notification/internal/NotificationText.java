package vn.theodoi.notification.internal;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of reminders and urges. They are written once, when sent, for the inbox and the e-mail
 * alike, so in the deployment's working language ({@code theodoi.notifications.language}, Vietnamese
 * unless set), not in each reader's page language.
 */
@Component
class NotificationText {

    private final MessageSource messages;
    private final Locale language;

    NotificationText(MessageSource messages, @Value("${theodoi.notifications.language:vi}") String language) {
        this.messages = messages;
        this.language = Locale.forLanguageTag(language);
    }

    String of(String key, Object... args) {
        return messages.getMessage(key, args, language);
    }
}
