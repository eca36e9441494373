package io.github.gamesdk.phonecheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gamesdk.core.error.ErrorCategory;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The enum holds exactly the table of seed 001 (lines 122-131), with the categories decided. */
class ErrorCodeTest {
  @Test
  void exactlyTheSeedsCodes() {
    Set<Long> codes = new HashSet<>();
    for (PhoneCheckErrorCode c : PhoneCheckErrorCode.values()) {
      if (c != PhoneCheckErrorCode.UNKNOWN) {
        codes.add(c.code());
        assertThat(PhoneCheckErrorCode.of(c.code())).isSameAs(c);
      }
    }
    Set<Long> seed = new HashSet<>();
    seed.add(0L);
    for (Object[] e : SeedAnswers.ERRORS) {
      seed.add(((Integer) e[0]).longValue());
    }
    assertThat(codes).isEqualTo(seed);
  }

  @Test
  void unknownCodesMapToUnknown() {
    for (long c : new long[] {2, -6, -7, -10, 100, Long.MIN_VALUE}) {
      assertThat(PhoneCheckErrorCode.of(c)).isEqualTo(PhoneCheckErrorCode.UNKNOWN);
    }
    assertThat(PhoneCheckErrorCode.UNKNOWN.category()).isEqualTo(ErrorCategory.UNKNOWN);
  }

  @Test
  void categories() {
    assertThat(PhoneCheckErrorCode.of(0).category()).isEqualTo(ErrorCategory.NONE);
    for (long c : new long[] {1, -1, -2, -3}) {
      assertThat(PhoneCheckErrorCode.of(c).category()).as("%d", c).isEqualTo(ErrorCategory.FIX_REQUEST);
    }
    assertThat(PhoneCheckErrorCode.of(-4).category()).isEqualTo(ErrorCategory.NONE);
    // -5: "请与供应商联系", contact the supplier; topping up is the only cure, never a retry.
    assertThat(PhoneCheckErrorCode.of(-5).category()).isEqualTo(ErrorCategory.CONTACT_VENDOR);
    assertThat(PhoneCheckErrorCode.of(-5).category().isRetryable()).isFalse();
    // -8: "请稍候再试", try again later.
    assertThat(PhoneCheckErrorCode.of(-8).category()).isEqualTo(ErrorCategory.RETRY);
    assertThat(PhoneCheckErrorCode.of(-8).category().isRetryable()).isTrue();
    assertThat(PhoneCheckErrorCode.of(-9).category()).isEqualTo(ErrorCategory.CONTACT_VENDOR);
  }
}
