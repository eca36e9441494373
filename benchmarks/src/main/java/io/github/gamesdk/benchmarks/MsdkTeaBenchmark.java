package io.github.gamesdk.benchmarks;

import io.github.gamesdk.core.tea.MsdkTea;
import io.github.gamesdk.core.tea.RandomSource;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Throughput of the {@code msdktea} body cipher (seed 004 {@code Content-Encrypt: msdktea};
 * PROTOCOLS.md §4): {@link MsdkTea} against the byte-array-per-block baseline {@link NaiveTea},
 * encrypting and decrypting a 4 KiB and a 64 KiB body on one thread. DESIGN.md §7 asks for at least
 * 150 MB/s and at least twice the baseline's throughput; MB/s = ops/s × {@code size} / 10^6.
 *
 * <p>Both ciphers draw their random bytes from the same constant {@link RandomSource} so that only
 * the cipher is measured; {@link #msdkTeaEncryptSecureRandom()} shows the cost of the default
 * {@link RandomSource#secure()}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class MsdkTeaBenchmark {
  private static final byte[] KEY = "msdkmsdkmsdkmsdk".getBytes(StandardCharsets.US_ASCII);
  private static final RandomSource CONSTANT_RANDOM = () -> 0x5A;

  /** The body length in bytes. */
  @Param({"4096", "65536"})
  public int size;

  private final MsdkTea msdkTea = MsdkTea.of(KEY);
  private final NaiveTea naiveTea = new NaiveTea(KEY);
  private byte[] body;
  private byte[] cipher;

  /** Creates a random body and its ciphertext, and checks that both ciphers agree on them. */
  @Setup
  public void setUp() {
    body = new byte[size];
    new Random(42).nextBytes(body);
    cipher = msdkTea.encrypt(body, CONSTANT_RANDOM);
    if (!Arrays.equals(naiveTea.encrypt(body, CONSTANT_RANDOM), cipher)
        || !Arrays.equals(naiveTea.decrypt(cipher), body)
        || !Arrays.equals(msdkTea.decrypt(cipher), body)) {
      throw new IllegalStateException("MsdkTea and NaiveTea disagree");
    }
  }

  /**
   * {@link MsdkTea#encrypt(byte[], RandomSource)}.
   *
   * @return the ciphertext
   */
  @Benchmark
  public byte[] msdkTeaEncrypt() {
    return msdkTea.encrypt(body, CONSTANT_RANDOM);
  }

  /**
   * {@link MsdkTea#decrypt(byte[])}.
   *
   * @return the body
   */
  @Benchmark
  public byte[] msdkTeaDecrypt() {
    return msdkTea.decrypt(cipher);
  }

  /**
   * {@link MsdkTea#encrypt(byte[])}, with the default secure random source.
   *
   * @return the ciphertext
   */
  @Benchmark
  public byte[] msdkTeaEncryptSecureRandom() {
    return msdkTea.encrypt(body);
  }

  /**
   * The baseline's {@link NaiveTea#encrypt(byte[], RandomSource)}.
   *
   * @return the ciphertext
   */
  @Benchmark
  public byte[] naiveEncrypt() {
    return naiveTea.encrypt(body, CONSTANT_RANDOM);
  }

  /**
   * The baseline's {@link NaiveTea#decrypt(byte[])}.
   *
   * @return the body
   */
  @Benchmark
  public byte[] naiveDecrypt() {
    return naiveTea.decrypt(cipher);
  }
}
