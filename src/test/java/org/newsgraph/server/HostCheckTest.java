package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HostCheckTest {
    @Test
    void loopbackServerAnswersItsLoopbackNamesOnItsPort() {
        HostCheck hosts = new HostCheck("127.0.0.1");

        assertThat(hosts.accepts("127.0.0.1:3030", 3030)).isTrue();
        assertThat(hosts.accepts("localhost:3030", 3030)).isTrue();
        assertThat(hosts.accepts("[::1]:3030", 3030)).isTrue();
        assertThat(hosts.accepts("127.0.0.1:3031", 3030)).isFalse();
        assertThat(hosts.accepts("127.0.0.1", 3030)).isFalse();
        assertThat(hosts.accepts("localhost", 80)).isTrue();
        assertThat(hosts.accepts("attacker.example:3030", 3030)).isFalse();
        assertThat(hosts.accepts("localhost.attacker.example:3030", 3030)).isFalse();
        assertThat(hosts.accepts("192.168.1.5:3030", 3030)).isFalse();
        assertThat(hosts.accepts("127.0.0.1:x", 3030)).isFalse();
        assertThat(hosts.accepts("", 3030)).isFalse();
        assertThat(hosts.accepts(null, 3030)).isFalse();
    }

    @Test
    void namedAndWildcardBindings() {
        assertThat(new HostCheck("newsgraph.lan").accepts("newsgraph.lan:3030", 3030)).isTrue();
        assertThat(new HostCheck("::1").accepts("[::1]:3030", 3030)).isTrue();
        HostCheck everywhere = new HostCheck("0.0.0.0");
        assertThat(everywhere.accepts("192.168.1.5:3030", 3030)).isTrue();
        assertThat(everywhere.accepts("[fe80::1]:3030", 3030)).isTrue();
        assertThat(everywhere.accepts("rebound.example:3030", 3030)).isFalse();
    }
}
