package io.github.gamesdk.testkit.qqconnect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.http.GameSdkHttp;
import io.github.gamesdk.core.http.Timeouts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Plays QQ VIP's order forwarding ("开通流水转发", seed 003 lines 826-925 and 1982-2047) against
 * a game's callback endpoint: builds the GET that QQ VIP sends, {@code
 * ?ts=<ms>&data=<URL-encoded JSON>&sign=md5(data+appkey)}, and can send it.
 *
 * <p>{@code data} is a JSON object whose values are all strings ("data 域为 json 格式数据(每个字段值都为
 * string)", line 866); {@code sign} is the lower-case hex MD5 of {@code data} followed by the
 * appkey, computed here with a fresh {@link MessageDigest} (PROTOCOLS.md §2), independently of the
 * SDK's {@code VipCallbackSigner}; {@code ts} is the sending time in milliseconds (line 864). Each
 * {@link Delivery} can be spoiled on purpose (forged or upper-case sign, old {@code ts}, changed
 * data, missing parameter) to test the receiver's checks. Immutable and thread-safe.
 *
 * <pre>{@code
 * VipCallbackSender qqVip = VipCallbackSender.create(Secret.of("callback-key"));
 * VipCallbackSender.Reply r = qqVip.seedExample().sendTo("http://127.0.0.1:8080/qqvip/callback");
 * assertThat(r.body()).isEqualTo("{\"ret\":0,\"msg\":\"succ\"}");
 * }</pre>
 */
public final class VipCallbackSender {
  /**
   * The order of the seed's example (lines 868-875): {@code aid aaaaa, msg_time 1507799551,
   * open_months 1, open_type vip, openid xjfdaldfjrefjfljljgfjg, order_id 20171012-1712128958}, in
   * the seed's field order.
   */
  public static final Map<String, String> SEED_EXAMPLE_ORDER;

