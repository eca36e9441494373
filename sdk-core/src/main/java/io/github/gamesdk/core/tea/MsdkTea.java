package io.github.gamesdk.core.tea;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The {@code msdktea} body cipher of MSDK: the body encryption a request asks for with {@code
 * Content-Encrypt: msdktea} and {@code Accept-Encrypt: msdktea} (seed 004, lines ~36-40), defined
 * in {@code shared/PROTOCOLS.md} §4. It is Tencent's "QQ symmetric encryption v2", as in TarsCpp
 * {@code util/src/tc_tea.cpp}: TEA with 16 rounds on two big-endian 32-bit words (delta {@code
 * 0x9E3779B9}), in Tencent's chaining mode.
 *
 * <p>An {@code n}-byte body is framed as one header byte {@code (random & 0xF8) | padLen}, {@code
 * padLen = (8 - (n + 10) % 8) % 8} random padding bytes, 2 random salt bytes, the body and 7 zero
 * bytes, so the ciphertext has {@code n + 10 + padLen} bytes, a multiple of 8 and at least 16. The
 * 8-byte blocks {@code P_i} of the frame are chained with {@code C_-1 = X_-1 = 0}: {@code X_i = P_i
 * xor C_(i-1)}, {@code C_i = TEA(X_i) xor X_(i-1)}.
 *
 * <p>Instances are immutable and thread-safe. MSDK uses the fixed key {@code msdkmsdkmsdkmsdk}
 * ({@link #withDefaultKey()}); {@link #of(byte[])} takes any other 16-byte key. {@link #toString()}
 * never shows the key.
 */
public final class MsdkTea {

  /**
   * The value of the {@code Content-Encrypt} and {@code Accept-Encrypt} headers that selects this
   * cipher (seed 004): {@code msdktea}.
   */
  public static final String ENCODING = "msdktea";

  /** MSDK's fixed key: the 16 ASCII bytes {@code msdkmsdkmsdkmsdk} (PROTOCOLS.md §4). */
  private static final byte[] DEFAULT_KEY = "msdkmsdkmsdkmsdk".getBytes(StandardCharsets.US_ASCII);

  private static final int KEY_LENGTH = 16;
  private static final int DELTA = 0x9E3779B9;
  /** {@code DELTA * 16}, the round sum decryption starts from. */
  private static final int DECRYPT_SUM = 0xE3779B90;

  private static final int ROUNDS = 16;
  private static final int SALT_LENGTH = 2;
  private static final int ZERO_LENGTH = 7;
  /** Header byte, salt and zero tail: the frame bytes besides body and padding. */
  private static final int OVERHEAD = 1 + SALT_LENGTH + ZERO_LENGTH;

  private static final int MIN_CIPHER_LENGTH = 16;
  /** The longest body whose ciphertext still fits in a Java array. */
  private static final int MAX_BODY_LENGTH = Integer.MAX_VALUE - 8 - OVERHEAD - 7;

  private static final MsdkTea DEFAULT = new MsdkTea(DEFAULT_KEY);

  /*
   * Performance (DESIGN.md §7). The chaining makes every block depend on the one before, in both
   * directions, so the cipher runs at the latency of TEA's round function and nothing can overlap.
   * The hot loops therefore keep all state in ints (the key as four ints, the previous X and C
   * words in locals), read and write big-endian words straight from and to the arrays, allocate
   * nothing per block, and unroll the 16 rounds with the round sums as constants. They also keep
   * ya = (y << 4) + k2 and za = (z << 4) + k0 up to date as y and z change (adding t << 4 when t is
   * added), which takes the shift-and-add of (y << 4) + k2 off the dependency chain: a half-round
   * then waits only for (y >>> 5) + k3, one XOR and one addition. encryptBlock and decryptBlock
   * keep the plain textbook loop.
   */
  private final int k0;
  private final int k1;
  private final int k2;
  private final int k3;

  private MsdkTea(byte[] key) {
    this.k0 = getInt(key, 0);
    this.k1 = getInt(key, 4);
    this.k2 = getInt(key, 8);
    this.k3 = getInt(key, 12);
  }

  /**
   * The cipher with MSDK's fixed key, the 16 ASCII bytes {@code msdkmsdkmsdkmsdk} (PROTOCOLS.md §4;
   * not derived from appkey or msdkkey).
   *
   * @return the shared instance
   */
  public static MsdkTea withDefaultKey() {
    return DEFAULT;
  }

  /**
   * The cipher with another 16-byte TEA key.
   *
   * @param key16 the key, exactly 16 bytes; copied, so later changes to the array have no effect
   * @return the cipher
   * @throws IllegalArgumentException if {@code key16} does not have 16 bytes
   */
  public static MsdkTea of(byte[] key16) {
    Objects.requireNonNull(key16, "key16");
    if (key16.length != KEY_LENGTH) {
      throw new IllegalArgumentException(
          "an msdktea key has " + KEY_LENGTH + " bytes, not " + key16.length);
    }
    return new MsdkTea(key16.clone());
  }

  /**
   * Encrypts a body for a {@code Content-Encrypt: msdktea} request, drawing the header, padding
   * and salt bytes from {@link RandomSource#secure()}.
   *
   * @param plain the body, for MSDK the UTF-8 bytes of the JSON request
   * @return the ciphertext, {@code plain.length + 10 + padLen} bytes, sent as the raw request body
   */
  public byte[] encrypt(byte[] plain) {
    Objects.requireNonNull(plain, "plain");
    return encrypt(plain, 0, plain.length, RandomSource.secure());
  }

  /**
   * Encrypts a body for a {@code Content-Encrypt: msdktea} request with the given random bytes, so
   * that a known ciphertext (such as a vector of PROTOCOLS.md §4) can be reproduced.
   *
   * @param plain the body
   * @param random the source of the header byte's high bits, then the padding bytes, then the 2
   *     salt bytes: {@code 3 + padLen} bytes in all
   * @return the ciphertext, {@code plain.length + 10 + padLen} bytes
   * @throws IllegalStateException if {@code random} runs out of bytes
   */
  public byte[] encrypt(byte[] plain, RandomSource random) {
    Objects.requireNonNull(plain, "plain");
    return encrypt(plain, 0, plain.length, random);
  }

  /**
   * Encrypts {@code len} bytes of {@code buf} from {@code off} for a {@code Content-Encrypt:
   * msdktea} request, as {@link #encrypt(byte[], RandomSource)} does.
   *
   * @param buf the array holding the body
   * @param off where the body starts in {@code buf}
   * @param len the body's length
   * @param random the source of the header, padding and salt bytes, consumed in that order
   * @return the ciphertext, {@code len + 10 + padLen} bytes
   * @throws IndexOutOfBoundsException if {@code off} and {@code len} do not lie within {@code buf}
   * @throws IllegalArgumentException if the ciphertext would be too long for a Java array
   * @throws IllegalStateException if {@code random} runs out of bytes
   */
  public byte[] encrypt(byte[] buf, int off, int len, RandomSource random) {
    checkRange(buf, off, len);
    Objects.requireNonNull(random, "random");
    if (len > MAX_BODY_LENGTH) {
      throw new IllegalArgumentException("msdktea: a " + len + "-byte body is too long");
    }
    int padLength = (8 - (len + OVERHEAD) % 8) % 8;
    byte[] out = new byte[len + OVERHEAD + padLength];
    out[0] = (byte) ((random.nextByte() & 0xF8) | padLength);
    int bodyStart = 1 + padLength + SALT_LENGTH;
    for (int i = 1; i < bodyStart; i++) {
      out[i] = (byte) random.nextByte();
    }
    System.arraycopy(buf, off, out, bodyStart, len);
    // The 7 trailing bytes are already zero. Encrypt the frame in place, block by block.
    final int k0 = this.k0;
    final int k1 = this.k1;
    final int k2 = this.k2;
    final int k3 = this.k3;
    int prevX0 = 0;
    int prevX1 = 0;
    int prevC0 = 0;
    int prevC1 = 0;
    for (int p = 0; p < out.length; p += 8) {
      int x0 = getInt(out, p) ^ prevC0;
      int x1 = getInt(out, p + 4) ^ prevC1;
      // TEA(X_i), the 16 rounds of encryptBlock unrolled; see the comment on the class's fields.
      int y = x0;
      int z = x1;
      int ya = (y << 4) + k2;
      int za = (z << 4) + k0;
      int t;
      t = (za ^ (z + 0x9E3779B9)) ^ ((z >>> 5) + k1); // round 1
      y += t;
      ya += t << 4;
      t = (ya ^ (y + 0x9E3779B9)) ^ ((y >>> 5) + k3);
      z += t;
      za += t << 4;
      t = (za ^ (z + 0x3C6EF372)) ^ ((z >>> 5) + k1); // round 2
      y += t;
      ya += t << 4;
      t = (ya ^ (y + 0x3C6EF372)) ^ ((y >>> 5) + k3);
      z += t;
      za += t << 4;
      t = (za ^ (z + 0xDAA66D2B)) ^ ((z >>> 5) + k1); // round 3
      y += t;
      ya += t << 4;
      t = (ya ^ (y + 0xDAA66D2B)) ^ ((y >>> 5) + k3);
      z += t;
      za += t << 4;
      t = (za ^ (z + 0x78DDE6E4)) ^ ((z >>> 5) + k1); // round 4
      y += t;
      ya += t << 4;
      t = (ya ^ (y + 0x78DDE6E4)) ^ ((y >>> 5) + k3);
      z += t;
      za += t << 4;
      t = (za ^ (z + 0x1715609D)) ^ ((z >>> 5) + k1); // round 5
      y += t;
      ya += t << 4;
      t = (ya ^ (y + 0x1715609D)) ^ ((y >>> 5) + k3);
      z += t;
      za += t << 4;
      t = (za ^ (z + 0xB54CDA56)) ^ ((z >>> 5) + k1); // round 6
      y += t;
      ya += t << 4;
      t = (ya ^ (y + 0xB54CDA56)) ^ ((y >>> 5) + k3);
      z += t;
      za += t << 4;
      t = (za ^ (z + 0x5384540F)) ^ ((z >>> 5) + k1); // round 7
      y += t;
      ya += t << 4;
      t = (ya ^ (y + 0x5384540F)) ^ ((y >>> 5) + k3);
      z += t;
      za += t << 4;
      t = (za ^ (z + 0xF1BBCDC8)) ^ ((z >>> 5) + k1); // round 8
      y += t;
      ya += t << 4;
      t = (ya ^ (y + 0xF1BBCDC8)) ^ ((y >>> 5) + k3);
      z += t;
      za += t << 4;
      t = (za ^ (z + 0x8FF34781)) ^ ((z >>> 5) + k1); // round 9
      y += t;
      ya += t << 4;
      t = (ya ^ (y + 0x8FF34781)) ^ ((y >>> 5) + k3);
      z += t;
      za += t << 4;
      t = (za ^ (z + 0x2E2AC13A)) ^ ((z >>> 5) + k1); // round 10
      y += t;
      ya += t << 4;
      t = (ya ^ (y + 0x2E2AC13A)) ^ ((y >>> 5) + k3);
      z += t;
      za += t << 4;
      t = (za ^ (z + 0xCC623AF3)) ^ ((z >>> 5) + k1); // round 11
      y += t;
      ya += t << 4;
      t = (ya ^ (y + 0xCC623AF3)) ^ ((y >>> 5) + k3);
      z += t;
      za += t << 4;
      t = (za ^ (z + 0x6A99B4AC)) ^ ((z >>> 5) + k1); // round 12
      y += t;
      ya += t << 4;
      t = (ya ^ (y + 0x6A99B4AC)) ^ ((y >>> 5) + k3);
      z += t;
      za += t << 4;
      t = (za ^ (z + 0x08D12E65)) ^ ((z >>> 5) + k1); // round 13
      y += t;
      ya += t << 4;
      t = (ya ^ (y + 0x08D12E65)) ^ ((y >>> 5) + k3);
      z += t;
      za += t << 4;
      t = (za ^ (z + 0xA708A81E)) ^ ((z >>> 5) + k1); // round 14
      y += t;
      ya += t << 4;
      t = (ya ^ (y + 0xA708A81E)) ^ ((y >>> 5) + k3);
      z += t;
      za += t << 4;
      t = (za ^ (z + 0x454021D7)) ^ ((z >>> 5) + k1); // round 15
      y += t;
      ya += t << 4;
      t = (ya ^ (y + 0x454021D7)) ^ ((y >>> 5) + k3);
      z += t;
      za += t << 4;
      t = (za ^ (z + 0xE3779B90)) ^ ((z >>> 5) + k1); // round 16
      y += t;
      ya += t << 4;
      t = (ya ^ (y + 0xE3779B90)) ^ ((y >>> 5) + k3);
      z += t;
      za += t << 4;
      prevC0 = y ^ prevX0;
      prevC1 = z ^ prevX1;
      putInt(out, p, prevC0);
      putInt(out, p + 4, prevC1);
      prevX0 = x0;
      prevX1 = x1;
    }
    return out;
  }

  /**
   * Decrypts a body received with {@code Content-Encrypt: msdktea} (or answered to {@code
   * Accept-Encrypt: msdktea}) and checks its frame.
   *
   * @param cipher the raw ciphertext
   * @return the body, for MSDK the UTF-8 bytes of the JSON
   * @throws MsdkTeaException if the ciphertext's length is not a multiple of 8 or is below 16, its
   *     header announces more padding than it holds, or its 7 trailing bytes do not decrypt to zero
   */
  public byte[] decrypt(byte[] cipher) {
    Objects.requireNonNull(cipher, "cipher");
    return decrypt(cipher, 0, cipher.length);
  }

  /**
   * Decrypts the {@code len} bytes of {@code buf} from {@code off}, as {@link #decrypt(byte[])}
   * does.
   *
   * @param buf the array holding the ciphertext
   * @param off where the ciphertext starts in {@code buf}
   * @param len the ciphertext's length
   * @return the body
   * @throws IndexOutOfBoundsException if {@code off} and {@code len} do not lie within {@code buf}
   * @throws MsdkTeaException if the ciphertext is not a valid {@code msdktea} frame for this key
   */
  public byte[] decrypt(byte[] buf, int off, int len) {
    checkRange(buf, off, len);
    if (len % 8 != 0 || len < MIN_CIPHER_LENGTH) {
      throw new MsdkTeaException(
          "msdktea: the ciphertext length "
              + len
              + " is not a multiple of 8 of at least "
              + MIN_CIPHER_LENGTH);
    }
    final int k0 = this.k0;
    final int k1 = this.k1;
    final int k2 = this.k2;
    final int k3 = this.k3;
    int prevC0 = 0;
    int prevC1 = 0;
    int prevX0 = 0;
    int prevX1 = 0;
    byte[] out = null;
    int bodyStart = 0;
    int bodyLength = 0;
    final int tailStart = len - ZERO_LENGTH;
    int tail = 0;
    for (int p = 0; p < len; p += 8) {
      int c0 = getInt(buf, off + p);
      int c1 = getInt(buf, off + p + 4);
      // X_i = TEA^-1(C_i xor X_(i-1)), the rounds of decryptBlock unrolled like in encrypt.
      int y = c0 ^ prevX0;
      int z = c1 ^ prevX1;
      int ya = (y << 4) + k2;
      int za = (z << 4) + k0;
      int t;
      t = (ya ^ (y + 0xE3779B90)) ^ ((y >>> 5) + k3); // round 16
      z -= t;
      za -= t << 4;
      t = (za ^ (z + 0xE3779B90)) ^ ((z >>> 5) + k1);
      y -= t;
      ya -= t << 4;
      t = (ya ^ (y + 0x454021D7)) ^ ((y >>> 5) + k3); // round 15
      z -= t;
      za -= t << 4;
      t = (za ^ (z + 0x454021D7)) ^ ((z >>> 5) + k1);
      y -= t;
      ya -= t << 4;
      t = (ya ^ (y + 0xA708A81E)) ^ ((y >>> 5) + k3); // round 14
      z -= t;
      za -= t << 4;
      t = (za ^ (z + 0xA708A81E)) ^ ((z >>> 5) + k1);
      y -= t;
      ya -= t << 4;
      t = (ya ^ (y + 0x08D12E65)) ^ ((y >>> 5) + k3); // round 13
      z -= t;
      za -= t << 4;
      t = (za ^ (z + 0x08D12E65)) ^ ((z >>> 5) + k1);
      y -= t;
      ya -= t << 4;
      t = (ya ^ (y + 0x6A99B4AC)) ^ ((y >>> 5) + k3); // round 12
      z -= t;
      za -= t << 4;
      t = (za ^ (z + 0x6A99B4AC)) ^ ((z >>> 5) + k1);
      y -= t;
      ya -= t << 4;
      t = (ya ^ (y + 0xCC623AF3)) ^ ((y >>> 5) + k3); // round 11
      z -= t;
      za -= t << 4;
      t = (za ^ (z + 0xCC623AF3)) ^ ((z >>> 5) + k1);
      y -= t;
      ya -= t << 4;
      t = (ya ^ (y + 0x2E2AC13A)) ^ ((y >>> 5) + k3); // round 10
      z -= t;
      za -= t << 4;
      t = (za ^ (z + 0x2E2AC13A)) ^ ((z >>> 5) + k1);
      y -= t;
      ya -= t << 4;
      t = (ya ^ (y + 0x8FF34781)) ^ ((y >>> 5) + k3); // round 9
      z -= t;
      za -= t << 4;
      t = (za ^ (z + 0x8FF34781)) ^ ((z >>> 5) + k1);
      y -= t;
      ya -= t << 4;
      t = (ya ^ (y + 0xF1BBCDC8)) ^ ((y >>> 5) + k3); // round 8
      z -= t;
      za -= t << 4;
      t = (za ^ (z + 0xF1BBCDC8)) ^ ((z >>> 5) + k1);
      y -= t;
      ya -= t << 4;
      t = (ya ^ (y + 0x5384540F)) ^ ((y >>> 5) + k3); // round 7
      z -= t;
      za -= t << 4;
      t = (za ^ (z + 0x5384540F)) ^ ((z >>> 5) + k1);
      y -= t;
      ya -= t << 4;
      t = (ya ^ (y + 0xB54CDA56)) ^ ((y >>> 5) + k3); // round 6
      z -= t;
      za -= t << 4;
      t = (za ^ (z + 0xB54CDA56)) ^ ((z >>> 5) + k1);
      y -= t;
      ya -= t << 4;
      t = (ya ^ (y + 0x1715609D)) ^ ((y >>> 5) + k3); // round 5
      z -= t;
      za -= t << 4;
      t = (za ^ (z + 0x1715609D)) ^ ((z >>> 5) + k1);
      y -= t;
      ya -= t << 4;
      t = (ya ^ (y + 0x78DDE6E4)) ^ ((y >>> 5) + k3); // round 4
      z -= t;
      za -= t << 4;
      t = (za ^ (z + 0x78DDE6E4)) ^ ((z >>> 5) + k1);
      y -= t;
      ya -= t << 4;
      t = (ya ^ (y + 0xDAA66D2B)) ^ ((y >>> 5) + k3); // round 3
      z -= t;
      za -= t << 4;
      t = (za ^ (z + 0xDAA66D2B)) ^ ((z >>> 5) + k1);
      y -= t;
      ya -= t << 4;
      t = (ya ^ (y + 0x3C6EF372)) ^ ((y >>> 5) + k3); // round 2
      z -= t;
      za -= t << 4;
      t = (za ^ (z + 0x3C6EF372)) ^ ((z >>> 5) + k1);
      y -= t;
      ya -= t << 4;
      t = (ya ^ (y + 0x9E3779B9)) ^ ((y >>> 5) + k3); // round 1
      z -= t;
      za -= t << 4;
      t = (za ^ (z + 0x9E3779B9)) ^ ((z >>> 5) + k1);
      y -= t;
      ya -= t << 4;
      int p0 = y ^ prevC0;
      int p1 = z ^ prevC1;
      prevC0 = c0;
      prevC1 = c1;
      prevX0 = y;
      prevX1 = z;
      if (p == 0) {
        int padLength = (p0 >>> 24) & 7;
        bodyLength = len - OVERHEAD - padLength;
        if (bodyLength < 0) {
          throw new MsdkTeaException(
              "msdktea: the header announces "
                  + padLength
                  + " padding bytes, more than a "
                  + len
                  + "-byte ciphertext holds (negative body length)");
        }
        bodyStart = 1 + padLength + SALT_LENGTH;
        out = new byte[bodyLength];
      }
      int o = p - bodyStart;
      if (o >= 0 && o <= bodyLength - 8) {
        putInt(out, o, p0);
        putInt(out, o + 4, p1);
      } else {
        tail |= scatter(p0, p1, p, out, bodyStart, tailStart);
      }
    }
    if (tail != 0) {
      throw new MsdkTeaException(
          "msdktea: the 7 trailing bytes do not decrypt to zero"
              + " (wrong key or corrupted ciphertext)");
    }
    return out;
  }

  /**
   * Raw TEA on one 8-byte block (16 rounds, no chaining): the block cipher of PROTOCOLS.md §4,
   * exposed for its one-block vector.
   *
   * @param block the 8 plaintext bytes as a big-endian {@code long}
   * @return the 8 ciphertext bytes as a big-endian {@code long}
   */
  long encryptBlock(long block) {
    int y = (int) (block >>> 32);
    int z = (int) block;
    int sum = 0;
    for (int round = 0; round < ROUNDS; round++) {
      sum += DELTA;
      y += ((z << 4) + k0) ^ (z + sum) ^ ((z >>> 5) + k1);
      z += ((y << 4) + k2) ^ (y + sum) ^ ((y >>> 5) + k3);
    }
    return ((long) y << 32) | (z & 0xFFFFFFFFL);
  }

  /**
   * The inverse of {@link #encryptBlock(long)}.
   *
   * @param block the 8 ciphertext bytes as a big-endian {@code long}
   * @return the 8 plaintext bytes as a big-endian {@code long}
   */
  long decryptBlock(long block) {
    int y = (int) (block >>> 32);
    int z = (int) block;
    int sum = DECRYPT_SUM;
    for (int round = 0; round < ROUNDS; round++) {
      z -= ((y << 4) + k2) ^ (y + sum) ^ ((y >>> 5) + k3);
      y -= ((z << 4) + k0) ^ (z + sum) ^ ((z >>> 5) + k1);
      sum -= DELTA;
    }
    return ((long) y << 32) | (z & 0xFFFFFFFFL);
  }

  /**
   * Never shows the key.
   *
   * @return {@code MsdkTea[key=****]}
   */
  @Override
  public String toString() {
    return "MsdkTea[key=****]";
  }

  /**
   * Copies the body bytes of one decrypted frame block at frame offset {@code p} into {@code out}
   * and returns the OR of its tail bytes; used for the few blocks that hold header, padding, salt
   * or tail bytes.
   */
  private static int scatter(int p0, int p1, int p, byte[] out, int bodyStart, int tailStart) {
    int tail = 0;
    for (int j = 0; j < 8; j++) {
      int q = p + j;
      int b = (j < 4 ? p0 >>> (24 - 8 * j) : p1 >>> (56 - 8 * j)) & 0xFF;
      if (q >= tailStart) {
        tail |= b;
      } else if (q >= bodyStart) {
        out[q - bodyStart] = (byte) b;
      }
    }
    return tail;
  }

  private static void checkRange(byte[] buf, int off, int len) {
    Objects.requireNonNull(buf, "buf");
    if (off < 0 || len < 0 || off > buf.length - len) {
      throw new IndexOutOfBoundsException(
          "range [" + off + ", " + off + " + " + len + ") out of bounds for length " + buf.length);
    }
  }

  private static int getInt(byte[] b, int i) {
    return (b[i] << 24) | ((b[i + 1] & 0xFF) << 16) | ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
  }

  private static void putInt(byte[] b, int i, int v) {
    b[i] = (byte) (v >>> 24);
    b[i + 1] = (byte) (v >>> 16);
    b[i + 2] = (byte) (v >>> 8);
    b[i + 3] = (byte) v;
  }
}
