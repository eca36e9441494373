/** JMH benchmarks of gamesdk; each reports a ratio against a baseline measured in the same run. */
package io.github.gamesdk.benchmarks;
