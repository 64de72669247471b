package jp.kikan.person;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.kikan.center.StaffContext;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/persons}: the person registry of the caller's centers. */
@RestController
@RequestMapping("/api/persons")
public class PersonController {

  private final PersonRegistry registry;
  private final StaffContext staff;

  public PersonController(PersonRegistry registry, StaffContext staff) {
    this.registry = registry;
    this.staff = staff;
  }

  // produces: an Accept header the API cannot answer is refused (406) before anything is stored, not after
  @PostMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<PersonView> register(@Valid @RequestBody PersonDetails details) {
    Person person = registry.register(staff.require(), details);
    return ResponseEntity.created(URI.create("/api/persons/" + person.getId())).body(PersonView.of(person));
  }

  @GetMapping("/{id}")
  public PersonView get(@PathVariable UUID id) {
    return PersonView.of(registry.get(staff.require(), id));
  }

  @GetMapping
  public List<PersonView> find(@RequestParam String kana,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate) {
    return registry.find(staff.require(), kana, birthDate).stream().map(PersonView::of).toList();
  }
}
