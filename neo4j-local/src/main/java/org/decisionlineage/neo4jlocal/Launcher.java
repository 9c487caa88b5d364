package org.decisionlineage.neo4jlocal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * Starts an embedded Neo4j, prints {@code NEO4J_READY bolt://127.0.0.1:PORT} on stdout once Bolt accepts
 * connections, and shuts down cleanly on SIGTERM/SIGINT or, when watching, when stdin reaches EOF (so a
 * parent process that dies cannot leave an orphan server behind).
 */
public final class Launcher {

  static final String READY_PREFIX = "NEO4J_READY ";
  static final String FAILED_PREFIX = "NEO4J_FAILED ";
  // A start rarely completes once the JVM is shutting down, so a stop mid-start waits only briefly.
  private static final Duration STOP_WAIT_FOR_START = Duration.ofSeconds(15);

  private Launcher() {}

  public static void main(String[] args) {
    LauncherOptions options;
    try {
      options = LauncherOptions.parse(args, System.getenv());
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }

    Path home;
    boolean temporaryHome = options.dataDir().isEmpty();
    try {
      home = temporaryHome ? Files.createTempDirectory("neo4j-local-") : createDirectories(options.dataDir().get());
    } catch (IOException e) {
      fail("cannot create data directory: " + e.getMessage(), e);
      return;
    }

    // The hook and the stdin watch come first: a stop requested while Neo4j is still starting must still
    // remove the temporary home, and a parent that dies during a slow start must not leave us running.
    AtomicReference<EmbeddedNeo4j> running = new AtomicReference<>();
    CountDownLatch startFinished = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  // Stopping mid-start: let the start finish so that the store is closed cleanly.
                  awaitQuietly(startFinished, STOP_WAIT_FOR_START);
                  EmbeddedNeo4j neo4j = running.getAndSet(null);
                  if (neo4j != null) {
                    neo4j.close();
                  }
                  if (temporaryHome) {
                    deleteRecursively(home);
                  }
                  System.err.println("neo4j-local: stopped");
                },
                "neo4j-local-shutdown"));
    if (options.stdinWatch()) {
      watchStdin(System.in);
    }

    long startedAt = System.nanoTime();
    try {
      running.set(EmbeddedNeo4j.start(home, options.port(), options.pageCacheBytes()));
    } catch (RuntimeException e) {
      startFinished.countDown();
      fail(describe(e), e);
      return;
    }
    startFinished.countDown();

    long elapsedMs = (System.nanoTime() - startedAt) / 1_000_000;
    System.err.println(
        "neo4j-local: home " + home + (temporaryHome ? " (temporary)" : "") + ", started in " + elapsedMs + " ms");
    System.out.println(READY_PREFIX + running.get().boltUri());
    System.out.flush();
  }

  /** Exits (running the shutdown hook) when the parent closes our stdin, e.g. because it died. */
  private static void watchStdin(InputStream in) {
    Thread watcher =
        new Thread(
            () -> {
              byte[] buffer = new byte[256];
              try {
                while (in.read(buffer) >= 0) {
                  // Input is ignored; only EOF matters.
                }
              } catch (IOException e) {
                // A broken stdin means the parent is gone, same as EOF.
              }
              System.err.println("neo4j-local: stdin closed, shutting down");
              System.exit(0);
            },
            "neo4j-local-stdin-watch");
    watcher.setDaemon(true);
    watcher.start();
  }

  private static void awaitQuietly(CountDownLatch latch, Duration timeout) {
    try {
      latch.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Path createDirectories(Path dir) throws IOException {
    return Files.createDirectories(dir).toAbsolutePath();
  }

  private static String describe(Throwable e) {
    StringBuilder message = new StringBuilder(String.valueOf(e.getMessage()));
    for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
      message.append(" <- ").append(cause.getMessage());
    }
    return message.toString().replace('\n', ' ');
  }

  private static void fail(String message, Throwable e) {
    e.printStackTrace(System.err);
    System.out.println(FAILED_PREFIX + message);
    System.out.flush();
    System.exit(1);
  }

  private static void deleteRecursively(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(Launcher::deleteQuietly);
    } catch (IOException e) {
      System.err.println("neo4j-local: could not remove " + root + ": " + e.getMessage());
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      System.err.println("neo4j-local: could not remove " + path + ": " + e.getMessage());
    }
  }
}
