package jp.kikan.directory;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import jp.kikan.center.StaffContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/organisations}: the center's directory of organisations. */
@RestController
public class OrganisationController {

  public record View(UUID id, String name, OrganisationKind kind, String kindLabel, String contactPerson,
      String phone) {

    static View of(Organisation o) {
      return new View(o.getId(), o.getName(), o.getKind(), o.getKind().label(), o.getContactPerson(), o.getPhone());
    }
  }

  private final OrganisationDirectory directory;
  private final StaffContext staff;

  public OrganisationController(OrganisationDirectory directory, StaffContext staff) {
    this.directory = directory;
    this.staff = staff;
  }

  @GetMapping("/api/organisations")
  public List<View> list(@RequestParam(required = false) Set<OrganisationKind> kind,
      @RequestParam(required = false) String centerId) {
    return directory.list(staff.require(), centerId, kind).stream().map(View::of).toList();
  }

  // produces: an Accept header the API cannot answer is refused (406) before anything is stored, not after
  @PostMapping(path = "/api/organisations", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<View> register(@Valid @RequestBody OrganisationDirectory.NewOrganisation request) {
    Organisation created = directory.register(staff.require(), request);
    return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/organisations/" + created.getId()))
        .body(View.of(created));
  }
}
