package io.github.gamesdk.openapi.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gamesdk.core.Nullable;
import java.util.Map;

/**
 * The common answer of every OpenAPI V3 call (seed 002 §1.4-1.5, lines 30-46): {@code ret} ("ret
 * = 0: 正确返回,其他情况为异常"), {@code msg}, and the call's own fields. A client method returns a
 * response only when {@code ret} is 0; otherwise it throws {@link
 * io.github.gamesdk.core.error.ApiException} with the code, so the seed's error example {@code
 * {"ret":1000002,"msg":"您提交的参数不正确,请重新操作!","uin":0}} becomes an exception with code 1000002.
 */
public abstract class CommonResponse {
  /**
   * {@code ret}: 0 for success (seed 002 line 31). A number on the wire; a numeric string is
   * accepted.
   *
   * @return the code
   */
  @JsonProperty("ret")
  public abstract int ret();

  /**
   * {@code msg}: the gateway's message (seed 002 line 38); successful answers often have none.
   *
   * @return the message, or {@code null} when the answer has none
   */
  @JsonProperty("msg")
  @Nullable
  public abstract String msg();

  /**
   * Every field the model does not name, kept as it came (for example the error example's {@code
   * uin}, seed 002 line 39); written back out unchanged.
   *
   * @return the other fields
   */
  @JsonAnyGetter
  public abstract Map<String, Object> extra();
}
