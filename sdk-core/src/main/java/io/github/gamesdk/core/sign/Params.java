package io.github.gamesdk.core.sign;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;

/**
 * Sorting and checking of request parameters for the map-based schemes: PROTOCOLS.md §1 (QQ
 * Connect, all but {@code sign}), §5 (Tencent Cloud API 2.0, all but {@code Signature}) and §6
 * (OpenAPI V3, all but {@code sig}). Every one sorts parameter names in byte order of their UTF-8
 * encoding.
 */
final class Params {
  /**
   * Orders names as their UTF-8 bytes compare, which is Unicode code point order. It differs from
   * {@link String#compareTo} only between a supplementary character (a surrogate pair) and a
   * character from U+E000 to U+FFFF; the fix-up below is the usual one for that case.
   */
  static final Comparator<String> BYTE_ORDER = Params::compareByteOrder;

  private Params() {}

  /**
   * The parameters in byte order of their names, without the one named {@code excluded}.
   * Parameter values are checked as they are read, with {@link #value(Map.Entry)}.
   *
   * <p>A {@link SortedMap} with natural ordering (or {@link #BYTE_ORDER}) is iterated as it is,
   * once a single pass has confirmed that its order is byte order; anything else is copied and
   * sorted.
   *
   * @param params the request parameters
   * @param excluded the name of the signature parameter, which is never signed
   * @return the parameters to sign, in signing order
   * @throws NullPointerException if {@code params} is {@code null}
   * @throws IllegalArgumentException if a parameter name is {@code null}
   */
  static Iterable<Map.Entry<String, String>> sorted(
      Map<String, String> params, String excluded) {
    Objects.requireNonNull(params, "params");
    if (params instanceof SortedMap && inByteOrder((SortedMap<String, String>) params)) {
      return () -> new Skipping(params.entrySet().iterator(), excluded);
    }
    List<Map.Entry<String, String>> list = new ArrayList<>(params.size());
    for (Map.Entry<String, String> e : params.entrySet()) {
      String name = e.getKey();
      if (name == null) {
        throw new IllegalArgumentException("a parameter has no name (null)");
      }
      if (!name.equals(excluded)) {
        list.add(e);
      }
    }
    list.sort((a, b) -> compareByteOrder(a.getKey(), b.getKey()));
    return list;
  }

  /**
   * The value of a parameter, checked.
   *
   * @param e a parameter
   * @return its value
   * @throws IllegalArgumentException if the value is {@code null}
   */
  static String value(Map.Entry<String, String> e) {
    String v = e.getValue();
    if (v == null) {
      throw new IllegalArgumentException("parameter " + e.getKey() + " has no value");
    }
    return v;
  }

  /**
   * Checks an HTTP method: PROTOCOLS.md §5 and §6 put it at the start of the signed text, and it
   * must be the method the request is sent with.
   *
   * @param httpMethod {@code GET} or {@code POST}
   * @return {@code httpMethod}
   * @throws IllegalArgumentException for anything else, including {@code null} and lower case
   */
  static String httpMethod(String httpMethod) {
    if (!"GET".equals(httpMethod) && !"POST".equals(httpMethod)) {
      throw new IllegalArgumentException(
          "httpMethod must be GET or POST (upper case), not " + httpMethod);
    }
    return httpMethod;
  }

  private static boolean inByteOrder(SortedMap<String, String> params) {
    Comparator<? super String> cmp = params.comparator();
    if (cmp != null && cmp != BYTE_ORDER) {
      return false;
    }
    String previous = null;
    for (String name : params.keySet()) {
      if (name == null) {
        throw new IllegalArgumentException("a parameter has no name (null)");
      }
      if (previous != null && compareByteOrder(previous, name) >= 0) {
        return false;
      }
      previous = name;
    }
    return true;
  }

  /**
   * Compares two names as their UTF-8 encodings compare byte by byte (unsigned).
   *
   * @param a a name
   * @param b another name
   * @return negative, zero or positive as {@code a} sorts before, with or after {@code b}
   */
  static int compareByteOrder(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y) {
        if (x >= 0xD800 && y >= 0xD800) {
          x = fixUp(x);
          y = fixUp(y);
        }
        return x - y;
      }
    }
    return a.length() - b.length();
  }

  /** Moves surrogates above U+E000..U+FFFF, so that char order becomes code point order. */
  private static char fixUp(char c) {
    return (char) (c >= 0xE000 ? c - 0x800 : c + 0x2000);
  }

  /** Iterates a map's entries, leaving out the one with the excluded name. */
  private static final class Skipping implements Iterator<Map.Entry<String, String>> {
    private final Iterator<Map.Entry<String, String>> it;
    private final String excluded;
    private Map.Entry<String, String> next;

    Skipping(Iterator<Map.Entry<String, String>> it, String excluded) {
      this.it = it;
      this.excluded = excluded;
      advance();
    }

    private void advance() {
      next = null;
      while (it.hasNext()) {
        Map.Entry<String, String> e = it.next();
        if (!excluded.equals(e.getKey())) {
          next = e;
          return;
        }
      }
    }

    @Override
    public boolean hasNext() {
      return next != null;
    }

    @Override
    public Map.Entry<String, String> next() {
      if (next == null) {
        throw new java.util.NoSuchElementException();
      }
      Map.Entry<String, String> e = next;
      advance();
      return e;
    }
  }
}
