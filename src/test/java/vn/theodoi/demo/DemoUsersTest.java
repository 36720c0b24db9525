package vn.theodoi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.RepeatedTest;

import vn.theodoi.access.PasswordPolicy;

class DemoUsersTest {

    @RepeatedTest(20)
    void randomDemoPasswordsAlwaysPassThePolicy() {
        for (DemoUsers.DemoUser user : DemoUsers.USERS) {
            assertThat(PasswordPolicy.check(user.username(), DemoUsers.randomPassword())).isEmpty();
        }
    }
}
