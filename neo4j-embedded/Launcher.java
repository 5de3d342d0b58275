/*
 * Runs a real Neo4j Community 5.26 in this JVM with the Bolt connector on 127.0.0.1, for Autograph's
 * embedded default. Started by src/neo4j/embedded/launcher.ts as a single-file Java program:
 *
 *   java -cp '<the jars of pom.xml>' Launcher.java --home .data/neo4j --port 7687
 *
 * It prints one line "AUTOGRAPH_NEO4J_READY bolt://127.0.0.1:<port>" when the database accepts
 * queries, and shuts down cleanly (checkpoint, store lock released) on SIGTERM, on Ctrl-C, or when
 * its standard input closes: the parent holds a pipe to it, so a parent that dies for any reason
 * takes this process with it instead of leaving a database running.
 */

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.logging.log4j.Log4jLogProvider;

public class Launcher {
    public static void main(String[] args) throws Exception {
        Path home = Path.of(".data/neo4j");
        int port = 7687;
        long pageCacheMb = 256;
        boolean watchStdin = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--home" -> home = Path.of(args[++i]);
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--page-cache-mb" -> pageCacheMb = Long.parseLong(args[++i]);
                case "--no-stdin-watch" -> watchStdin = false;
                default -> {
                    System.err.println("AUTOGRAPH_NEO4J_FAILED unknown argument " + args[i]);
                    System.exit(2);
                }
            }
        }
        Files.createDirectories(home);

        long started = System.nanoTime();
        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(home.toAbsolutePath())
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    // Bolt waits 5 s for idle connections and 5 s for its threads at shutdown, after
                    // the databases are checkpointed and closed; with one local client, 1 s will do.
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
                    .setUserLogProvider(new Log4jLogProvider(System.out))
                    .build();
        } catch (Throwable e) {
            System.err.println("AUTOGRAPH_NEO4J_FAILED " + rootMessage(e));
            System.exit(1);
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        final DatabaseManagementService service = dbms;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("AUTOGRAPH_NEO4J_STOPPING");
            service.shutdown();
            System.out.println("AUTOGRAPH_NEO4J_STOPPED");
            System.out.flush();
            stopped.countDown();
        }, "autograph-neo4j-shutdown"));

        if (!dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).isAvailable(120_000)) {
            System.err.println("AUTOGRAPH_NEO4J_FAILED database did not become available within 120 s");
            System.exit(1);
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        System.out.println("AUTOGRAPH_NEO4J_READY bolt://127.0.0.1:" + port + " in " + ms + " ms");
        System.out.flush();

        if (watchStdin) {
            // The parent keeps our stdin open for as long as it lives; end of input means it is gone.
            Thread watcher = new Thread(() -> {
                try (InputStream in = System.in) {
                    while (in.read() != -1) {
                        // ignore anything written to us
                    }
                } catch (Exception ignored) {
                    // treat a broken pipe like end of input
                }
                System.exit(0); // runs the shutdown hook
            }, "autograph-neo4j-stdin-watch");
            watcher.setDaemon(true);
            watcher.start();
        }
        stopped.await();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
