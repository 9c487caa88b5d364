package org.decisionlineage.neo4jlocal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/** One embedded Neo4j DBMS serving Bolt on 127.0.0.1, sized for a small shared machine. */
final class EmbeddedNeo4j implements AutoCloseable {

  static final String HOST = "127.0.0.1";
  private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
  // Small transaction logs: test data is throwaway, and disk and fsync time are shared.
  private static final long TX_LOG_ROTATION_BYTES = 16L * 1024 * 1024;
  // Bolt waits 5 s by default for idle connections at shutdown; the databases are already checkpointed then.
  private static final Duration BOLT_SHUTDOWN_WAIT = Duration.ofSeconds(1);

  private final DatabaseManagementService service;
  private final int boltPort;

  private EmbeddedNeo4j(DatabaseManagementService service, int boltPort) {
    this.service = service;
    this.boltPort = boltPort;
  }

  static EmbeddedNeo4j start(Path home, int requestedPort, long pageCacheBytes) {
    // The advertised address must carry the real port for neo4j:// routing, so a free port is chosen here
    // rather than by Bolt binding port 0 (the window between closing the probe and Neo4j binding is tiny).
    int port = requestedPort == 0 ? freePort() : requestedPort;
    DatabaseManagementService service =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
            .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, port))
            .setConfig(GraphDatabaseSettings.auth_enabled, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes)
            .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, TX_LOG_ROTATION_BYTES)
            .setConfig(GraphDatabaseSettings.keep_logical_logs, "1 files")
            .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
            .setConfig(BoltConnector.thread_pool_min_size, 2)
            .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, BOLT_SHUTDOWN_WAIT)
            .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, BOLT_SHUTDOWN_WAIT)
            .build();
    try {
      GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
      if (!db.isAvailable(START_TIMEOUT.toMillis())) {
        throw new IllegalStateException("database did not become available within " + START_TIMEOUT);
      }
      int boundPort = boltPort(db);
      awaitAcceptingConnections(boundPort);
      return new EmbeddedNeo4j(service, boundPort);
    } catch (RuntimeException e) {
      service.shutdown();
      throw e;
    }
  }

  private static int freePort() {
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
      return probe.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot find a free port on " + HOST, e);
    }
  }

  int boltPort() {
    return boltPort;
  }

  String boltUri() {
    return "bolt://" + HOST + ":" + boltPort;
  }

  @Override
  public void close() {
    service.shutdown();
  }

  /** The port Bolt actually bound, as Neo4j reports it. */
  private static int boltPort(GraphDatabaseService db) {
    ConnectorPortRegister ports =
        ((GraphDatabaseAPI) db).getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
    var address = ports.getLocalAddress(ConnectorType.BOLT);
    if (address == null) {
      throw new IllegalStateException("Bolt connector did not register a port");
    }
    return address.getPort();
  }

  private static void awaitAcceptingConnections(int port) {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    IOException last = null;
    while (System.nanoTime() < deadline) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(HOST, port), 1000);
        return;
      } catch (IOException e) {
        last = e;
        sleep(Duration.ofMillis(100));
      }
    }
    throw new IllegalStateException("Bolt port " + port + " is not accepting connections", last);
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for Bolt", e);
    }
  }
}
