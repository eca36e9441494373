/** Wire mapping of the PhoneCheck call. Internal: not public API, may change in any release. */
package io.github.gamesdk.phonecheck.internal;
