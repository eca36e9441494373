/**
 * The testkit of the QQ Connect server interfaces (seed 003): {@link
 * io.github.gamesdk.testkit.qqconnect.FakeQqConnectServer}, a fake of the transfer CGI {@code
 * /cgi-bin/QQConnect.fcgi} and of graph.qq.com's {@code /oauth2.0/me} that checks every request
 * against the seed's contract; {@link io.github.gamesdk.testkit.qqconnect.QqConnectFakeExtension},
 * the JUnit 5 extension that starts it; and {@link
 * io.github.gamesdk.testkit.qqconnect.VipCallbackSender}, which plays QQ VIP's signed order
 * forwarding against a game's callback endpoint.
 */
package io.github.gamesdk.testkit.qqconnect;
