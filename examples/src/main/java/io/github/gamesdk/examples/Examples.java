package io.github.gamesdk.examples;

/**
 * Runs every example in turn: {@code java -jar examples/target/gamesdk-examples.jar}. Each uses the
 * in-process fakes of sdk-testkit unless its vendor's credentials are set in the environment (see
 * the README). Exits with 0 when all succeed, 1 otherwise.
 */
public final class Examples {
  private Examples() {}

  /**
   * Runs the examples.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    try {
      new QqConnectExample(System.getenv(), System.out).run();
      new QosExample(System.getenv(), System.out).run();
      new PhoneCheckExample(System.getenv(), System.out).run();
      new OpenApiExample(System.getenv(), System.out).run();
      new MsdkExample(System.getenv(), System.out).run();
      System.out.println("All examples succeeded.");
    } catch (Exception e) {
      System.err.println("Example failed: " + e);
      System.exit(1);
    }
  }
}
