/** Wire mapping of the QQ Connect calls. Internal: not public API, may change in any release. */
package io.github.gamesdk.qqconnect.internal;
