package io.github.gamesdk.msdk.model.relation;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.msdk.model.MsdkResponse;
import org.immutables.value.Value;

/**
 * Answer of {@code /relation/wx_mini_send_msg}: {@code ret} and {@code msg} only (seed 004 lines
 * 1312-1316; example lines 1331-1335).
 */
@Value.Immutable
@GameSdkStyle
@JsonSerialize(as = ImmutableWxMiniSendMsgResponse.class)
@JsonDeserialize(as = ImmutableWxMiniSendMsgResponse.class)
public abstract class WxMiniSendMsgResponse extends MsdkResponse {

}
