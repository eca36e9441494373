package io.github.gamesdk.msdk.model.profile;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import org.immutables.value.Value;

/**
 * Answer of {@code /profile/wxget_first_reg} (seed 004 lines 1755-1759; example lines 1768-1775): {@code
 * need_pop}, {@code realname_flag} and {@code mobile_flag}, each the string {@code "1"} for yes.
 */
@Value.Immutable
@GameSdkStyle
@JsonSerialize(as = ImmutableWxGetFirstRegResponse.class)
@JsonDeserialize(as = ImmutableWxGetFirstRegResponse.class)
public abstract class WxGetFirstRegResponse extends FirstRegFlags {}
