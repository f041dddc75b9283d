package org.percorsi.web;

import static org.percorsi.shared.web.View.t;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.percorsi.notifications.Notifications;
import org.percorsi.shared.web.PersonalPart;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** The header's link to the person's notifications, with how many they have not read. */
@Component
class UnreadNotificationsPart implements PersonalPart {

    private final Notifications notifications;

    UnreadNotificationsPart(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public String name() {
        return "unread";
    }

    @Override
    public Map<String, String> fill(long accountId, Set<String> arguments) {
        String text = HtmlUtils.htmlEscape(t("layout.notifications", notifications.unreadOf(accountId)));
        return arguments.stream().collect(Collectors.toMap(a -> a, a -> text));
    }
}
