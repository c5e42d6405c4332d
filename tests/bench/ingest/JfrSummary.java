import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a JVM's Java code spent its time in a flight recording (`java JfrSummary.java FILE [TOP]`, run by the ingest
 * benchmark's --profile): execution samples per kind of thread; the Bolt workers' samples split by what they were
 * doing (the loader's procedure, the commit, the other Cypher statements, the rest), the other threads' by the
 * package their code is in; and the methods most often on top of the stack, per kind of thread. Samples cover Java
 * code only: GC and JIT threads are in the benchmark's per-thread CPU from /proc, not here.
 */
public final class JfrSummary {
  /** Bolt worker samples, by the first rule whose frame is anywhere on the stack. */
  private static final String[][] BOLT_PARTS = {
    {"guanxi.writeBatch procedure", "guanxi.neo4j.WriteBatch"},
    {"commit", "KernelTransactionImplementation.commit"},
    {"commit", "TransactionImpl.commit"},
    {"Cypher: planning", "org.neo4j.cypher.internal.planner"},
    {"Cypher: planning", "org.neo4j.cypher.internal.compiler"},
    {"Cypher: statements", "org.neo4j.cypher"},
    {"Bolt: messages, results", "org.neo4j.bolt"},
  };

  public static void main(String[] args) throws Exception {
    int top = args.length > 1 ? Integer.parseInt(args[1]) : 12;
    Map<String, Integer> perThread = new HashMap<>();
    Map<String, Map<String, Integer>> parts = new HashMap<>();
    Map<String, Map<String, Integer>> leaves = new HashMap<>();
    Map<String, Map<String, Integer>> inclusive = new HashMap<>();
    Map<String, Integer> calls = new HashMap<>();
    int total = 0;
    for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
      if (!e.getEventType().getName().equals("jdk.ExecutionSample")) continue;
      String thread = e.getThread("sampledThread") == null ? "?" : e.getThread("sampledThread").getJavaName();
      String kind = thread == null ? "?" : thread.replaceAll("(?<![A-Za-z])\\d+", "#");
      total++;
      perThread.merge(kind, 1, Integer::sum);
      RecordedStackTrace stack = e.getStackTrace();
      List<String> frames = new ArrayList<>();
      if (stack != null) {
        for (RecordedFrame f : stack.getFrames()) {
          if (f.getMethod() == null) continue;
          frames.add(f.getMethod().getType().getName() + "." + f.getMethod().getName());
        }
      }
      String part = part(kind, frames);
      parts.computeIfAbsent(kind, k -> new HashMap<>()).merge(part, 1, Integer::sum);
      if (!frames.isEmpty()) leaves.computeIfAbsent(kind, k -> new HashMap<>()).merge(frames.get(0), 1, Integer::sum);
      // The innermost frame of the loader's own code and what it was calling there.
      for (int i = 1; i < frames.size(); i++) {
        if (frames.get(i).startsWith("guanxi.")) {
          String callee = frames.get(i - 1).replaceAll("^.*\\.([^.]+\\.[^.]+)$", "$1");
          calls.merge(frames.get(i).replace("guanxi.neo4j.", "") + " → " + callee, 1, Integer::sum);
          break;
        }
      }
      Set<String> once = new HashSet<>();
      for (String f : frames) {
        if (f.startsWith("guanxi.") || f.contains("commit") || f.contains("Lucene") || f.contains("lucene.index")) {
          if (once.add(f)) inclusive.computeIfAbsent(kind, k -> new HashMap<>()).merge(f, 1, Integer::sum);
        }
      }
    }
    System.out.printf("execution samples: %d (Java code only)%n", total);
    for (Map.Entry<String, Integer> t : sorted(perThread)) {
      System.out.printf("%n%6d %5.1f%%  %s%n", t.getValue(), 100.0 * t.getValue() / total, t.getKey());
      print("    by what it did", parts.get(t.getKey()), t.getValue(), top);
      print("    on top of the stack", leaves.get(t.getKey()), t.getValue(), top);
      print("    anywhere on the stack (guanxi, commit, Lucene)", inclusive.get(t.getKey()), t.getValue(), top);
      if (t.getValue() < total / 100) break;
    }
    print("%nthe loader's procedure: its innermost own frame and what it called there", calls, total, top * 2);
  }

  private static String part(String kind, List<String> frames) {
    if (kind.startsWith("neo4j.BoltWorker")) {
      for (String[] rule : BOLT_PARTS) {
        for (String f : frames) if (f.contains(rule[1])) return rule[0];
      }
      return "other";
    }
    for (String f : frames) {
      if (f.startsWith("org.apache.lucene")) return "Lucene";
    }
    for (String f : frames) {
      if (f.startsWith("org.neo4j.")) return f.replaceAll("^org\\.neo4j\\.([a-z]+\\.[a-z]+).*", "org.neo4j.$1");
    }
    return frames.isEmpty() ? "no Java frames" : frames.get(frames.size() - 1);
  }

  private static void print(String title, Map<String, Integer> counts, int of, int top) {
    if (counts == null) return;
    System.out.printf(title + "%n");
    int shown = 0;
    for (Map.Entry<String, Integer> c : sorted(counts)) {
      if (shown++ == top) break;
      System.out.printf("      %6d %5.1f%%  %s%n", c.getValue(), 100.0 * c.getValue() / of, c.getKey());
    }
  }

  private static List<Map.Entry<String, Integer>> sorted(Map<String, Integer> counts) {
    List<Map.Entry<String, Integer>> list = new ArrayList<>(counts.entrySet());
    list.sort((a, b) -> b.getValue() - a.getValue());
    return list;
  }
}
