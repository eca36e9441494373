/** Runnable examples of gamesdk, offline by default against the fakes of sdk-testkit. */
package io.github.gamesdk.examples;
