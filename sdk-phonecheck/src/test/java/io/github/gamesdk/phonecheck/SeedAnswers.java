package io.github.gamesdk.phonecheck;

/**
 * The answers of seed 001 ({@code 001_882cb9da25f5b70c.txt}) exactly as the document prints them,
 * unquoted keys and layout included, and error answers in the same shape with the error table's
 * wording (the seed shows no error answer of its own).
 */
final class SeedAnswers {
  private SeedAnswers() {}

  /** Seed 001 lines 82-90: the documented answer, a number that is not a privacy number. */
  static final String NOT_PRIVACY =
      "{\n"
          + "  code: 0,\n"
          + "  reason: \"Succ\",\n"
          + "  result:\n"
          + "  {Mobile: \"18819079212\",\n"
          + "  Status: \"非隐私号\",\n"
          + "  Area: \"广东-深圳\",\n"
          + "  Now_isp: \"中国移动\"}\n"
          + "}";

  /** Seed 001 lines 98-107: the answer captured in a browser, a privacy number. */
  static final String PRIVACY =
      "{\n"
          + "  code: 0,\n"
          + "  reason: \"Succ\",\n"
          + "  result: {\n"
          + "    Mobile: \"18466849135\",\n"
          + "    Status: \"隐私号\",\n"
          + "    Area: \"上海-上海\",\n"
          + "    Now_isp: \"中国移动\"\n"
          + "  }\n"
          + "}";

  /** The error table, seed 001 lines 124-131: code and its text, in the table's order. */
  static final Object[][] ERRORS = {
    {1, "请求参数缺失,apikey 长度不对,查询的手机号码长度不对,查询的手机号码有误"},
    {-1, "apikey 信息不匹配(用户信息不正确)apikey 不正确"},
    {-2, "查询的手机号码长度不对"},
    {-3, "请填写正确的手机号码"},
    {-4, "未查询到相关信息或填写正确的手机号码再查询"},
    {-5, "当前余额不足发起本次查询请求,请与供应商联系"},
    {-8, "系统错误,请稍候再试"},
    {-9, "ip 地址鉴权失败"},
  };

  /**
   * An error answer in the documented shape (line 111-112: {@code code} and its {@code reason}),
   * with unquoted keys like the seed's examples.
   */
  static String error(int code, String reason) {
    return "{\n  code: " + code + ",\n  reason: \"" + reason + "\"\n}";
  }
}
