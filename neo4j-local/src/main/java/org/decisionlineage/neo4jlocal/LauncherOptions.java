package org.decisionlineage.neo4jlocal;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Command-line and environment options of the launcher. Flags win over environment variables.
 *
 * <pre>
 *   --port N | free        NEO4J_LOCAL_PORT       Bolt port on 127.0.0.1 (default 7687; 0 or "free" picks one)
 *   --data-dir PATH        NEO4J_LOCAL_DATA_DIR   Neo4j home (data, logs); default: a temp dir removed at exit
 *   --page-cache SIZE      NEO4J_LOCAL_PAGECACHE  page cache, e.g. 128m (default 128m)
 *   --stdin-watch on|off   NEO4J_LOCAL_STDIN_WATCH  stop when stdin reaches EOF (default on)
 * </pre>
 */
record LauncherOptions(int port, Optional<Path> dataDir, long pageCacheBytes, boolean stdinWatch) {

  static final int DEFAULT_PORT = 7687;
  static final String DEFAULT_PAGE_CACHE = "128m";

  static final String USAGE =
      "usage: neo4j-local [--port N|free] [--data-dir PATH] [--page-cache SIZE] [--stdin-watch on|off]";

  static LauncherOptions parse(String[] args, Map<String, String> env) {
    String port = env.getOrDefault("NEO4J_LOCAL_PORT", String.valueOf(DEFAULT_PORT));
    String dataDir = env.get("NEO4J_LOCAL_DATA_DIR");
    String pageCache = env.getOrDefault("NEO4J_LOCAL_PAGECACHE", DEFAULT_PAGE_CACHE);
    String stdinWatch = env.getOrDefault("NEO4J_LOCAL_STDIN_WATCH", "on");

    for (int i = 0; i < args.length; i++) {
      String flag = args[i];
      if (flag.equals("--help") || flag.equals("-h")) {
        throw new IllegalArgumentException(USAGE);
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("missing value after " + flag + "\n" + USAGE);
      }
      String value = args[++i];
      switch (flag) {
        case "--port" -> port = value;
        case "--data-dir" -> dataDir = value;
        case "--page-cache" -> pageCache = value;
        case "--stdin-watch" -> stdinWatch = value;
        default -> throw new IllegalArgumentException("unknown option " + flag + "\n" + USAGE);
      }
    }

    return new LauncherOptions(
        parsePort(port),
        dataDir == null || dataDir.isBlank() ? Optional.empty() : Optional.of(Path.of(dataDir)),
        parseSize(pageCache),
        parseSwitch("--stdin-watch", stdinWatch));
  }

  static int parsePort(String value) {
    if (value.equals("free")) {
      return 0;
    }
    try {
      int port = Integer.parseInt(value);
      if (port < 0 || port > 65535) {
        throw new NumberFormatException();
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("invalid port '" + value + "': expected 0..65535 or 'free'");
    }
  }

  /** Parses sizes such as 128m, 1g, 512k or a byte count. */
  static long parseSize(String value) {
    String v = value.trim().toLowerCase();
    long unit = 1;
    char last = v.isEmpty() ? ' ' : v.charAt(v.length() - 1);
    switch (last) {
      case 'k' -> unit = 1024L;
      case 'm' -> unit = 1024L * 1024;
      case 'g' -> unit = 1024L * 1024 * 1024;
      default -> unit = 1;
    }
    String digits = unit == 1 ? v : v.substring(0, v.length() - 1);
    try {
      long n = Long.parseLong(digits);
      if (n <= 0) {
        throw new NumberFormatException();
      }
      return n * unit;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("invalid size '" + value + "': expected e.g. 128m, 1g or a byte count");
    }
  }

  static boolean parseSwitch(String name, String value) {
    return switch (value) {
      case "on", "true", "1" -> true;
      case "off", "false", "0" -> false;
      default -> throw new IllegalArgumentException("invalid " + name + " '" + value + "': expected on or off");
    };
  }
}
