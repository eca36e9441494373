/** The configured Jackson mapper of gamesdk and lenient reading of vendor answers. */
package io.github.gamesdk.core.json;
