/**
 * Models of the login calls, {@code /auth/*} (seed 004 lines 61-190): {@code verify_login}, {@code
 * check_token}, {@code guest_check_token}, {@code get_pfval}.
 */
package io.github.gamesdk.msdk.model.auth;
