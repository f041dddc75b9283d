package org.percorsi.files.domain;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.Table;

@Table("stored_file")
public class StoredFile implements Persistable<UUID> {

    @Id
    private UUID id;

    private String filename;
    private String contentType;
    private int sizeBytes;
    private String sha256;
    private byte[] data;
    private Instant createdAt;

    @Transient
    private boolean isNew;

    StoredFile() {}

    public StoredFile(UUID id, String filename, String contentType, byte[] data, String sha256) {
        this.id = id;
        this.filename = filename;
        this.contentType = contentType;
        this.data = data;
        this.sizeBytes = data.length;
        this.sha256 = sha256;
        this.createdAt = Instant.now();
        this.isNew = true;
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    public String getFilename() {
        return filename;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getData() {
        return data;
    }

    public String getSha256() {
        return sha256;
    }
}
