package org.percorsi.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Objects;
import org.percorsi.accounts.CurrentAccount;
import org.percorsi.accounts.usecases.ChangeEmailForm;
import org.percorsi.accounts.usecases.ChangePassword;
import org.percorsi.accounts.usecases.ChangePasswordForm;
import org.percorsi.accounts.usecases.ChooseNewPassword;
import org.percorsi.accounts.usecases.ConfirmEmail;
import org.percorsi.accounts.usecases.ConfirmEmailChange;
import org.percorsi.accounts.usecases.DeleteOwnAccount;
import org.percorsi.accounts.usecases.EndAllSessions;
import org.percorsi.accounts.usecases.ExportPersonalData;
import org.percorsi.accounts.usecases.NewPasswordForm;
import org.percorsi.accounts.usecases.RegisterAccount;
import org.percorsi.accounts.usecases.RegistrationForm;
import org.percorsi.accounts.usecases.RequestEmailChange;
import org.percorsi.accounts.usecases.RequestPasswordReset;
import org.percorsi.accounts.usecases.ResetPassword;
import org.percorsi.organisation.OrganisationApi;
import org.percorsi.shared.language.Language;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.Flash;
import org.percorsi.shared.web.FormErrors;
import org.percorsi.shared.web.Forms;
import org.percorsi.shared.web.View;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Registration, confirmation links, password reset, and the signed-in person's account page. */
@Controller
class AccountController {

    private final RegisterAccount register;
    private final ConfirmEmail confirmEmail;
    private final RequestPasswordReset requestReset;
    private final ResetPassword resetPassword;
    private final ChangePassword changePassword;
    private final RequestEmailChange requestEmailChange;
    private final ConfirmEmailChange confirmEmailChange;
    private final EndAllSessions endAllSessions;
    private final CurrentAccount current;
    private final ExportPersonalData exportPersonalData;
    private final DeleteOwnAccount deleteOwnAccount;
    private final ChooseNewPassword chooseNewPassword;
    private final LocaleResolver localeResolver;

    private final OrganisationApi organisation;

    AccountController(
            RegisterAccount register,
            ConfirmEmail confirmEmail,
            RequestPasswordReset requestReset,
            ResetPassword resetPassword,
            ChangePassword changePassword,
            RequestEmailChange requestEmailChange,
            ConfirmEmailChange confirmEmailChange,
            EndAllSessions endAllSessions,
            CurrentAccount current,
            ExportPersonalData exportPersonalData,
            DeleteOwnAccount deleteOwnAccount,
            ChooseNewPassword chooseNewPassword,
            LocaleResolver localeResolver,
            OrganisationApi organisation) {
        this.organisation = organisation;
        this.chooseNewPassword = chooseNewPassword;
        this.localeResolver = localeResolver;
        this.exportPersonalData = exportPersonalData;
        this.deleteOwnAccount = deleteOwnAccount;
        this.register = register;
        this.confirmEmail = confirmEmail;
        this.requestReset = requestReset;
        this.resetPassword = resetPassword;
        this.changePassword = changePassword;
        this.requestEmailChange = requestEmailChange;
        this.confirmEmailChange = confirmEmailChange;
        this.endAllSessions = endAllSessions;
        this.current = current;
    }

    @GetMapping("/register")
    String registerForm(Model model) {
        return registerPage(model, new RegistrationForm("", "", "", false), FormErrors.none());
    }

    @PostMapping("/register")
    String register(
            @Valid @ModelAttribute RegistrationForm form,
            BindingResult result,
            HttpServletResponse response,
            Model model) {
        if (Forms.attempt(result, response, () -> register.handle(form))) {
            return message(model, "accounts.registered.title", "accounts.registered.text");
        }
        var blanked = new RegistrationForm(form.email(), form.nickname(), "", form.acceptTerms());
        return registerPage(model, blanked, FormErrors.of(result));
    }

    @GetMapping("/account/confirm")
    String confirmForm(@RequestParam(required = false) String token, Model model) {
        return tokenPage(model, "accounts.confirm.title", "accounts.confirm.text", "/account/confirm", token, null);
    }

