/** Wire mapping of the QoS calls. Internal: not public API, may change in any release. */
package io.github.gamesdk.qos.internal;
