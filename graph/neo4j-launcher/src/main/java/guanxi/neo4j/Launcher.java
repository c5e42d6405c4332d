package guanxi.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Runs Neo4j Community embedded with its Bolt connector on 127.0.0.1, with authentication on.
 *
 * <p>Usage: {@code Launcher <data-dir> <bolt-port> [page-cache-mb]}. The password of the {@code neo4j}
 * user is read from {@code <data-dir>/neo4j-password} (written by the Node side at first start, mode
 * 0600) and set at every start, so a data folder made before authentication was on is locked too, and
 * the ready line is printed only once it is set. {@code -Dguanxi.neo4j.settings=FILE} applies the Neo4j
 * settings of FILE ({@code name=value} lines, as in neo4j.conf) over the launcher's own. Prints one line starting with
 * {@code GUANXI_NEO4J_READY} on stdout once the default database is available, and one line starting
 * with {@code GUANXI_NEO4J_ERROR <code>} on stderr when it cannot start. Stops cleanly on SIGTERM,
 * SIGINT, or when stdin closes (the parent process went away), so the next start needs no recovery.
 */
public final class Launcher {
  static final int EXIT_USAGE = 2;
  static final int EXIT_PORT_IN_USE = 3;
  static final int EXIT_STORE_LOCKED = 4;
  static final int EXIT_START_FAILED = 5;
  static final String PASSWORD_FILE = "neo4j-password";
  /** A system property naming a file of Neo4j settings ({@code name=value} lines) applied over the launcher's. */
  static final String EXTRA_SETTINGS_PROPERTY = "guanxi.neo4j.settings";

  private Launcher() {}

