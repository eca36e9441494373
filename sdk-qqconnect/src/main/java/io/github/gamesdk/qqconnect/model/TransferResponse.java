package io.github.gamesdk.qqconnect.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import org.immutables.value.Value;

/**
 * Answer of a transfer-CGI {@code cmd} that the SDK has no typed model for, called through {@code
 * QqConnectClient.transfer}: the common answer of seed 003 lines 1604-1612.
 */
@Value.Immutable
@GameSdkStyle
@JsonSerialize(as = ImmutableTransferResponse.class)
@JsonDeserialize(as = ImmutableTransferResponse.class)
public abstract class TransferResponse extends TransferCgiResponse {}
