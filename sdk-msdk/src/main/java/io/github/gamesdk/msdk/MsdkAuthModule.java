package io.github.gamesdk.msdk;

/**
 * The module name of the login calls in the URL. Seed 004 ("로그인", line 61): "모든 인터페이스 로그인
 * 기능 분류 명칭 auth 및 wxoauth는 효과가 같으며 서로 교체할 수 있음" — {@code auth} and {@code wxoauth}
 * have the same effect and can replace each other (PROTOCOLS.md §3). The SDK sends {@link #AUTH}
 * unless {@link MsdkClient.Builder#authModule(MsdkAuthModule)} says otherwise.
 */
public enum MsdkAuthModule {
  /** {@code /auth/...}, as every example of the seed writes it. */
  AUTH("auth"),
  /** {@code /wxoauth/...}, the interchangeable name. */
  WXOAUTH("wxoauth");

  private final String pathName;

  MsdkAuthModule(String pathName) {
    this.pathName = pathName;
  }

  /**
   * The name as it appears in the path.
   *
   * @return {@code auth} or {@code wxoauth}
   */
  public String pathName() {
    return pathName;
  }
}
