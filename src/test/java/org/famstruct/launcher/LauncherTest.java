package org.famstruct.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/famstruct, run for real by bash in a copy of the checkout's layout, with a fake JDK that
 * prints the command it was given and a fake Maven that "builds" by touching the jar.
 */
class LauncherTest {
    @TempDir
    Path tmp;
    Path checkout;
    Path jar;
    Path jdk;
    Path onPath;

    @BeforeEach
    void layOut() throws IOException {
        checkout = tmp.resolve("checkout");
        Files.createDirectories(checkout.resolve("bin"));
        Files.copy(Path.of("bin/famstruct"), checkout.resolve("bin/famstruct"));
        Files.writeString(checkout.resolve("pom.xml"), "<project/>");
        Files.createDirectories(checkout.resolve("src/main/java"));
        Files.writeString(checkout.resolve("src/main/java/A.java"), "class A {}");
        Files.createDirectories(checkout.resolve("examples"));
        jar = checkout.resolve("target/famstruct.jar");
        Files.createDirectories(jar.getParent());
        Files.writeString(jar, "jar");
        // Directories count too: a file deleted by a pull changes only its directory.
        for (String source : List.of("pom.xml", "src/main", "src/main/java", "src/main/java/A.java")) {
            age(checkout.resolve(source), 3600);
        }
        age(jar, 60);

        // A JDK newer than any installed one; it makes the AOT cache it is asked for.
        jdk = tmp.resolve("jdk-99");
        script(jdk.resolve("bin/java"), """
                for a in "$@"; do case $a in -XX:AOTCacheOutput=*) echo aot > "${a#*=}";; esac; done
                echo "$0 $*"
                """);
        Files.writeString(jdk.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"99.0.1\"\nJAVA_RUNTIME_VERSION=\"99.0.1+7-test\"\n");
        // On PATH: famstruct as a relative symlink to the checkout's script, and a fake mvn.
        onPath = tmp.resolve("path");
        Files.createDirectories(onPath);
        Files.createSymbolicLink(onPath.resolve("famstruct"), Path.of("../checkout/bin/famstruct"));
        script(onPath.resolve("mvn"), """
                echo "mvn $*" >> "%s"
                [ -z "$FAIL_BUILD" ] || { echo "COMPILATION ERROR"; exit 1; }
                touch target/famstruct.jar
                """.formatted(tmp.resolve("mvn.log")));
    }

