/**
 * gamesdk core: what every vendor module shares. Sub-packages hold the signing schemes ({@code
 * sign}), the msdktea cipher ({@code tea}), transport ({@code http}), JSON ({@code json}), errors
 * ({@code error}) and log redaction ({@code log}).
 */
package io.github.gamesdk.core;
