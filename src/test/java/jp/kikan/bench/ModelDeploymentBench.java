package jp.kikan.bench;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kikan.boundary.DeploymentGuard;
import jp.kikan.boundary.ModelBoundaryPlugin;
import jp.kikan.support.AppRun;
import jp.kikan.support.PackagedApp;
import jp.kikan.support.PostgresDatabase;
import jp.kikan.support.PostgresTest;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Section 6 of docs/performance.md, the deployment guard's cost: our four models and all forms deployed as one new
 * deployment (what an analyst's Modeler deploy or a start-up after a change does), alternately with the guard on and
 * off (its switch is reachable only from code such as this), on the same engine and PostgreSQL database. Target: a
 * guarded deployment takes at most 1.2 times an unguarded one.
 */
@PostgresTest
class ModelDeploymentBench {

  static final double TARGET_RATIO = 1.2;

  @Test
  void deploymentGuard_costsAtMostAFifthOfADeployment() throws IOException {
    int warmup = BenchScale.pick(30, 60);
    int measured = BenchScale.pick(60, 200);
    try (PostgresDatabase database = PostgresDatabase.create()) {
      Map<String, String> properties = new HashMap<>(PackagedApp.onPostgres(database));
      properties.put("kikan.demo.sample-cases", "false");
      try (ConfigurableApplicationContext app = AppRun.start(properties, "postgres", "demo")) {
        ProcessEngine engine = app.getBean(ProcessEngine.class);
        DeploymentGuard guard = app.getBean(ModelBoundaryPlugin.class).guard();
        Map<String, byte[]> files = ourModelsAndForms();
        Assertions.assertThat(files).hasSizeGreaterThan(30);

        double repeated = measure(engine, guard, files, warmup, measured, false);
        double fresh = measure(engine, guard, files, warmup, measured, true);
        BenchResults.section("modelDeployment", "Deployment guard: our models and forms deployed with and without it")
            .figure("files per deployment", files.size(), "files")
            .figure("deployment guard ratio, files deployed before", repeated, "x")
            .figure("deployment guard ratio", fresh, "x", "<= 1.2", fresh <= TARGET_RATIO)
            .write();
      }
    }
  }

  /**
   * The guarded time over the unguarded one. {@code fresh}: every deployment's files differ from every earlier
   * one's (a comment or trailing white space added), so the guard judges them all, as it does the first time a file
   * is deployed; otherwise the same files every time, which the guard remembers having judged.
   */
  private static double measure(ProcessEngine engine, DeploymentGuard guard, Map<String, byte[]> files, int warmup,
      int measured, boolean fresh) {
    long[] nanos = new long[2];
    List<Double> pairs = new ArrayList<>();
    try {
      for (int i = 0; i < warmup + measured; i++) {
        // alternate which variant goes first, so that a drift in the machine falls on both alike
        long guarded = 0;
        long unguarded = 0;
        for (boolean on : i % 2 == 0 ? new boolean[] {true, false} : new boolean[] {false, true}) {
          guard.setEnabled(on);
          String name = "bench-deploy-" + (fresh ? "fresh-" : "") + i + (on ? "-guarded" : "-unguarded");
          long took = deploy(engine, fresh ? variant(files, name, 2 * i + (on ? 1 : 0)) : files, name);
          if (on) {
            guarded = took;
          } else {
            unguarded = took;
          }
        }
        if (i >= warmup) {
          nanos[0] += guarded;
          nanos[1] += unguarded;
          pairs.add((double) guarded / unguarded);
        }
      }
    } finally {
      guard.setEnabled(true);
    }
    double guardedMs = nanos[0] / 1e6 / measured;
    double unguardedMs = nanos[1] / 1e6 / measured;
    double ratio = (double) nanos[0] / nanos[1];
    pairs.sort(Double::compare);
    System.out.printf("Model deployment (%s): guarded %.1f ms, unguarded %.1f ms, ratio %.3f (pairs' median %.3f)%n",
        fresh ? "files new to the guard" : "files deployed before", guardedMs, unguardedMs, ratio,
        pairs.get(pairs.size() / 2));
    return ratio;
  }

  /** The same files with bytes of their own: a comment after a model, white space after a form. */
  private static Map<String, byte[]> variant(Map<String, byte[]> files, String tag, int index) {
    Map<String, byte[]> changed = new LinkedHashMap<>();
    files.forEach((file, bytes) -> {
      String suffix = file.endsWith(".form") ? " ".repeat(1 + index) + "\n" : "\n<!-- " + tag + " -->\n";
      byte[] extra = suffix.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      byte[] both = java.util.Arrays.copyOf(bytes, bytes.length + extra.length);
      System.arraycopy(extra, 0, both, bytes.length, extra.length);
      changed.put(file, both);
    });
    return changed;
  }

  private static long deploy(ProcessEngine engine, Map<String, byte[]> files, String name) {
    DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name(name);
    files.forEach((file, bytes) -> deployment.addInputStream(file, new java.io.ByteArrayInputStream(bytes)));
    long start = System.nanoTime();
    deployment.deploy();
    return System.nanoTime() - start;
  }

  static Map<String, byte[]> ourModelsAndForms() throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String pattern : new String[] {"classpath*:bpmn/*.bpmn", "classpath*:bpmn/*.dmn", "classpath*:forms/*.form"}) {
      for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
        try (InputStream in = resource.getInputStream()) {
          files.put(pattern.substring(11, pattern.indexOf('/')) + "/" + resource.getFilename(), in.readAllBytes());
        }
      }
    }
    return files;
  }
}
