package io.github.gamesdk.core.http;

import io.github.gamesdk.core.error.ApiException;
import io.github.gamesdk.core.error.GameSdkException;
import io.github.gamesdk.core.error.InvalidRequestException;
import io.github.gamesdk.core.error.ResponseFormatException;
import io.github.gamesdk.core.error.TransportException;

/** How a call ended, for logging and metrics. */
public enum CallOutcome {
  /** The vendor answered success. */
  SUCCESS,
  /** The vendor answered with an error code ({@link ApiException}). */
  VENDOR_ERROR,
  /** The request was rejected before sending ({@link InvalidRequestException}). */
  INVALID_REQUEST,
  /** I/O failure, timeout or HTTP error status ({@link TransportException}). */
  TRANSPORT_FAILURE,
  /** The answer was not of the documented shape ({@link ResponseFormatException}). */
  BAD_RESPONSE;

  /**
   * The outcome a failure stands for.
   *
   * @param failure the exception the call ended with, or {@code null} for success
   * @return the outcome
   */
  public static CallOutcome of(GameSdkException failure) {
    if (failure == null) {
      return SUCCESS;
    }
    if (failure instanceof ApiException) {
      return VENDOR_ERROR;
    }
    if (failure instanceof InvalidRequestException) {
      return INVALID_REQUEST;
    }
    if (failure instanceof TransportException) {
      return TRANSPORT_FAILURE;
    }
    return BAD_RESPONSE;
  }
}
