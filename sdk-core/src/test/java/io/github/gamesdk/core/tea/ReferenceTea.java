package io.github.gamesdk.core.tea;

import java.util.Arrays;

/**
 * An independent, deliberately plain implementation of {@code msdktea}, written from the rules of
 * {@code shared/PROTOCOLS.md} §4 only: the frame is built as a whole array, every 8-byte block is
 * copied out into its own array, TEA runs on masked {@code long}s and the chaining XORs byte
 * arrays. It is slow and allocates per block; its only purpose is to be checked against {@link
 * MsdkTea}.
 */
final class ReferenceTea {
  private static final long MASK = 0xFFFFFFFFL;
  private static final long DELTA = 0x9E3779B9L;

  private final byte[] key;

  ReferenceTea(byte[] key) {
    if (key.length != 16) {
      throw new IllegalArgumentException("key length");
    }
    this.key = key.clone();
  }

  /** Raw TEA, 16 rounds, on one block. */
  byte[] teaEncrypt(byte[] block) {
    long y = word(block, 0);
    long z = word(block, 4);
    long a = word(key, 0);
    long b = word(key, 4);
    long c = word(key, 8);
    long d = word(key, 12);
    long sum = 0;
    for (int round = 1; round <= 16; round++) {
      sum = (sum + DELTA) & MASK;
      y = (y + ((((z << 4) & MASK) + a) ^ (z + sum) ^ ((z >>> 5) + b))) & MASK;
      z = (z + ((((y << 4) & MASK) + c) ^ (y + sum) ^ ((y >>> 5) + d))) & MASK;
    }
    byte[] out = new byte[8];
    putWord(out, 0, y);
    putWord(out, 4, z);
    return out;
  }

  /** Inverse of {@link #teaEncrypt(byte[])}. */
  byte[] teaDecrypt(byte[] block) {
    long y = word(block, 0);
    long z = word(block, 4);
    long a = word(key, 0);
    long b = word(key, 4);
    long c = word(key, 8);
    long d = word(key, 12);
    long sum = (DELTA * 16) & MASK;
    for (int round = 1; round <= 16; round++) {
      z = (z - ((((y << 4) & MASK) + c) ^ (y + sum) ^ ((y >>> 5) + d))) & MASK;
      y = (y - ((((z << 4) & MASK) + a) ^ (z + sum) ^ ((z >>> 5) + b))) & MASK;
      sum = (sum - DELTA) & MASK;
    }
    byte[] out = new byte[8];
    putWord(out, 0, y);
    putWord(out, 4, z);
    return out;
  }

  /** Frame and encrypt; {@code random} holds at least the header, padding and salt bytes. */
  byte[] encrypt(byte[] body, byte[] random) {
    int n = body.length;
    int padLen = (8 - (n + 10) % 8) % 8;
    byte[] frame = new byte[n + 10 + padLen];
    int r = 0;
    frame[0] = (byte) ((random[r++] & 0xF8) | padLen);
    for (int i = 0; i < padLen; i++) {
      frame[1 + i] = random[r++];
    }
    frame[1 + padLen] = random[r++];
    frame[2 + padLen] = random[r++];
    for (int i = 0; i < n; i++) {
      frame[3 + padLen + i] = body[i];
    }
    // frame[frame.length - 7 ..] stay zero.
    byte[] result = new byte[frame.length];
    byte[] previousCipher = new byte[8];
    byte[] previousX = new byte[8];
    for (int block = 0; block < frame.length / 8; block++) {
      byte[] plain = Arrays.copyOfRange(frame, block * 8, block * 8 + 8);
      byte[] x = xor(plain, previousCipher);
      byte[] cipher = xor(teaEncrypt(x), previousX);
      System.arraycopy(cipher, 0, result, block * 8, 8);
      previousCipher = cipher;
      previousX = x;
    }
    return result;
  }

  /**
   * Decrypt and unframe.
   *
   * @throws IllegalArgumentException for every input the rules reject
   */
  byte[] decrypt(byte[] cipherText) {
    if (cipherText.length % 8 != 0 || cipherText.length < 16) {
      throw new IllegalArgumentException("length");
    }
    byte[] frame = new byte[cipherText.length];
    byte[] previousCipher = new byte[8];
    byte[] previousX = new byte[8];
    for (int block = 0; block < frame.length / 8; block++) {
      byte[] cipher = Arrays.copyOfRange(cipherText, block * 8, block * 8 + 8);
      byte[] x = teaDecrypt(xor(cipher, previousX));
      byte[] plain = xor(x, previousCipher);
      System.arraycopy(plain, 0, frame, block * 8, 8);
      previousCipher = cipher;
      previousX = x;
    }
    int padLen = frame[0] & 7;
    int n = frame.length - 10 - padLen;
    if (n < 0) {
      throw new IllegalArgumentException("negative body length");
    }
    for (int i = frame.length - 7; i < frame.length; i++) {
      if (frame[i] != 0) {
        throw new IllegalArgumentException("tail");
      }
    }
    return Arrays.copyOfRange(frame, 3 + padLen, 3 + padLen + n);
  }

  private static byte[] xor(byte[] a, byte[] b) {
    byte[] out = new byte[8];
    for (int i = 0; i < 8; i++) {
      out[i] = (byte) (a[i] ^ b[i]);
    }
    return out;
  }

  private static long word(byte[] b, int i) {
    long w = 0;
    for (int j = 0; j < 4; j++) {
      w = (w << 8) | (b[i + j] & 0xFF);
    }
    return w;
  }

  private static void putWord(byte[] b, int i, long w) {
    for (int j = 3; j >= 0; j--) {
      b[i + j] = (byte) w;
      w >>>= 8;
    }
  }
}
