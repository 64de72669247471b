package jp.kikan.boundary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * What a deployment may hold, judged from the resources' text before the engine parses or evaluates anything
 * (a timer start event's expression is evaluated while the deployment is parsed). Free of Spring and of the engine's
 * runtime; {@link DeploymentGuard} applies it to every new deployment.
 *
 * <ul>
 *   <li>Resources: BPMN ({@code .bpmn}), DMN ({@code .dmn}), Camunda Forms ({@code .form}) and PNG diagrams only.
 *   No CMMN, no scripts, no HTML forms or SVG (they would run in staff members' browsers).</li>
 *   <li>BPMN: every attribute and text that holds an expression passes {@link ExpressionRule}; no script task, script
 *   listener, script condition or script mapping; {@code camunda:class} and other class names only from
 *   {@code jp.kikan}; no connectors, no {@code camunda:type} but external tasks (no shell commands, no mail); forms only as Camunda Forms by {@code camunda:formRef}; no explicit tenant of a
 *   called process or decision.</li>
 *   <li>DMN: FEEL only (no JUEL or script language), and no FEEL {@code external} Java functions.</li>
 *   <li>Forms: JSON with the component types of form-js 1.8.7 that show and collect fields; no iframe or HTML.</li>
 * </ul>
 */
public final class ModelRules {

  /** One thing refused: the resource, the element (id, or its tag when it has none) and what is not allowed. */
  public record Refusal(String resource, String element, String problem) {
    /** In Japanese, for the person who deployed. Holds no evaluated value: nothing was evaluated. */
    public String message() {
      return resource + "（" + element + "）: " + problem;
    }
  }

  static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
  /** The engine still reads the extension attributes in Activiti's namespace. */
  static final String ACTIVITI_NS = "http://activiti.org/bpmn";
  static final String ALLOWED_CLASS_PREFIX = "jp.kikan.";

  /** form-js 1.8.7 components that show text or collect a field. */
  static final Set<String> FORM_COMPONENTS = Set.of("default", "textfield", "textarea", "number", "datetime",
      "checkbox", "checklist", "radio", "select", "taglist", "text", "group", "spacer", "separator", "button");

  /** Elements whose text is for people, never evaluated. */
  private static final Set<String> PROSE = Set.of("documentation", "text");

  /** BPMN/camunda attributes naming a Java class the engine instantiates. */
  private static final Set<String> CLASS_ATTRIBUTES = Set.of("class", "variableMappingClass", "formHandlerClass");

  /** Attributes that point a called process or decision at a tenant: only the instance's own center may run it. */
  private static final Set<String> TENANT_ATTRIBUTES = Set.of("calledElementTenantId", "decisionRefTenantId",
      "caseTenantId");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ExpressionRule expressions;

  public ModelRules(ExpressionRule expressions) {
    this.expressions = expressions;
  }

  /** Every refusal for one resource of a deployment; empty when it may be deployed. */
  public List<Refusal> check(String name, byte[] content) {
    String lower = name.toLowerCase(Locale.ROOT);
    List<Refusal> refusals = new ArrayList<>();
    if (lower.endsWith(".bpmn") || lower.endsWith(".bpmn20.xml")) {
      xml(name, content, refusals, this::bpmn);
    } else if (lower.endsWith(".dmn") || lower.endsWith(".dmn11.xml")) {
      xml(name, content, refusals, this::dmn);
    } else if (lower.endsWith(".form")) {
      form(name, content, refusals);
    } else if (lower.endsWith(".png") && isPng(content)) {
      return refusals; // a process diagram: an image, shown as one
    } else {
      refusals.add(new Refusal(name, "ファイル",
          "配備できるのは BPMN（.bpmn）、DMN（.dmn）、フォーム（.form）と図（.png）だけです"));
    }
    return refusals;
  }

  private static boolean isPng(byte[] content) {
    byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    if (content.length < signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if (content[i] != signature[i]) {
        return false;
      }
    }
    return true;
  }

  private interface ElementCheck {
    void check(String resource, Element element, List<Refusal> refusals);
  }

  private void xml(String name, byte[] content, List<Refusal> refusals, ElementCheck check) {
    Document document;
    try {
      document = parser().parse(new ByteArrayInputStream(content));
    } catch (SAXException | IOException e) {
      refusals.add(new Refusal(name, "ファイル", "XML として読み取れません（DOCTYPE は使えません）"));
      return;
    }
    walk(name, document.getDocumentElement(), refusals, check);
  }

  private void walk(String name, Element element, List<Refusal> refusals, ElementCheck check) {
    check.check(name, element, refusals);
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        walk(name, childElement, refusals, check);
      }
    }
  }

  private void bpmn(String resource, Element element, List<Refusal> refusals) {
    String tag = element.getLocalName();
    String where = where(element);
    if (tag.equals("scriptTask") || tag.equals("script")) {
      refusals.add(new Refusal(resource, where, "スクリプトは使えません（Java の部品を使ってください）"));
      return;
    }
    if (tag.equals("connector")) {
      refusals.add(new Refusal(resource, where, "コネクター（camunda:connector）は使えません"));
      return;
    }
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attribute = (Attr) attributes.item(i);
      String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
      String value = attribute.getValue();
      if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI())) {
        continue;
      }
      if (CLASS_ATTRIBUTES.contains(name) && !value.startsWith(ALLOWED_CLASS_PREFIX)) {
        refusals.add(new Refusal(resource, where, "クラス「" + value + "」は使えません（jp.kikan のクラスだけ）"));
      } else if (name.equals("language") || name.equals("scriptFormat") || name.equals("resource")
          && CAMUNDA_NS.equals(attribute.getNamespaceURI())) {
        refusals.add(new Refusal(resource, where, "スクリプトは使えません（式は ${…} で書きます）"));
      } else if (name.equals("formKey")) {
        refusals.add(new Refusal(resource, where,
            "camunda:formKey は使えません。フォームは camunda:formRef で Camunda フォームを指定してください"));
      } else if (name.equals("type") && !value.equals("external") && (CAMUNDA_NS.equals(attribute.getNamespaceURI())
          || ACTIVITI_NS.equals(attribute.getNamespaceURI()))) {
        // camunda:type="shell" runs a command on the server, "mail" sends mail; "external" only waits for a worker
        refusals.add(new Refusal(resource, where, "camunda:type「" + value + "」は使えません（外部タスク external だけ）"));
      } else if (TENANT_ATTRIBUTES.contains(name)) {
        refusals.add(new Refusal(resource, where, "呼び出す定義のテナント（" + name + "）は指定できません"));
      } else if (ExpressionRule.isExpression(value)) {
        expression(resource, where, name, value, name.equals("delegateExpression"), refusals);
      }
    }
    if (element.getLocalName().equals("constraint") && "validator".equals(element.getAttribute("name"))) {
      String config = element.getAttribute("config");
      if (!ExpressionRule.isExpression(config) && !config.startsWith(ALLOWED_CLASS_PREFIX)) {
        refusals.add(new Refusal(resource, where, "クラス「" + config + "」は使えません（jp.kikan のクラスだけ）"));
      }
    }
    if (!PROSE.contains(tag)) {
      String text = ownText(element);
      if (ExpressionRule.isExpression(text)) {
        expression(resource, where, tag, text, false, refusals);
      }
    }
  }

  private void expression(String resource, String where, String name, String text, boolean delegate,
      List<Refusal> refusals) {
    for (String problem : expressions.problems(text, delegate)) {
      refusals.add(new Refusal(resource, where, name + ": " + problem));
    }
  }

  private void dmn(String resource, Element element, List<Refusal> refusals) {
    String language = element.getAttribute("expressionLanguage");
    if (!language.isEmpty() && !isFeel(language)) {
      refusals.add(new Refusal(resource, where(element),
          "式の言語「" + language + "」は使えません（DMN の式は FEEL だけ）"));
    }
    if (element.getLocalName().equals("text") && ownText(element).matches("(?s).*\\bexternal\\b.*")) {
      refusals.add(new Refusal(resource, where(element), "FEEL の external（Java の呼び出し）は使えません"));
    }
  }

  private static boolean isFeel(String language) {
    String lower = language.toLowerCase(Locale.ROOT);
    return lower.equals("feel") || lower.startsWith("https://www.omg.org/spec/dmn/") && lower.endsWith("/feel/")
        || lower.startsWith("http://www.omg.org/spec/feel/");
  }

  private void form(String name, byte[] content, List<Refusal> refusals) {
    JsonNode form;
    try {
      form = JSON.readTree(content);
    } catch (IOException e) {
      refusals.add(new Refusal(name, "ファイル", "フォームの JSON として読み取れません"));
      return;
    }
    if (form == null || !form.isObject() || !form.path("components").isArray() || !form.path("id").isTextual()) {
      refusals.add(new Refusal(name, "ファイル", "Camunda フォームではありません（id と components が必要です）"));
      return;
    }
    components(name, form, refusals);
  }

  private void components(String name, JsonNode component, List<Refusal> refusals) {
    String type = component.path("type").asText();
    if (!FORM_COMPONENTS.contains(type)) {
      String id = component.path("id").asText(component.path("key").asText("?"));
      refusals.add(new Refusal(name, id, "フォームの部品「" + type + "」は使えません"));
    }
    for (JsonNode child : component.path("components")) {
      components(name, child, refusals);
    }
  }

  /** The nearest element with an id (what Modeler shows and searches for), and the tag where it is not that one. */
  private static String where(Element element) {
    for (Node node = element; node instanceof Element candidate; node = node.getParentNode()) {
      String id = candidate.getAttribute("id");
      if (!id.isEmpty()) {
        return candidate == element ? id : id + " の " + element.getTagName();
      }
    }
    return element.getTagName();
  }

  private static String ownText(Element element) {
    StringBuilder text = new StringBuilder();
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        text.append(child.getNodeValue());
      }
    }
    return text.toString();
  }

  private static DocumentBuilder parser() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      // no DTD, no external entities: a model is data, and must not make the server read files or URLs
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }
}