  static {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("aid", "aaaaa");
    m.put("msg_time", "1507799551");
    m.put("open_months", "1");
    m.put("open_type", "vip");
    m.put("openid", "xjfdaldfjrefjfljljgfjg");
    m.put("order_id", "20171012-1712128958");
    SEED_EXAMPLE_ORDER = Collections.unmodifiableMap(m);
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private static volatile OkHttpClient http;

  private final Secret appKey;
  private final Clock clock;

  private VipCallbackSender(Secret appKey, Clock clock) {
    this.appKey = appKey;
    this.clock = clock;
  }

  /**
   * A sender that signs with one appkey and stamps {@code ts} from the system clock.
   *
   * @param appKey the key QQ VIP assigned for the game's callbacks ("数据校验 appkey", line 847)
   * @return the sender
   */
  public static VipCallbackSender create(Secret appKey) {
    return create(appKey, Clock.systemUTC());
  }

  /**
   * A sender that signs with one appkey and stamps {@code ts} from the given clock.
   *
   * @param appKey the key QQ VIP assigned for the game's callbacks ("数据校验 appkey", line 847)
   * @param clock the clock of {@code ts}
   * @return the sender
   */
  public static VipCallbackSender create(Secret appKey, Clock clock) {
    return new VipCallbackSender(
        Objects.requireNonNull(appKey, "appKey"), Objects.requireNonNull(clock, "clock"));
  }

  /**
   * The delivery of the seed's example order {@link #SEED_EXAMPLE_ORDER}, signed with this
   * sender's appkey (not the seed's illustrative sign, which does not reproduce).
   *
   * @return the delivery
   */
  public Delivery seedExample() {
    return delivery(SEED_EXAMPLE_ORDER);
  }

  /**
   * The delivery of an order given field by field; {@code data} is their compact JSON, in the
   * map's order, every value a string as the seed requires (line 866).
   *
   * @param order the {@code data} fields ({@code aid}, {@code msg_time}, {@code open_months},
   *     {@code open_type}, {@code openid}, {@code order_id}, lines 879-895)
   * @return the delivery
   */
  public Delivery delivery(Map<String, String> order) {
    Objects.requireNonNull(order, "order");
    String data;
    try {
      data = JSON.writeValueAsString(new LinkedHashMap<>(order));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return deliveryOfData(data);
  }

  /**
   * The delivery of a {@code data} text exactly as given (any spacing or field order), signed as
   * it is.
   *
   * @param data the {@code data} JSON text
   * @return the delivery
   */
  public Delivery deliveryOfData(String data) {
    Objects.requireNonNull(data, "data");
    return new Delivery(Long.toString(clock.millis()), data, md5Hex(data, appKey), null);
  }

  /**
   * {@code lower_hex(md5(data + appkey))}, PROTOCOLS.md §2, with a fresh {@link MessageDigest}.
   *
   * @param data the {@code data} text
   * @param appKey the appkey
   * @return 32 lower-case hex digits
   */
  static String md5Hex(String data, Secret appKey) {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("no MD5 in this JVM", e);
    }
    md.update(data.getBytes(StandardCharsets.UTF_8));
    md.update(appKey.revealBytes());
    StringBuilder hex = new StringBuilder(32);
    for (byte b : md.digest()) {
      hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
    }
    return hex.toString();
  }

  /**
   * The clock; never the appkey.
   *
   * @return {@code VipCallbackSender{appKey=****, clock=...}}
   */
  @Override
  public String toString() {
    return "VipCallbackSender{appKey=****, clock=" + clock + "}";
  }

  private static OkHttpClient http() {
    OkHttpClient c = http;
    if (c == null) {
      synchronized (VipCallbackSender.class) {
        c = http;
        if (c == null) {
          // Generous: a receiver under test may be a freshly started JVM on a loaded CI machine.
          c = GameSdkHttp.shared().derive(Timeouts.forServerLimit(Duration.ofSeconds(30)), false);
          http = c;
        }
      }
    }
    return c;
  }

  /**
   * One forwarded order: the three query parameters {@code ts}, {@code data} and {@code sign}
   * (lines 852-877). Immutable; each {@code with}-style method returns a changed copy.
   */
  public static final class Delivery {
    private final String ts;
    private final String data;
    private final String sign;
    private final String omitted;

    private Delivery(String ts, String data, String sign, @Nullable String omitted) {
      this.ts = ts;
      this.data = data;
      this.sign = sign;
      this.omitted = omitted;
    }

    /**
     * {@code ts}: when QQ VIP started forwarding, milliseconds since the epoch (line 864).
     *
     * @return the value sent
     */
    public String ts() {
      return ts;
    }

    /**
     * {@code data}: the order's JSON text, before URL-encoding (line 866).
     *
     * @return the value sent
     */
    public String data() {
      return data;
    }

    /**
     * {@code sign}: {@code md5(data + appkey)} unless spoiled (line 876).
     *
     * @return the value sent
     */
    public String sign() {
      return sign;
    }

    /**
     * The same delivery stamped at another time.
     *
     * @param epochMillis {@code ts}, milliseconds since the epoch
     * @return the changed copy
     */
    public Delivery ts(long epochMillis) {
      return new Delivery(Long.toString(epochMillis), data, sign, omitted);
    }

    /**
     * The same delivery stamped {@code age} before its current {@code ts}: a stale or replayed
     * delivery.
     *
     * @param age how much older
     * @return the changed copy
     */
    public Delivery olderBy(Duration age) {
      return ts(Long.parseLong(ts) - age.toMillis());
    }

    /**
     * The same delivery with its {@code sign}'s first hex digit changed: what a forger without the
     * appkey sends.
     *
     * @return the changed copy
     */
    public Delivery forgeSign() {
      char c = sign.isEmpty() ? '0' : sign.charAt(0);
      char other = c == '0' ? '1' : '0';
      return sign(other + (sign.isEmpty() ? "" : sign.substring(1)));
    }

    /**
     * The same delivery with its {@code sign} in upper-case hex, which receivers must accept
     * (PROTOCOLS.md §2: compare case-insensitively).
     *
     * @return the changed copy
     */
    public Delivery upperCaseSign() {
      return sign(sign.toUpperCase(Locale.ROOT));
    }

    /**
     * The same delivery with another {@code sign}.
     *
     * @param sign the value to send
     * @return the changed copy
     */
    public Delivery sign(String sign) {
      return new Delivery(ts, data, Objects.requireNonNull(sign, "sign"), omitted);
    }

    /**
     * The same delivery with other {@code data} but the old {@code sign}: data changed in transit.
     *
     * @param tampered the {@code data} to send
     * @return the changed copy
     */
    public Delivery tamperData(String tampered) {
      return new Delivery(ts, Objects.requireNonNull(tampered, "data"), sign, omitted);
    }

    /**
     * The same delivery without one of its parameters.
     *
     * @param param {@code ts}, {@code data} or {@code sign}
     * @return the changed copy
     */
    public Delivery without(String param) {
      if (!"ts".equals(param) && !"data".equals(param) && !"sign".equals(param)) {
        throw new IllegalArgumentException("param must be ts, data or sign");
      }
      return new Delivery(ts, data, sign, param);
    }

    /**
     * The parameters as the receiver decodes them, in the order {@code ts}, {@code data}, {@code
     * sign}.
     *
     * @return an unmodifiable map
     */
    public Map<String, String> params() {
      Map<String, String> p = new LinkedHashMap<>();
      p.put("ts", ts);
      p.put("data", data);
      p.put("sign", sign);
      if (omitted != null) {
        p.remove(omitted);
      }
      return Collections.unmodifiableMap(p);
    }

    /**
     * The query string as sent, every value URL-encoded (UTF-8): {@code
     * ts=1508210911065&data=%7B%22aid%22...&sign=...}.
     *
     * @return the query string, without {@code ?}
     */
    public String queryString() {
      StringBuilder q = new StringBuilder();
      for (Map.Entry<String, String> e : params().entrySet()) {
        if (q.length() > 0) {
          q.append('&');
        }
        q.append(e.getKey()).append('=').append(encode(e.getValue()));
      }
      return q.toString();
    }

    /**
     * The full URL QQ VIP requests: the receiver's configured address ("流水接收地址", line 845)
     * with this delivery's query string appended.
     *
     * @param receiverUrl the game's callback URL, for example {@code
     *     http://10.100.70.5/cgi-bin/srfentry.fcgi}
     * @return the URL
     */
    public String url(String receiverUrl) {
      Objects.requireNonNull(receiverUrl, "receiverUrl");
      String sep =
          receiverUrl.endsWith("?") || receiverUrl.endsWith("&")
              ? ""
              : receiverUrl.contains("?") ? "&" : "?";
      return receiverUrl + sep + queryString();
    }

    /**
     * Sends this delivery as QQ VIP does, a GET ("流水转发统一使用 get 请求", line 923), and reads
     * the receiver's answer.
     *
     * @param receiverUrl the game's callback URL
     * @return the answer
     * @throws UncheckedIOException if the receiver cannot be reached
     * @throws IllegalArgumentException if the URL is not http(s)
     */
    public Reply sendTo(String receiverUrl) {
      HttpUrl url = HttpUrl.parse(url(receiverUrl));
      if (url == null) {
        throw new IllegalArgumentException("receiverUrl must be an http(s) URL");
      }
      Request request = new Request.Builder().url(url).get().build();
      try (Response response = http().newCall(request).execute()) {
        ResponseBody body = response.body();
        return new Reply(response.code(), body.string());
      } catch (IOException e) {
        throw new UncheckedIOException("the VIP callback receiver could not be reached", e);
      }
    }

    /**
     * The delivery without its {@code sign}'s value.
     *
     * @return {@code Delivery{ts=..., data=..., sign=****}}
     */
    @Override
    public String toString() {
      return "Delivery{ts=" + ts + ", data=" + data + ", sign=****"
          + (omitted == null ? "" : ", without " + omitted) + "}";
    }

    private static String encode(String s) {
      try {
        return URLEncoder.encode(s, StandardCharsets.UTF_8.name());
      } catch (UnsupportedEncodingException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** The receiver's answer to a delivery (seed 003 lines 906-919: {@code {"ret":0,"msg":"succ"}}). */
  public static final class Reply {
    private final int httpStatus;
    private final String body;

    private Reply(int httpStatus, String body) {
      this.httpStatus = httpStatus;
      this.body = body;
    }

    /**
     * The HTTP status.
     *
     * @return the status
     */
    public int httpStatus() {
      return httpStatus;
    }

    /**
     * The body as received.
     *
     * @return the body
     */
    public String body() {
      return body;
    }

    /**
     * Whether the receiver acknowledged the order: HTTP 2xx and {@code ret} 0 ("ret int 返回值，0
     * 为正常", line 917).
     *
     * @return whether QQ VIP would stop forwarding this order
     */
    public boolean acknowledged() {
      if (httpStatus < 200 || httpStatus >= 300) {
        return false;
      }
      try {
        JsonNode tree = JSON.readTree(body);
        return tree != null && tree.path("ret").isIntegralNumber() && tree.path("ret").asInt() == 0;
      } catch (IOException e) {
        return false;
      }
    }

    /**
     * The status and body.
     *
     * @return {@code Reply{HTTP 200, {"ret":0,"msg":"succ"}}}
     */
    @Override
    public String toString() {
      return "Reply{HTTP " + httpStatus + ", " + body + "}";
    }
  }
}
