package org.percorsi.files;

import java.util.Optional;
import java.util.UUID;

/**
 * A module that attaches files to things only some people may see (a proposal in
 * a reserved process, a reserved process's cover) says whether the current
 * visitor may see one of its files. Empty means "not mine"; a file no module
 * claims is served to no one (it was removed or replaced).
 */
public interface FileAccess {

    Optional<Boolean> mayView(UUID fileId);
}
