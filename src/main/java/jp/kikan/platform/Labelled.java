package jp.kikan.platform;

/** A code with the Japanese word staff read for it; error messages list both. */
public interface Labelled {

  String label();
}
