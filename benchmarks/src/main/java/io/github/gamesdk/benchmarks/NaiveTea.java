package io.github.gamesdk.benchmarks;

import io.github.gamesdk.core.tea.MsdkTea;
import io.github.gamesdk.core.tea.RandomSource;
import java.util.Arrays;

/**
 * The baseline of {@link MsdkTeaBenchmark}: a straightforward, byte-array-per-block Java port of
 * Tencent's "QQ symmetric encryption v2" ({@code msdktea}, seed 004 {@code Content-Encrypt:
 * msdktea}; PROTOCOLS.md §4), shaped like TarsCpp {@code tc_tea.cpp}. Every block is copied into
 * its own array, the TEA function unpacks the key and the block from bytes on every call and
 * returns a new array, and the chaining XORs arrays byte by byte. It produces the same bytes as
 * {@link MsdkTea}; it exists only to be measured against it (DESIGN.md §7).
 */
public final class NaiveTea {
  private static final int DELTA = 0x9E3779B9;

  private final byte[] key;

  /**
   * Creates the baseline cipher.
   *
   * @param key the 16-byte TEA key, copied
   */
  public NaiveTea(byte[] key) {
    if (key.length != 16) {
      throw new IllegalArgumentException("key must have 16 bytes");
    }
    this.key = key.clone();
  }

  /**
   * Frames and encrypts a body, as {@link MsdkTea#encrypt(byte[], RandomSource)} does.
   *
   * @param body the body
   * @param random the header, padding and salt bytes, in that order
   * @return the ciphertext
   */
  public byte[] encrypt(byte[] body, RandomSource random) {
    int padLen = (8 - (body.length + 10) % 8) % 8;
    byte[] frame = new byte[body.length + 10 + padLen];
    frame[0] = (byte) ((random.nextByte() & 0xF8) | padLen);
    for (int i = 1; i < 3 + padLen; i++) {
      frame[i] = (byte) random.nextByte();
    }
    System.arraycopy(body, 0, frame, 3 + padLen, body.length);

    byte[] out = new byte[frame.length];
    byte[] ivPlain = new byte[8];
    byte[] ivCrypt = new byte[8];
    for (int pos = 0; pos < frame.length; pos += 8) {
      byte[] block = Arrays.copyOfRange(frame, pos, pos + 8);
      for (int j = 0; j < 8; j++) {
        block[j] ^= ivCrypt[j];
      }
      byte[] crypt = teaEncryptEcb(block, key);
      for (int j = 0; j < 8; j++) {
        crypt[j] ^= ivPlain[j];
      }
      System.arraycopy(crypt, 0, out, pos, 8);
      ivPlain = block;
      ivCrypt = crypt;
    }
    return out;
  }

  /**
   * Decrypts and unframes a ciphertext, as {@link MsdkTea#decrypt(byte[])} does.
   *
   * @param cipher the ciphertext
   * @return the body
   * @throws IllegalArgumentException if the ciphertext is not a valid frame
   */
  public byte[] decrypt(byte[] cipher) {
    if (cipher.length % 8 != 0 || cipher.length < 16) {
      throw new IllegalArgumentException("bad length");
    }
    byte[] frame = new byte[cipher.length];
    byte[] prevPlain = new byte[8];
    byte[] prevCrypt = new byte[8];
    for (int pos = 0; pos < cipher.length; pos += 8) {
      byte[] crypt = Arrays.copyOfRange(cipher, pos, pos + 8);
      byte[] mixed = new byte[8];
      for (int j = 0; j < 8; j++) {
        mixed[j] = (byte) (crypt[j] ^ prevPlain[j]);
      }
      byte[] plain = teaDecryptEcb(mixed, key);
      for (int j = 0; j < 8; j++) {
        frame[pos + j] = (byte) (plain[j] ^ prevCrypt[j]);
      }
      prevPlain = plain;
      prevCrypt = crypt;
    }
    int padLen = frame[0] & 7;
    int bodyLen = frame.length - 10 - padLen;
    if (bodyLen < 0) {
      throw new IllegalArgumentException("negative body length");
    }
    for (int i = frame.length - 7; i < frame.length; i++) {
      if (frame[i] != 0) {
        throw new IllegalArgumentException("non-zero tail");
      }
    }
    return Arrays.copyOfRange(frame, 3 + padLen, 3 + padLen + bodyLen);
  }

  private static byte[] teaEncryptEcb(byte[] in, byte[] key) {
    int y = toInt(in, 0);
    int z = toInt(in, 4);
    int a = toInt(key, 0);
    int b = toInt(key, 4);
    int c = toInt(key, 8);
    int d = toInt(key, 12);
    int sum = 0;
    for (int round = 0; round < 16; round++) {
      sum += DELTA;
      y += ((z << 4) + a) ^ (z + sum) ^ ((z >>> 5) + b);
      z += ((y << 4) + c) ^ (y + sum) ^ ((y >>> 5) + d);
    }
    byte[] out = new byte[8];
    fromInt(y, out, 0);
    fromInt(z, out, 4);
    return out;
  }

  private static byte[] teaDecryptEcb(byte[] in, byte[] key) {
    int y = toInt(in, 0);
    int z = toInt(in, 4);
    int a = toInt(key, 0);
    int b = toInt(key, 4);
    int c = toInt(key, 8);
    int d = toInt(key, 12);
    int sum = DELTA << 4;
    for (int round = 0; round < 16; round++) {
      z -= ((y << 4) + c) ^ (y + sum) ^ ((y >>> 5) + d);
      y -= ((z << 4) + a) ^ (z + sum) ^ ((z >>> 5) + b);
      sum -= DELTA;
    }
    byte[] out = new byte[8];
    fromInt(y, out, 0);
    fromInt(z, out, 4);
    return out;
  }

  private static int toInt(byte[] b, int off) {
    int v = 0;
    for (int i = 0; i < 4; i++) {
      v = (v << 8) | (b[off + i] & 0xFF);
    }
    return v;
  }

  private static void fromInt(int v, byte[] b, int off) {
    for (int i = 3; i >= 0; i--) {
      b[off + i] = (byte) v;
      v >>>= 8;
    }
  }
}
