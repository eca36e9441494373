package io.github.gamesdk.msdk.model.profile;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.msdk.model.MsdkResponse;
import org.immutables.value.Value;

/**
 * Answer of {@code /profile/qqscore_batch}: {@code ret} and {@code msg} (seed 004 lines
 * 1528-1532). The example (line 1558) also carries {@code "type":0}, which the table does not
 * document; it is kept in {@link #extra()}.
 */
@Value.Immutable
@GameSdkStyle
@JsonSerialize(as = ImmutableQqScoreBatchResponse.class)
@JsonDeserialize(as = ImmutableQqScoreBatchResponse.class)
public abstract class QqScoreBatchResponse extends MsdkResponse {}
