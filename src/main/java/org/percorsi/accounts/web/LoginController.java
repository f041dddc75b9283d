package org.percorsi.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security checks the credentials posted to it. */
@Controller
public class LoginController {

    /** A configured OpenID Connect provider, as a sign-in button. */
    public record Provider(String id, String name) {}

    private final List<Provider> providers;

    LoginController(ObjectProvider<ClientRegistrationRepository> registrations) {
        var repository = registrations.getIfAvailable();
        var found = new ArrayList<Provider>();
        if (repository instanceof Iterable<?> all) {
            for (Object r : all) {
                var registration = (ClientRegistration) r;
                found.add(new Provider(registration.getRegistrationId(), registration.getClientName()));
            }
        }
        this.providers = List.copyOf(found);
    }

    @GetMapping("/login")
    String login(HttpServletRequest request, Model model) {
        // "/login?error" and "/login?throttled" carry the flag without a value
        model.addAttribute("failed", request.getParameterMap().containsKey("error"));
        model.addAttribute("throttled", request.getParameterMap().containsKey("throttled"));
        model.addAttribute("oidcError", request.getParameterMap().containsKey("oidcError"));
        model.addAttribute("providers", providers);
        return "accounts/login";
    }
}
