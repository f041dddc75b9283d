package org.percorsi.files.domain;

import java.util.UUID;
import org.springframework.data.repository.CrudRepository;

public interface StoredFileRepository extends CrudRepository<StoredFile, UUID> {}
