package io.github.gamesdk.benchmarks;

import com.tencentcloudapi.common.Sign;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.sign.CloudApiV2Signer;
import io.github.gamesdk.core.sign.MsdkSigner;
import io.github.gamesdk.core.sign.OpenApiV3Signer;
import io.github.gamesdk.core.sign.QqConnectSigner;
import io.github.gamesdk.core.sign.VipCallbackSigner;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Signing throughput (DESIGN.md §7: at least 2× the operations per second of tencentcloud-sdk-java
 * -common's {@code Sign}, which creates a {@code Mac} on every call).
 *
 * <p>The QoS request of seed 000 ({@code Action=geturl}, PROTOCOLS.md §5) is signed end to end from
 * its parameter map by {@link CloudApiV2Signer} and by the baseline ({@code TreeMap} + {@code
 * Sign.makeSignPlainText} + {@code Sign.sign} with {@code HmacSHA256}, as Tencent's SDK does); the
 * baseline's {@code Sign.sign} alone on the prepared plain text is measured too. The other schemes
 * (PROTOCOLS.md §1, §2, §3 and §6) are measured for their own ops/s.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar SigningBenchmark}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class SigningBenchmark {
  private static final String SECRET_KEY = "Gu5t9xGARNpq86cd98joQYCN3Cozk1qA";
  private static final String HOST = "qos.api.cloud.tencent.com";
  private static final String PATH = "/qos";

  private Map<String, String> qosParams;
  private String qosPlainText;
  private CloudApiV2Signer cloudApiV2;

  private Map<String, String> qqConnectParams;
  private QqConnectSigner qqConnect;

  private MsdkSigner msdk;

  private String vipData;
  private String vipSign;
  private VipCallbackSigner vipCallback;

  private Map<String, String> openApiParams;
  private OpenApiV3Signer openApiV3;

  /**
   * Builds the requests and checks that ours and the baseline sign the QoS request alike.
   *
   * @throws TencentCloudSDKException if the baseline fails
   */
  @Setup
  public void setUp() throws TencentCloudSDKException {
    // Seed 000, "获取运营商接口URL", example input.
    qosParams = new LinkedHashMap<>();
    qosParams.put("Action", "geturl");
    qosParams.put("ReqType", "1");
    qosParams.put("GameId", "8282828");
    qosParams.put("SecretId", "AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA");
    qosParams.put("VersionId", "1.2");
    qosParams.put("PrivateIP", "23.4.5.5");
    qosParams.put("PublicIP", "124.4.5.6");
    qosParams.put("DeviceCode", "xxx-yyy");
    qosParams.put("Timestamp", "1496203804");
    qosParams.put("Nonce", "345666");
    qosParams.put("SignatureMethod", "HmacSHA256");
    cloudApiV2 = CloudApiV2Signer.of(Secret.of(SECRET_KEY));
    qosPlainText = Sign.makeSignPlainText(new TreeMap<>(qosParams), "GET", HOST, PATH);
    String ours = cloudApiV2.sign("GET", HOST, PATH, qosParams).signature();
    String theirs = Sign.sign(SECRET_KEY, qosPlainText, "HmacSHA256");
    if (!ours.equals(theirs)) {
      throw new IllegalStateException("CloudApiV2Signer and Sign disagree: " + qosPlainText);
    }

    // Seed 003, the transfer CGI worked example (PROTOCOLS.md §1).
    qqConnectParams = new LinkedHashMap<>();
    qqConnectParams.put("oauth_consumer_key", "100330589");
    qqConnectParams.put("access_token", "1821FD577DD45526CA6EA2ADAC685508");
    qqConnectParams.put("openid", "29439511BB5D23F36BD09F5B0DF94181");
    qqConnectParams.put("cmd", "qc_set_summary_card");
    qqConnectParams.put("card_id", "11746");
    qqConnectParams.put("style_id", "1");
    qqConnectParams.put("version", "7.2.5");
    qqConnectParams.put("platform", "2");
    qqConnect = QqConnectSigner.of(Secret.of("123456"));

    msdk = MsdkSigner.of(Secret.of("f92212f75cd0123456789abcdef01234"));

    vipData =
        "{\"appid\":\"1111\",\"aid\":\"aaaa\",\"uin\":\"10001\",\"ts\":1514736000000,"
            + "\"num\":1,\"payitem\":\"vip_month\"}";
    vipCallback = VipCallbackSigner.of(Secret.of("ffff"));
    vipSign = vipCallback.sign(vipData).signature();

    // PROTOCOLS.md §6 wiki example.
    openApiParams = new LinkedHashMap<>();
    openApiParams.put("openid", "11111111111111111");
    openApiParams.put("openkey", "2222222222222222");
    openApiParams.put("appid", "123456");
    openApiParams.put("pf", "qzone");
    openApiParams.put("format", "json");
    openApiParams.put("userip", "112.90.139.30");
    openApiV3 = OpenApiV3Signer.of(Secret.of("228bf094169a40a3bd188ba37ebe8723"));
  }

  /**
   * Baseline, end to end: sort into a {@code TreeMap}, build the plain text, sign (a new {@code
   * Mac} per call).
   *
   * @return the signature
   * @throws TencentCloudSDKException if the baseline fails
   */
  @Benchmark
  public String qosTencentSdkEndToEnd() throws TencentCloudSDKException {
    String plainText = Sign.makeSignPlainText(new TreeMap<>(qosParams), "GET", HOST, PATH);
    return Sign.sign(SECRET_KEY, plainText, "HmacSHA256");
  }

  /**
   * Baseline, {@code Sign.sign} alone on the prepared plain text.
   *
   * @return the signature
   * @throws TencentCloudSDKException if the baseline fails
   */
  @Benchmark
  public String qosTencentSdkSignOnly() throws TencentCloudSDKException {
    return Sign.sign(SECRET_KEY, qosPlainText, "HmacSHA256");
  }

  /**
   * Ours, end to end from the parameter map (sort, plain text, HMAC-SHA256, base64).
   *
   * @return the signature
   */
  @Benchmark
  public String qosCloudApiV2Signer() {
    return cloudApiV2.sign("GET", HOST, PATH, qosParams).signature();
  }

  /**
   * QQ Connect {@code sign} of the seed example (PROTOCOLS.md §1).
   *
   * @return the signature
   */
  @Benchmark
  public String qqConnectSigner() {
    return qqConnect.sign(qqConnectParams).signature();
  }

  /**
   * MSDK {@code sig} (PROTOCOLS.md §3).
   *
   * @return the signature
   */
  @Benchmark
  public String msdkSigner() {
    return msdk.sign(1496203804L).signature();
  }

  /**
   * QQ VIP callback {@code sign} (PROTOCOLS.md §2).
   *
   * @return the signature
   */
  @Benchmark
  public String vipCallbackSign() {
    return vipCallback.sign(vipData).signature();
  }

  /**
   * QQ VIP callback {@code sign} check (PROTOCOLS.md §2).
   *
   * @return whether it matched
   */
  @Benchmark
  public boolean vipCallbackVerify() {
    return vipCallback.verify(vipData, vipSign);
  }

  /**
   * OpenAPI V3 {@code sig} of the wiki example (PROTOCOLS.md §6).
   *
   * @return the signature
   */
  @Benchmark
  public String openApiV3Signer() {
    return openApiV3.sign("GET", "/v3/user/get_info", openApiParams).signature();
  }
}
