/** Redaction of secrets and masking of phone numbers for logs and exception messages. */
package io.github.gamesdk.core.log;
