/** Wire mapping of the OpenAPI V3 calls. Internal: not public API, may change in any release. */
package io.github.gamesdk.openapi.internal;