    @PostMapping("/account/confirm")
    String confirm(@RequestParam(required = false) String token, HttpServletResponse response, Model model) {
        return Forms.refusalOf(response, () -> confirmEmail.handle(token))
                .map(refusal -> tokenPage(
                        model,
                        "accounts.confirm.title",
                        "accounts.confirm.text",
                        "/account/confirm",
                        token,
                        saying(refusal)))
                .orElseGet(() -> message(model, "accounts.confirmed.title", "accounts.confirmed.text"));
    }

    @GetMapping("/password/forgot")
    String forgotForm(Model model) {
        model.addAttribute("email", "");
        return "accounts/forgot";
    }

    @PostMapping("/password/forgot")
    String forgot(@RequestParam(required = false) String email, Model model) {
        requestReset.handle(email);
        return message(model, "accounts.resetSent.title", "accounts.resetSent.text");
    }

    @GetMapping("/password/reset")
    String resetForm(@RequestParam(required = false) String token, Model model) {
        return resetPage(model, token, FormErrors.none(), null);
    }

    @PostMapping("/password/reset")
    String reset(
            @RequestParam(required = false) String token,
            @RequestParam(required = false) String password,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return Forms.act(
                () -> resetPassword.handle(token, password),
                response,
                redirect,
                "accounts.passwordReset",
                "/login?reset",
                refusal -> resetPage(model, token, FormErrors.none(), saying(refusal)));
    }

    @GetMapping("/account")
    String account(Model model) {
        return accountPage(
                model,
                new ChangePasswordForm("", ""),
                FormErrors.none(),
                new ChangeEmailForm("", ""),
                FormErrors.none());
    }

