package jp.kikan.audit;

import jakarta.persistence.AttributeConverter;
import org.springframework.beans.factory.ObjectProvider;

/**
 * {@code audit_entry.case_kind}: a kind's name, read back as the kind of that name. Hibernate makes it through
 * Spring; the kinds are looked up when a row is read, not when the persistence unit starts.
 */
class CaseKindColumn implements AttributeConverter<CaseKind, String> {

  private final ObjectProvider<CaseKinds> kinds;

  CaseKindColumn(ObjectProvider<CaseKinds> kinds) {
    this.kinds = kinds;
  }

  @Override
  public String convertToDatabaseColumn(CaseKind kind) {
    return kind == null ? null : kind.name();
  }

  @Override
  public CaseKind convertToEntityAttribute(String name) {
    return name == null ? null : kinds.getObject().named(name);
  }
}
