package io.github.gamesdk.phonecheck.model;

import io.github.gamesdk.core.Nullable;

/** Splits {@code Area} ("省-市", seed 001 line 117) into province and city. */
final class Areas {
  private Areas() {}

  /**
   * Splits an area at its first run of separators: {@code -} (the seed's), full-width {@code －},
   * or white space.
   *
   * @param area the raw area
   * @return {province, city}, the city {@code null} when there is none; {@code null} for a blank
   *     or absent area
   */
  @Nullable
  static String[] split(@Nullable String area) {
    if (area == null) {
      return null;
    }
    String a = area.trim();
    if (a.isEmpty()) {
      return null;
    }
    for (int i = 0; i < a.length(); i++) {
      if (isSeparator(a.charAt(i))) {
        int j = i;
        while (j < a.length() && isSeparator(a.charAt(j))) {
          j++;
        }
        String province = a.substring(0, i);
        String city = a.substring(j).trim();
        return new String[] {
          province.isEmpty() ? null : province, city.isEmpty() ? null : city
        };
      }
    }
    return new String[] {a, null};
  }

  private static boolean isSeparator(char c) {
    return c == '-' || c == '－' || Character.isWhitespace(c) || c == '\u3000';
  }
}
