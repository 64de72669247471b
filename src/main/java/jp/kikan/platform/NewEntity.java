package jp.kikan.platform;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import java.util.UUID;
import org.springframework.data.domain.Persistable;

/**
 * An entity whose id the application assigns (a random UUID) when it creates the record. Spring Data's
 * {@code save} would take such an entity for an existing row (its id is set; a primitive {@code @Version} does not
 * count) and merge it, which costs a SELECT before every INSERT; this tells it the truth, so a new record is
 * inserted straight away (docs/performance.md, section 1). Loaded or saved once, it is no longer new.
 */
@MappedSuperclass
public abstract class NewEntity implements Persistable<UUID> {

  @Transient
  private boolean fresh = true;

  @Override
  public boolean isNew() {
    return fresh;
  }

  @PostPersist
  @PostLoad
  void markStored() {
    fresh = false;
  }
}
