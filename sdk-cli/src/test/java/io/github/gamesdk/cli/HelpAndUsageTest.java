package io.github.gamesdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code --help} on every command and group; unknown and incomplete command lines. */
class HelpAndUsageTest {
  static Stream<Arguments> commands() {
    return Stream.of(
        Arguments.of((Object) new String[] {}),
        Arguments.of((Object) new String[] {"sign"}),
        Arguments.of((Object) new String[] {"sign", "qqconnect"}),
        Arguments.of((Object) new String[] {"sign", "vip-callback"}),
        Arguments.of((Object) new String[] {"sign", "msdk"}),
        Arguments.of((Object) new String[] {"sign", "qos"}),
        Arguments.of((Object) new String[] {"sign", "openapi"}),
        Arguments.of((Object) new String[] {"tea"}),
        Arguments.of((Object) new String[] {"tea", "encrypt"}),
        Arguments.of((Object) new String[] {"tea", "decrypt"}),
        Arguments.of((Object) new String[] {"call"}),
        Arguments.of((Object) new String[] {"call", "qqconnect"}),
        Arguments.of((Object) new String[] {"call", "qos"}),
        Arguments.of((Object) new String[] {"call", "phonecheck"}),
        Arguments.of((Object) new String[] {"call", "msdk"}));
  }

  private static String[] with(String[] words, String... more) {
    List<String> l = new ArrayList<>(Arrays.asList(words));
    l.addAll(Arrays.asList(more));
    return l.toArray(new String[0]);
  }

  @ParameterizedTest
  @MethodSource("commands")
  void helpPrintsUsageOnStdoutAndExitsZero(String[] words) {
    for (String flag : new String[] {"--help", "-h"}) {
      Cli.Result r = Cli.run(with(words, flag));
      assertThat(r.exit).as(r.toString()).isZero();
      assertThat(r.err).isEmpty();
      String expected = "Usage: gamesdk-cli " + String.join(" ", words);
      assertThat(r.out).startsWith(expected.trim());
    }
  }

  @Test
  void helpWinsOverOtherErrorsOnTheLine() {
    Cli.Result r = Cli.run("sign", "qos", "--bogus", "x", "--help");
    assertThat(r.exit).isZero();
    assertThat(r.out).startsWith("Usage: gamesdk-cli sign qos");
    Cli.Result c = Cli.run("call", "qqconnect", "send_share_for_inner", "dst=1002", "--help");
    assertThat(c.exit).isZero();
    assertThat(c.out).contains("GAMESDK_QQCONNECT_APPKEY");
    Cli.Result p = Cli.run("call", "phonecheck", "12345", "--get=x", "--help");
    assertThat(p.exit).isZero();
    assertThat(p.out).startsWith("Usage: gamesdk-cli call phonecheck MOBILE [--get]");
    assertThat(Cli.run("help").exit).isZero();
  }

  @Test
  void leafHelpNamesEveryOption() {
    assertThat(Cli.run("sign", "qos", "--help").out)
        .contains("--secret-key", "--method", "--host", "--path", "--signature-method");
    assertThat(Cli.run("sign", "openapi", "--help").out).contains("--appkey", "--method", "--path");
    assertThat(Cli.run("tea", "encrypt", "--help").out).contains("--key", "--random");
    assertThat(Cli.run("call", "qqconnect", "--help").out)
        .contains(
            "--openid",
            "--access-token",
            "send_share_for_inner",
            "gc_achieve_report",
            "qc_set_summary_card",
            "me",
            "GAMESDK_QQCONNECT_BASE_URL");
    assertThat(Cli.run("call", "qos", "--help").out)
        .contains(
            "geturl",
            "open",
            "close",
            "--signature-method",
            "GAMESDK_QOS_GAME_ID",
            "GAMESDK_QOS_SECRET_ID",
            "GAMESDK_QOS_SECRET_KEY",
            "GAMESDK_QOS_BASE_URL");
    assertThat(Cli.run("call", "--help").out).contains("qos");
    assertThat(Cli.run("call", "phonecheck", "--help").out)
        .contains("MOBILE", "--get", "GAMESDK_PHONECHECK_APIKEY", "GAMESDK_PHONECHECK_BASE_URL");
    assertThat(Cli.run("call", "--help").out).contains("qqconnect", "phonecheck");
    assertThat(Cli.run("--help").out).contains("call phonecheck");
  }

  @Test
  void unknownCommandsPrintUsageOnStderrAndExitTwo() {
    String[][] lines = {
      {"frobnicate"}, {"sign", "md5"}, {"tea", "rot13"}, {"call", "frobnicate"}, {"--version"},
    };
    for (String[] line : lines) {
      Cli.Result r = Cli.run(line);
      assertThat(r.exit).as(Arrays.toString(line)).isEqualTo(2);
      assertThat(r.out).isEmpty();
      assertThat(r.err).contains("gamesdk-cli: unknown").contains("Usage: gamesdk-cli");
    }
  }

  @Test
  void incompleteCommandsPrintUsageOnStderrAndExitTwo() {
    for (String[] line : new String[][] {{}, {"sign"}, {"tea"}, {"call"}}) {
      Cli.Result r = Cli.run(line);
      assertThat(r.exit).as(Arrays.toString(line)).isEqualTo(2);
      assertThat(r.out).isEmpty();
      assertThat(r.err).contains("Usage: gamesdk-cli");
    }
  }

  @Test
  void usageErrorNamesTheCommandAndPointsToHelp() {
    Cli.Result r = Cli.run("sign", "msdk", "--key", "k", "--timestamp");
    assertThat(r.exit).isEqualTo(2);
    assertThat(r.err)
        .contains("gamesdk-cli: option --timestamp needs a value")
        .contains("Usage: gamesdk-cli sign msdk --key KEY --timestamp TS")
        .contains("Run 'gamesdk-cli sign msdk --help' for more.");
  }
}