    @PostMapping("/account/password")
    String changePassword(
            @Valid @ModelAttribute ChangePasswordForm form,
            BindingResult result,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                result,
                response,
                redirect,
                () -> changePassword.handle(form),
                "accounts.passwordChanged",
                "/account",
                () -> accountPage(
                        model,
                        new ChangePasswordForm("", ""),
                        FormErrors.of(result),
                        new ChangeEmailForm("", ""),
                        FormErrors.none()));
    }

    /**
     * The language of the person's mails (and of the site for them), chosen on their page. The site's
     * language resolver records it (see ChooseLanguage), as the language switch does.
     */
    @PostMapping("/account/language")
    String chooseLanguage(
            @RequestParam(required = false) String language,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        current.require();
        return Forms.actFromPage(
                () -> {
                    var chosen = Language.ofTag(language)
                            .filter(organisation.info().offeredLanguages()::contains)
                            .orElseThrow(() -> RuleViolation.global("accounts.language.unknown"));
                    localeResolver.setLocale(request, response, chosen.locale());
                },
                response,
                redirect,
                "accounts.language.saved",
                "/account#language-heading");
    }

    /** Where a person whose password must be replaced is sent from every page (see PasswordChangeGate). */
    @GetMapping("/account/password/new")
    String newPasswordForm(@RequestParam(required = false) String next, Model model) {
        if (!current.mustChangePassword()) {
            return "redirect:/account"; // nothing to do here: the account page changes a password
        }
        return newPasswordPage(model, new NewPasswordForm("", next), FormErrors.none());
    }

    @PostMapping("/account/password/new")
    String chooseNewPassword(
            @Valid @ModelAttribute NewPasswordForm form,
            BindingResult result,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.attempt(result, response, () -> chooseNewPassword.handle(form))) {
            Flash.success(redirect, "accounts.passwordChanged");
            return "redirect:"
                    + Objects.requireNonNullElse(
                            localPath(form.next()), current.profile().administrator() ? "/admin" : "/account");
        }
        return newPasswordPage(model, form, FormErrors.of(result));
    }

    /**
     * A path of this site to go on to, or null for anything else: another site ("//host", "/\\host"), control
     * characters, or braces, which a "redirect:" view would read as template variables.
     */
    static String localPath(String next) {
        if (next == null
                || !next.startsWith("/")
                || next.startsWith("//")
                || next.startsWith("/account/password/new")
                || next.chars().anyMatch(c -> c < 0x20 || c == '\\' || c == '{' || c == '}')) {
            return null;
        }
        return next;
    }

    @PostMapping("/account/email")
    String changeEmail(
            @Valid @ModelAttribute ChangeEmailForm form,
            BindingResult result,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                result,
                response,
                redirect,
                () -> requestEmailChange.handle(form),
                "accounts.emailChangeSent",
                "/account",
                () -> accountPage(
                        model,
                        new ChangePasswordForm("", ""),
                        FormErrors.none(),
                        new ChangeEmailForm(form.newEmail(), ""),
                        FormErrors.of(result)));
    }

    @GetMapping("/account/email/confirm")
    String confirmEmailChangeForm(@RequestParam(required = false) String token, Model model) {
        return tokenPage(
                model,
                "accounts.confirmEmailChange.title",
                "accounts.confirmEmailChange.text",
                "/account/email/confirm",
                token,
                null);
    }

    @PostMapping("/account/email/confirm")
    String confirmEmailChange(
            @RequestParam(required = false) String token,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        return Forms.refusalOf(response, () -> {
                    confirmEmailChange.handle(token);
                    signOutHere(request);
                })
                .map(refusal -> tokenPage(
                        model,
                        "accounts.confirmEmailChange.title",
                        "accounts.confirmEmailChange.text",
                        "/account/email/confirm",
                        token,
                        saying(refusal)))
                .orElseGet(() -> message(model, "accounts.emailChanged.title", "accounts.emailChanged.text"));
    }

    @GetMapping("/account/data")
    ResponseEntity<byte[]> download() {
        byte[] zip = exportPersonalData.handle();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"percorsi-my-data.zip\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(zip);
    }

    @PostMapping("/account/delete")
    String delete(
            @RequestParam(required = false) String password,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return Forms.act(
                () -> {
                    deleteOwnAccount.handle(password);
                    signOutHere(request);
                },
                response,
                redirect,
                "accounts.deleted",
                "/",
                refusal -> {
                    model.addAttribute("deleteError", saying(refusal));
                    return accountPage(
                            model,
                            new ChangePasswordForm("", ""),
                            FormErrors.none(),
                            new ChangeEmailForm("", ""),
                            FormErrors.none());
                });
    }

    @PostMapping("/account/sessions")
    String endSessions(HttpServletRequest request, RedirectAttributes redirect) {
        endAllSessions.handle();
        signOutHere(request);
        Flash.success(redirect, "accounts.signedOutEverywhere");
        return "redirect:/login?signedOut";
    }

    /** Why an action was refused, in the person's language, for the page shown again. */
    private static String saying(RuleViolation refusal) {
        return View.t(refusal.messageKey(), refusal.args());
    }

    private static void signOutHere(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
    }

    private String registerPage(Model model, RegistrationForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "accounts/register";
    }

    private String accountPage(
            Model model,
            ChangePasswordForm passwordForm,
            FormErrors passwordErrors,
            ChangeEmailForm emailForm,
            FormErrors emailErrors) {
        model.addAttribute("account", current.profile());
        model.addAttribute("languages", organisation.info().offeredLanguages());
        model.addAttribute("passwordErrors", passwordErrors);
        model.addAttribute("emailForm", emailForm);
        model.addAttribute("emailErrors", emailErrors);
        if (!model.containsAttribute("deleteError")) {
            model.addAttribute("deleteError", null);
        }
        return "accounts/account";
    }

    private String newPasswordPage(Model model, NewPasswordForm form, FormErrors errors) {
        model.addAttribute("form", new NewPasswordForm("", localPath(form.next())));
        model.addAttribute("errors", errors);
        return "accounts/new-password";
    }

    private String resetPage(Model model, String token, FormErrors errors, String refusal) {
        model.addAttribute("token", token == null ? "" : token);
        model.addAttribute("errors", errors);
        model.addAttribute("refusal", refusal);
        return "accounts/reset";
    }

    private static String tokenPage(
            Model model, String titleKey, String textKey, String action, String token, String refusal) {
        model.addAttribute("titleKey", titleKey);
        model.addAttribute("textKey", textKey);
        model.addAttribute("action", action);
        model.addAttribute("token", token == null ? "" : token);
        model.addAttribute("refusal", refusal);
        return "accounts/token";
    }

    private static String message(Model model, String titleKey, String textKey) {
        model.addAttribute("titleKey", titleKey);
        model.addAttribute("textKey", textKey);
        return "accounts/message";
    }
}
