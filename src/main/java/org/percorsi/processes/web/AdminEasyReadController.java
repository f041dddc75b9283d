package org.percorsi.processes.web;

import jakarta.servlet.http.HttpServletResponse;
import org.percorsi.processes.ProcessPermissions;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.processes.usecases.EasyReadForm;
import org.percorsi.processes.usecases.WriteEasyRead;
import org.percorsi.shared.web.Flash;
import org.percorsi.shared.web.FormErrors;
import org.percorsi.shared.web.Forms;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The process's easy-read summary, written by its managers. */
@Controller
class AdminEasyReadController {

    static final String PATH = "/admin/processes/{id}/easy-read";

    private final ProcessesApi processes;
    private final ProcessPermissions permissions;
    private final WriteEasyRead write;

    AdminEasyReadController(ProcessesApi processes, ProcessPermissions permissions, WriteEasyRead write) {
        this.processes = processes;
        this.permissions = permissions;
        this.write = write;
    }

    @GetMapping(PATH)
    String page(@PathVariable long id, Model model) {
        permissions.requireCanManage(id);
        return render(model, id, new EasyReadForm(processes.easyRead(id).orElse("")), FormErrors.none());
    }

    @PostMapping(PATH)
    String save(
            @PathVariable long id,
            @ModelAttribute EasyReadForm form,
            BindingResult result,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.attempt(result, response, () -> write.handle(id, form))) {
            Flash.success(redirect, "processes.easyRead.saved");
            return "redirect:/admin/processes/" + id;
        }
        return render(model, id, form, FormErrors.of(result));
    }

    private String render(Model model, long id, EasyReadForm form, FormErrors errors) {
        model.addAttribute("processId", id);
        model.addAttribute(
                "processTitle", processes.titleForTeam(id).orElseThrow(() -> new NotFoundException("process " + id)));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "processes/admin/easyRead";
    }
}
