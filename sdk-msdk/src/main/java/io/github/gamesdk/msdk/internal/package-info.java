/**
 * Wire mapping of the MSDK calls: URL, fixed query parameters and {@code sig}, JSON body, {@code
 * msdktea}, answer and error mapping, platform-code tables, JSON helpers and limit checks used by
 * the models. Internal: not public API, may change in any release.
 *
 * <h2>Adding an MSDK endpoint</h2>
 *
 * <p>The wire needs no change: {@link io.github.gamesdk.msdk.internal.MsdkWire} runs every row of
 * {@link io.github.gamesdk.msdk.MsdkEndpoints}. To add a call {@code /module/interface}:
 *
 * <ol>
 *   <li><b>Request model</b> in {@code io.github.gamesdk.msdk.model.<module>}: an {@code abstract
 *       class FooRequest implements MsdkRequest} with {@code @Value.Immutable @GameSdkStyle},
 *       {@code @JsonSerialize(as = ImmutableFooRequest.class)} and {@code @JsonDeserialize(as =
 *       ImmutableFooRequest.class)}, a static {@code builder()}, one accessor per row of the seed's
 *       table with {@code @JsonProperty} in the seed's exact spelling and exactly the seed's JSON
 *       type ({@code int} columns are Java {@code int}/{@code long}, {@code string} columns are
 *       {@code String} even when they hold digits: the server answers {@code -1011} otherwise).
 *       Tokens are {@link io.github.gamesdk.core.Secret} with {@code @JsonSerialize(using =
 *       SecretJson.Serializer.class) @JsonDeserialize(using = SecretJson.Deserializer.class)}.
 *       Optional fields are {@code @io.github.gamesdk.core.Nullable}; lists are never null. Values
 *       the seed enumerates are Java enums with a {@code @JsonValue} wire value. Every documented
 *       limit goes in a {@code @Value.Check} method through {@link
 *       io.github.gamesdk.msdk.internal.Checks} ({@code maxBytes}, {@code count}, {@code oneOf},
 *       {@code httpUrl}, ...), which throw {@code InvalidRequestException} naming the vendor field
 *       and the limit. Javadoc cites the seed line of each field.
 *   <li><b>Response model</b>: an {@code abstract class FooResponse extends MsdkResponse} (which
 *       already has {@code ret}, {@code msg}/{@code message}, {@code err_type}, {@code
 *       msdkExtInfo} and {@code extra()}), with the same annotations. Read leniently: fields are
 *       {@code @Nullable} (or lists defaulting to empty); where the table and the example disagree
 *       ({@code list}/{@code lists}, a number sent as a string) accept both with {@code
 *       @JsonAlias} or a lenient type, write the example's form, and say so in a comment citing the
 *       lines. Nested objects are their own {@code @Value.Immutable} classes with {@code extra()}.
 *   <li><b>One row</b> in {@link io.github.gamesdk.msdk.MsdkEndpoints}: {@code
 *       MsdkEndpoint.query(...)} for a call that only reads, {@code mutation(...)} for one that
 *       sends, shares, pushes, binds, reports or otherwise changes state (never retried), {@code
 *       get(...)} for the two GET calls (every field goes in the query string); {@code
 *       .queryOnly("access_token")} / {@code .alsoInQuery("ip")} for body fields the seed puts in
 *       the URL. Rows are found by reflection and sorted by seed line; {@code find("module/iface")}
 *       and the CLI's {@code call msdk module/iface} work at once.
 *   <li><b>Two client methods</b> in the module's group class ({@code MsdkAuth}, {@code
 *       MsdkShare}, ...; a new group is a {@code final class} with a package-private constructor
 *       taking the {@code MsdkClient}, created in the client's constructor and returned by an
 *       accessor): {@code foo(openid, request)} returning {@code client.call(ENDPOINT, openid,
 *       request)} and {@code fooAsync(openid, request)} returning {@code client.callAsync(...)}.
 *       The one {@code PreparedCall} factory is {@code MsdkClient.prepare}.
 *   <li><b>Fake</b>: a contract row in {@code io.github.gamesdk.testkit.msdk.MsdkContracts}
 *       (sdk-testkit) with the path, method, each body field's JSON type, required flag and limit,
 *       and the seed's example answer as the default answer.
 *   <li><b>Tests</b>: in sdk-msdk, the seed's example request serializes to the documented JSON
 *       shape and the example answer parses without loss, and every limit throws; in sdk-testkit,
 *       end to end against the fake: happy path, a vendor error, a limit. Then a row in {@code
 *       docs/msdk.md}.
 * </ol>
 */
package io.github.gamesdk.msdk.internal;
