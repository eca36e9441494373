/**
 * Wire mapping of the MSDK calls: URL, fixed query parameters and {@code sig}, JSON body, {@code
 * msdktea}, answer and error mapping, platform-code tables, JSON helpers and limit checks used by
 * the models. Internal: not public API, may change in any release.
 *
 * <h2>Adding an MSDK endpoint</h2>
 *
 * <p>The wire needs no change: {@link io.github.gamesdk.msdk.internal.MsdkWire} runs every row of
 * {@link io.github.gamesdk.msdk.MsdkEndpoints}, and {@code gamesdk-cli call msdk module/iface}
 * finds the row by name. To add a call {@code /module/interface}:
 *
 * <ol>
 *   <li><b>Request model</b> in {@code io.github.gamesdk.msdk.model.<module>} (one subpackage per
 *       module, with a {@code package-info.java}): an {@code abstract class FooRequest implements
 *       MsdkRequest} with {@code @Value.Immutable @GameSdkStyle}, {@code @JsonPropertyOrder} in the
 *       example's order, {@code @JsonSerialize(as = ImmutableFooRequest.class)} and {@code
 *       @JsonDeserialize(as = ImmutableFooRequest.class)}, a static {@code builder()}, and one
 *       accessor per row of the seed's table with {@code @JsonProperty} in the seed's exact spelling
 *       and exactly the seed's JSON type ({@code int} columns are Java {@code int}/{@code long},
 *       {@code string} columns are {@code String} even when they hold digits: the server answers
 *       {@code -1011} otherwise). Tokens are {@link io.github.gamesdk.core.Secret} with {@code
 *       @JsonSerialize(using = SecretJson.Serializer.class) @JsonDeserialize(using =
 *       SecretJson.Deserializer.class)}. Optional fields are {@code @io.github.gamesdk.core.Nullable}
 *       (left out of the JSON when null); fields with a documented default are {@code
 *       @Value.Default}; lists are never null. Values the seed enumerates are Java enums with a
 *       {@code @JsonValue} wire value (see {@code PfPlatform}). Every documented limit goes in a
 *       {@code @Value.Check} method through {@link io.github.gamesdk.msdk.internal.Checks} ({@code
 *       notBlank}, {@code maxBytes}, {@code count}, {@code oneOf}, {@code httpUrl}, {@code
 *       ipAddress}), which throw {@code InvalidRequestException} naming the vendor field and the
 *       limit. Javadoc cites the seed line of the call and of each field.
 *   <li><b>Response model</b>: an {@code abstract class FooResponse extends MsdkResponse} (which
 *       already has {@code ret}, {@code msg} and {@code message}, {@code err_type}, {@code
 *       msdkExtInfo} and {@code extra()}), with the same annotations. Fields are {@code @Nullable}
 *       (or lists defaulting to empty); nested objects are their own {@code @Value.Immutable}
 *       classes with a {@code @JsonAnyGetter Map<String, Object> extra()}. Where the table and the
 *       example disagree, give the field the example's name and JSON type (that is what is written
 *       back) and accept the other on input: {@code @JsonProperty("lists") @JsonAlias("list")}; a
 *       {@code String} field reads a number and a {@code long} field reads a digit string (the
 *       shared mapper coerces); {@code is_lost} stays the string the example shows, with a typed
 *       helper method if useful ({@code @JsonIgnore}). Say so in a comment citing the lines.
 *   <li><b>One row</b> in {@link io.github.gamesdk.msdk.MsdkEndpoints}, a {@code public static
 *       final} constant named {@code MODULE_INTERFACE}: {@code MsdkEndpoint.query(...)} for a call
 *       that only reads, {@code mutation(...)} for one that sends, shares, pushes, binds, reports or
 *       otherwise changes state (never retried), {@code get(...)} for the two GET calls (every field
 *       goes in the query string); {@code .queryOnly("access_token")} for a field the seed puts in
 *       the URL only ({@code /relation/wx_mini_send_msg}), {@code .alsoInQuery("ip")} for one it
 *       puts in both. Rows are found by reflection and sorted by seed line. Put the {@code
 *       /relation} rows right after the {@code /auth} rows, the {@code /profile} rows right after
 *       the {@code /freeflow} rows (two separate places, so that two branches merge cleanly).
 *   <li><b>Two client methods</b> in the module's group class: {@code foo(openid, request)}
 *       returning {@code client.call(MsdkEndpoints.MODULE_FOO, openid, request)} and {@code
 *       fooAsync(openid, request)} returning {@code client.callAsync(...)}, with Javadoc naming the
 *       path and seed line. A new group ({@code MsdkRelation}, {@code MsdkProfile}) is a {@code
 *       public final class} in {@code io.github.gamesdk.msdk} with a package-private constructor
 *       taking the {@code MsdkClient} (copy {@code MsdkFreeflow}); in {@code MsdkClient} add its
 *       field, its construction and its accessor ({@code relation()}, {@code profile()}) next to
 *       those of {@code auth} (relation) or {@code freeflow} (profile). {@code
 *       EndpointTableTest} checks that every row has exactly one sync and one async method in the
 *       group its module names.
 *   <li><b>Fake</b>: in {@code io.github.gamesdk.testkit.msdk.MsdkContracts} (sdk-testkit), a
 *       contract per call ({@code MsdkContract.post("module/iface")} or {@code .get(...)}): each
 *       field of the seed's table with its JSON kind ({@code required}/{@code optional}), its
 *       limits ({@code maxBytes}, {@code values}, {@code size}, {@code rule}, {@code bodyRule}),
 *       fields the seed puts in the URL ({@code queryParam}), and the seed's example answer
 *       (repaired where it is not JSON) as {@code answer}. Written from the seed, never from the
 *       SDK's models. Add a {@code relation(m)} method after {@code auth(...)} and a {@code
 *       profile(m)} method at the end of the file, each called from {@code all()}.
 *   <li><b>Tests</b>: in sdk-msdk (a new class per module, e.g. {@code RelationSeedExamplesTest}),
 *       every example request of the seed serializes to the example's JSON (compare trees) and every
 *       example answer parses and writes back to the same JSON with an empty {@code extra()}; every
 *       limit at its boundary. In sdk-testkit ({@code RelationEndToEndTest}), end to end against
 *       the fake: happy path, a vendor error, a limit, and for a mutation that a timeout is not
 *       retried. Then rows in the call table of {@code docs/msdk.md}.
 * </ol>
 */
package io.github.gamesdk.msdk.internal;