  public static void main(String[] args) throws InterruptedException {
    if (args.length < 2) {
      fail(EXIT_USAGE, "usage", "usage: Launcher <data-dir> <bolt-port> [page-cache-mb]");
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = parsePort(args[1]);
    long pageCacheMb = args.length > 2 ? Long.parseLong(args[2]) : 256;

    if (!portIsFree(port)) {
      fail(EXIT_PORT_IN_USE, "port-in-use", "port 127.0.0.1:" + port + " is already in use");
    }
    try {
      Files.createDirectories(home);
    } catch (IOException e) {
      fail(EXIT_START_FAILED, "data-dir", "cannot create data folder " + home + ": " + e.getMessage());
    }

    DatabaseManagementService service = start(home, port, pageCacheMb);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  service.shutdown();
                  System.out.println("GUANXI_NEO4J_STOPPED");
                  System.out.flush();
                  stopped.countDown();
                },
                "guanxi-neo4j-shutdown"));

    setPassword(service, home);
    GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    if (!db.isAvailable(Duration.ofSeconds(60).toMillis())) {
      fail(EXIT_START_FAILED, "not-available", "database did not become available within 60 s");
    }
    registerProcedures(db);
    System.out.println("GUANXI_NEO4J_READY bolt://127.0.0.1:" + port + " " + home);
    System.out.flush();

    exitWhenStdinCloses();
    stopped.await();
  }

  private static DatabaseManagementService start(Path home, int port, long pageCacheMb) {
    try {
      DatabaseManagementServiceBuilder builder =
          new DatabaseManagementServiceBuilder(home)
          .setConfig(BoltConnector.enabled, true)
          .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
          .setConfig(HttpConnector.enabled, false)
          // Bolt waits 5 s twice on shutdown by default; local clients are gone by then.
          .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500))
          .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
          .setConfig(GraphDatabaseSettings.auth_enabled, true)
          .setConfig(GraphDatabaseSettings.forbid_exhaustive_shortestpath, true)
          .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(60))
          // Transactions past their timeout are found by a monitor every 2 s by default: a query then ran
          // up to 2 s past its timeout, as late as the client's own deadline (timeout + 2 s), which fired
          // first and made a slow query look like a database that does not answer.
          .setConfig(GraphDatabaseSettings.transaction_monitor_check_interval, Duration.ofMillis(200))
          .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheMb * 1024 * 1024)
          // Transaction logs: nothing here reads old ones (no backups, no cluster), so keep one file past
          // the last checkpoint, rotate at 64 MB, write them as they grow, and checkpoint every 128 MB of
          // log: a long load leaves logs of a few hundred MB at most, not a multiple of the store.
          .setConfig(GraphDatabaseSettings.keep_logical_logs, "1 files")
          .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, 64L * 1024 * 1024)
          .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
          .setConfig(GraphDatabaseSettings.check_point_interval_volume, 128L * 1024 * 1024);
      // Loaded last, so its settings win over the ones above (a benchmark's A/B of a setting, an operator's tuning).
      String extra = System.getProperty(EXTRA_SETTINGS_PROPERTY);
      if (extra != null && !extra.isBlank()) {
        Path file = Path.of(extra);
        if (!Files.isReadable(file)) {
          fail(EXIT_START_FAILED, "settings", "cannot read the Neo4j settings file " + file);
        }
        builder.loadPropertiesFromFile(file);
      }
      return builder.build();
    } catch (RuntimeException e) {
      if (causedByLock(e)) {
        fail(
            EXIT_STORE_LOCKED,
            "store-locked",
            "data folder " + home + " is locked by another Neo4j process");
      }
      e.printStackTrace();
      fail(EXIT_START_FAILED, "start-failed", String.valueOf(e.getMessage()));
    }
    throw new IllegalStateException("unreachable");
  }

  /**
   * Registers the loader's write procedure ({@link WriteBatch}) when the Node side passed the vocabulary it checks
   * input against ({@code -Dguanxi.vocabulary}); without it the procedure is absent and the loader writes with Cypher.
   */
  private static void registerProcedures(GraphDatabaseService db) {
    String words = System.getProperty(Vocabulary.PROPERTY);
    if (words == null || words.isBlank()) return;
    try {
      WriteBatch.vocabulary = Vocabulary.parse(words);
      ((GraphDatabaseAPI) db)
          .getDependencyResolver()
          .resolveDependency(GlobalProcedures.class)
          .registerProcedure(WriteBatch.class);
    } catch (Exception e) {
      fail(EXIT_START_FAILED, "procedures", "cannot register " + WriteBatch.NAME + ": " + e.getMessage());
    }
  }

  /** Sets the neo4j user's password (embedded transactions need no login). */
  private static void setPassword(DatabaseManagementService service, Path home) {
    String password = null;
    try {
      password = Files.readString(home.resolve(PASSWORD_FILE), StandardCharsets.UTF_8).trim();
    } catch (IOException e) {
      fail(EXIT_START_FAILED, "no-password", "cannot read " + home.resolve(PASSWORD_FILE) + ": " + e.getMessage());
    }
    if (password == null || password.length() < 8) {
      fail(EXIT_START_FAILED, "no-password", home.resolve(PASSWORD_FILE) + " must hold a password of 8 characters or more");
    }
    GraphDatabaseService system = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    // Its own timeout: the first statement on the system database is compiled from cold, which took over
    // the default 60 s at a load average of 40 on 2 cores, and failed the start.
    try (Transaction tx = system.beginTx(10, TimeUnit.MINUTES)) {
      tx.execute("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
      tx.commit();
    } catch (RuntimeException e) {
      // Neo4j refuses to "change" a password to itself: then it is already the one in the file.
      if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
        fail(EXIT_START_FAILED, "password", "cannot set the neo4j password: " + e.getMessage());
      }
    }
  }

  private static boolean causedByLock(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String name = t.getClass().getSimpleName();
      String message = String.valueOf(t.getMessage());
      if (name.contains("FileLock") || message.contains("locked by another")) {
        return true;
      }
    }
    return false;
  }

  private static boolean portIsFree(int port) {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
      socket.setReuseAddress(true);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static int parsePort(String value) {
    try {
      int port = Integer.parseInt(value);
      if (port > 0 && port < 65536) {
        return port;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    fail(EXIT_USAGE, "usage", "bolt port must be 1-65535, got " + value);
    return -1;
  }

  /** The parent keeps stdin open; when it dies without signalling us, stdin reaches EOF. */
  private static void exitWhenStdinCloses() {
    Thread watcher =
        new Thread(
            () -> {
              try (InputStream in = System.in) {
                while (in.read() != -1) {
                  // ignore input
                }
              } catch (IOException ignored) {
                // treat as closed
              }
              System.exit(0);
            },
            "guanxi-neo4j-stdin-watch");
    watcher.setDaemon(true);
    watcher.start();
  }

  private static void fail(int code, String kind, String message) {
    System.err.println("GUANXI_NEO4J_ERROR " + kind + " " + message);
    System.err.flush();
    System.exit(code);
  }
}
