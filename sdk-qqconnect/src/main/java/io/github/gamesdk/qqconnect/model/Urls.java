package io.github.gamesdk.qqconnect.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** URL checks shared by the request models. */
final class Urls {
  private Urls() {}

  static boolean isHttpUrl(String s) {
    try {
      URI u = new URI(s);
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
