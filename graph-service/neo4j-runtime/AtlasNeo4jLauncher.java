import java.lang.reflect.Method;

/**
 * Starts Neo4j's CommunityEntryPoint and exits when the parent process goes away.
 * With --watch-stdin the parent holds our stdin pipe; when it dies (even by SIGKILL)
 * the pipe closes, read() returns -1, and we exit, which runs Neo4j's shutdown hook.
 * No orphan JVM is ever left behind.
 */
public final class AtlasNeo4jLauncher {
  public static void main(String[] args) throws Exception {
    boolean watchStdin = false;
    java.util.List<String> rest = new java.util.ArrayList<>();
    for (String arg : args) {
      if (arg.equals("--watch-stdin")) watchStdin = true; else rest.add(arg);
    }
    if (watchStdin) {
      Thread watcher = new Thread(() -> {
        try {
          while (System.in.read() != -1) { /* the parent never writes; wait for EOF */ }
        } catch (java.io.IOException ignored) {
          // a broken pipe means the parent is gone too
        }
        System.err.println("AtlasNeo4jLauncher: parent process gone, shutting Neo4j down");
        Thread killer = new Thread(() -> {
          try { Thread.sleep(30_000); } catch (InterruptedException e) { return; }
          Runtime.getRuntime().halt(1);
        });
        killer.setDaemon(true);
        killer.start();
        System.exit(0);
      }, "atlas-parent-watch");
      watcher.setDaemon(true);
      watcher.start();
    }
    Class<?> entry = Class.forName("org.neo4j.server.CommunityEntryPoint");
    Method main = entry.getMethod("main", String[].class);
    main.invoke(null, (Object) rest.toArray(new String[0]));
  }
}