    private static void age(Path file, long seconds) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(seconds)));
    }

    private static void script(Path file, String body) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private record Run(int exit, String out, String err) {}

    private Run famstruct(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(onPath.resolve("famstruct").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.directory(tmp.toFile());
        builder.environment().remove("JAVA_OPTS");
        builder.environment().remove("FAMSTRUCT_JAVA_OPTS");
        builder.environment().remove("FAMSTRUCT_JAVA");
        builder.environment().put("JAVA_HOME", jdk.toString());
        builder.environment().put("PATH", onPath + ":/usr/bin:/bin");
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        return new Run(process.exitValue(), out, err);
    }

    @Test
    void findsTheCheckoutThroughASymlinkAndRunsTheNewestJdk() throws Exception {
        Run run = famstruct(Map.of("FAMSTRUCT_CDS", "0"), "analyze", "a b.yaml");
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err(), "a fresh jar is not rebuilt");
        assertTrue(run.out().startsWith(jdk.resolve("bin/java") + " "), run.out());
        assertTrue(run.out().contains(" -Xmx2g -XX:MaxNewSize=128m "), run.out());
        assertTrue(run.out().contains(" -XX:Tier3InvocationThreshold=50 "), run.out());
        assertTrue(run.out().endsWith(" -jar " + jar.toRealPath() + " analyze a b.yaml\n"), run.out());
        assertFalse(Files.exists(tmp.resolve("mvn.log")));
    }

    /** Asked for exactly when this machine's kernel gives them on request; the JVM warns otherwise. */
    @Test
    void transparentHugePagesWhereTheKernelGivesThemOnRequest() throws Exception {
        Path setting = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        boolean onRequest = Files.isReadable(setting) && Files.readString(setting).contains("[madvise]");
        Run run = famstruct(Map.of("FAMSTRUCT_CDS", "0"), "--version");
        assertEquals(onRequest, run.out().contains(" -XX:+UseTransparentHugePages "), run.out());
    }

    /** One family lives for the whole run: its survivors are promoted at once; a corpus keeps the default. */
    @Test
    void oneCaseFilePromotesSurvivorsAtOnceACorpusDoesNot() throws Exception {
        Files.writeString(tmp.resolve("one.yaml"), "members: {a: {name: A}}\n");
        Files.writeString(tmp.resolve("two.yaml"), "members: {b: {name: B}}\n");
        String promote = " -XX:MaxTenuringThreshold=0 ";
        Map<String, String> env = Map.of("FAMSTRUCT_CDS", "0");
        assertTrue(famstruct(env, "analyze", "one.yaml").out().contains(promote));
        assertTrue(famstruct(env, "analyze", "--format", "jsonl", "one.yaml").out().contains(promote));
        assertFalse(famstruct(env, "analyze", "one.yaml", "two.yaml").out().contains(promote));
        assertFalse(famstruct(env, "analyze", ".").out().contains(promote));
        assertFalse(famstruct(env, "analyze", "one.yaml", "checkout").out().contains(promote));
        assertFalse(famstruct(env, "--version").out().contains(promote));
    }

    @Test
    void userOptionsComeAfterTheDefaultsSoTheyWin() throws Exception {
        Run run = famstruct(Map.of("FAMSTRUCT_CDS", "0", "JAVA_OPTS", "-Xmx3g -Xlog:gc*", "FAMSTRUCT_JAVA_OPTS", "-Xmx4g"),
                "--version");
        assertTrue(run.out().contains(" -Xmx2g -XX:MaxNewSize=128m "), run.out());
        assertTrue(run.out().contains(" -Xmx3g -Xlog:gc* -Xmx4g -jar "), run.out());
    }

    @Test
    void aJavaOnPathThatLinksToAJdkElsewhereIsFollowedToItsVersion() throws Exception {
        Files.createSymbolicLink(onPath.resolve("java"), jdk.resolve("bin/java"));
        Run run = famstruct(Map.of("FAMSTRUCT_CDS", "0", "JAVA_HOME", ""), "--version");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith(onPath.resolve("java") + " "), "the link's JDK 99 beats the installed ones: " + run.out());
    }

    @Test
    void aJavaOnPathThatLinksToAnotherCandidateChoosesTheSameJdk() throws Exception {
        Files.createSymbolicLink(onPath.resolve("java"), jdk.resolve("bin/java"));
        Run run = famstruct(Map.of("FAMSTRUCT_CDS", "0"), "--version");
        assertTrue(run.out().startsWith(jdk.resolve("bin/java") + " "), run.out());
    }

    @Test
    void famstructJavaChoosesTheJvm() throws Exception {
        Path other = tmp.resolve("other/bin/java");
        script(other, "echo \"other $*\"\n");
        Run run = famstruct(Map.of("FAMSTRUCT_CDS", "0", "FAMSTRUCT_JAVA", other.toString()), "--version");
        assertTrue(run.out().startsWith("other "), run.out());
    }

    @Test
    void rebuildsWhenTheSourcesAreNewerThanTheJar() throws Exception {
        Files.setLastModifiedTime(checkout.resolve("src/main/java/A.java"), FileTime.from(Instant.now()));
        age(jar, 120);
        Run run = famstruct(Map.of("FAMSTRUCT_CDS", "0"), "--version");
        assertEquals(0, run.exit(), run.err());
        assertEquals("famstruct: rebuilding " + jar.toRealPath() + " (the sources changed)...\n", run.err());
        assertEquals("mvn -q -B -DskipTests package\n", Files.readString(tmp.resolve("mvn.log")));
        assertTrue(run.out().contains(" -jar "), "then runs: " + run.out());
        assertEquals("", famstruct(Map.of("FAMSTRUCT_CDS", "0"), "--version").err(), "once only");
    }

    @Test
    void buildsAMissingJarQuietlyAndShowsTheLogOnlyWhenTheBuildFails() throws Exception {
        Files.delete(jar);
        Run failed = famstruct(Map.of("FAMSTRUCT_CDS", "0", "FAIL_BUILD", "1"), "--version");
        assertEquals(3, failed.exit());
        assertTrue(failed.err().contains("COMPILATION ERROR"), failed.err());
        assertTrue(failed.err().endsWith("famstruct: the build failed (Java 17 and Maven are needed)\n"), failed.err());
        assertEquals("", failed.out());
        Run built = famstruct(Map.of("FAMSTRUCT_CDS", "0"), "--version");
        assertEquals("famstruct: building " + jar.toRealPath().getParent().resolve("famstruct.jar") + " (first run)...\n",
                built.err());
        assertTrue(built.out().contains(" -jar "), built.out());
    }

    @Test
    void aFailedTrainingRunIsNotRetriedOnEveryCallForTheSameJar() throws Exception {
        script(jdk.resolve("bin/java"), """
                for a in "$@"; do case $a in -XX:AOTCacheOutput=*) exit 1;; esac; done
                echo "$0 $*"
                """);
        famstruct(Map.of(), "--version");
        Path failed = checkout.resolve("target/jvm-cache/famstruct-jdk99.0.1+7-test.aot.failed");
        for (int i = 0; i < 100 && !Files.exists(failed); i++) {
            Thread.sleep(100);
        }
        assertTrue(Files.exists(failed));
        awaitNoTraining();
        Run run = famstruct(Map.of(), "--version");
        assertTrue(run.out().contains(" -jar "), run.out());
        assertFalse(Files.exists(checkout.resolve("target/jvm-cache/famstruct-jdk99.0.1+7-test.aot.lock")), "no new training run");
    }

    @Test
    void aJarRebuiltWhileItsTrainingRanGetsNeitherArchiveNorFailureMark() throws Exception {
        // The fake JDK's training run writes its archive, but a build replaces the jar meanwhile.
        script(jdk.resolve("bin/java"), """
                for a in "$@"; do case $a in -XX:AOTCacheOutput=*) out=${a#*=}; sleep 1; touch "$(dirname "$0")/../../checkout/target/famstruct.jar"; echo aot > "$out"; exit 0;; esac; done
                echo "$0 $*"
                """);
        Path cache = checkout.resolve("target/jvm-cache");
        famstruct(Map.of(), "--version");
        Thread.sleep(300); // the training run has taken its lock
        awaitNoTraining();
        assertFalse(Files.exists(cache.resolve("famstruct-jdk99.0.1+7-test.aot")), "an archive of the old jar");
        assertFalse(Files.exists(cache.resolve("famstruct-jdk99.0.1+7-test.aot.failed")), "a failure of the old jar");
    }

    private void awaitNoTraining() throws InterruptedException {
        Path lock = checkout.resolve("target/jvm-cache/famstruct-jdk99.0.1+7-test.aot.lock");
        for (int i = 0; i < 100 && Files.exists(lock); i++) {
            Thread.sleep(100); // the training run, before the temporary directory goes
        }
    }

    @Test
    void makesTheAotCacheInTheBackgroundThenUsesIt() throws Exception {
        Run first = famstruct(Map.of(), "--version");
        assertFalse(first.out().contains("AOTCache"), "the first run does not wait for the cache: " + first.out());
        Path cache = checkout.resolve("target/jvm-cache/famstruct-jdk99.0.1+7-test.aot");
        for (int i = 0; i < 100 && !Files.exists(cache); i++) {
            Thread.sleep(100);
        }
        assertTrue(Files.exists(cache), "the training run made " + cache);
        Run second = famstruct(Map.of(), "--version");
        assertTrue(second.out().contains(" -XX:AOTCache=" + cache.toRealPath() + " "), second.out());
        // A rebuilt jar makes the cache stale: it is not used, and made again.
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(5)));
        assertFalse(famstruct(Map.of(), "--version").out().contains("AOTCache"));
        awaitNoTraining();
    }
}
