package jp.kikan.support;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bean only the tests have (named {@code canary}): hostile models try to call it. It counts every call, so a test
 * can show that nothing a refused model holds was ever run.
 */
public class Canary {

  private final AtomicInteger calls = new AtomicInteger();

  public String call() {
    calls.incrementAndGet();
    return "CANARY-VALUE";
  }

  public int calls() {
    return calls.get();
  }

  /** Counts a call made some other way (a script, a class), with the same answer. */
  public static final AtomicInteger OTHER_CALLS = new AtomicInteger();
}
