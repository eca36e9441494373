package io.github.gamesdk.redis;

import io.github.gamesdk.core.Nullable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

/**
 * A parsed {@code redis://} or {@code rediss://} URI: {@code [[user]:password@]host[:port][/db]}.
 * Error messages and {@link #redacted()} never contain the user information, which holds the
 * password.
 */
final class RedisUri {
  static final int DEFAULT_PORT = 6379;

  private final boolean tls;
  private final String host;
  private final int port;
  private final int database;
  @Nullable private final String user;
  @Nullable private final String password;

  private RedisUri(
      boolean tls, String host, int port, int database, @Nullable String user,
      @Nullable String password) {
    this.tls = tls;
    this.host = host;
    this.port = port;
    this.database = database;
    this.user = user;
    this.password = password;
  }

  /**
   * Parses a URI. A user information without a colon is the password (the form of {@code
   * redis://secret@host}); {@code redis://user:secret@host} carries an ACL user name as well.
   *
   * @param text the URI
   * @return the parts
   * @throws IllegalArgumentException naming what is wrong, never quoting the URI
   */
  static RedisUri parse(String text) {
    Objects.requireNonNull(text, "redisUri");
    URI uri;
    try {
      uri = new URI(text.trim());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("redisUri is not a valid URI (" + e.getReason() + ")");
    }
    String scheme = uri.getScheme();
    boolean tls;
    if ("redis".equalsIgnoreCase(scheme)) {
      tls = false;
    } else if ("rediss".equalsIgnoreCase(scheme)) {
      tls = true;
    } else {
      throw new IllegalArgumentException("redisUri must start with redis:// or rediss://");
    }
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      throw new IllegalArgumentException("redisUri has no host");
    }
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    int port = uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new IllegalArgumentException(
          "redisUri must not have a query or fragment; pass the timeout to create(...)");
    }
    String path = uri.getPath();
    int database = 0;
    if (path != null && !path.isEmpty() && !"/".equals(path)) {
      String db = path.substring(1);
      if (!db.matches("[0-9]{1,5}")) {
        throw new IllegalArgumentException("redisUri path must be /<database number>");
      }
      database = Integer.parseInt(db);
    }
    String user = null;
    String password = null;
    String userInfo = uri.getUserInfo();
    if (userInfo != null) {
      int colon = userInfo.indexOf(':');
      if (colon < 0) {
        password = userInfo;
      } else {
        user = colon == 0 ? null : userInfo.substring(0, colon);
        password = userInfo.substring(colon + 1);
      }
      if (password.isEmpty()) {
        password = null;
      }
    }
    return new RedisUri(tls, host, port, database, user, password);
  }

  boolean tls() {
    return tls;
  }

  String host() {
    return host;
  }

  int port() {
    return port;
  }

  int database() {
    return database;
  }

  @Nullable
  String user() {
    return user;
  }

  @Nullable
  String password() {
    return password;
  }

  /**
   * The URI without its user information.
   *
   * @return e.g. {@code redis://****@10.0.0.5:6379/0}, or without {@code ****@} when no
   *     password or user is set
   */
  String redacted() {
    String h = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
    return (tls ? "rediss://" : "redis://")
        + (user != null || password != null ? "****@" : "")
        + h + ":" + port + "/" + database;
  }

  @Override
  public String toString() {
    return redacted();
  }
}
