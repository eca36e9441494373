package io.github.gamesdk.msdk.model.relation;

import io.github.gamesdk.core.Nullable;

/**
 * {@code data.relation} of {@code /relation/get_groupinfov2} (seed 004 line 573): the user's relation to
 * the group. Read from the answer's number by {@link GroupRelationInfo#relationKind()}.
 */
public enum GroupRelation {
  /** 1: group owner (그룹 주인). */
  OWNER(1),
  /** 2: administrator (관리자). */
  ADMIN(2),
  /** 3: ordinary member (일반 구성원). */
  MEMBER(3),
  /** 4: not a member (비구성원). */
  NOT_MEMBER(4);

  private final int code;

  GroupRelation(int code) {
    this.code = code;
  }

  /**
   * The value of a wire code.
   *
   * @param code the value
   * @return the constant, or {@code null} for a value the seed does not list
   */
  @Nullable
  public static GroupRelation of(int code) {
    for (GroupRelation v : values()) {
      if (v.code == code) {
        return v;
      }
    }
    return null;
  }

  /**
   * The value on the wire.
   *
   * @return 1 to 4
   */
  public int code() {
    return code;
  }
}
