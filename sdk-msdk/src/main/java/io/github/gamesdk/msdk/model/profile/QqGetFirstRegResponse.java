package io.github.gamesdk.msdk.model.profile;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import org.immutables.value.Value;

/**
 * Answer of {@code /profile/qqget_first_reg} (seed 004 lines 1349-1353; example lines 1362-1369): {@code
 * need_pop}, {@code realname_flag} and {@code mobile_flag}, each the string {@code "1"} for yes.
 */
@Value.Immutable
@GameSdkStyle
@JsonSerialize(as = ImmutableQqGetFirstRegResponse.class)
@JsonDeserialize(as = ImmutableQqGetFirstRegResponse.class)
public abstract class QqGetFirstRegResponse extends FirstRegFlags {}
